export const DELEGATE_TASK_ERROR_CODES = ['INVALID_INPUT'] as const;
export type DelegateTaskErrorCode = (typeof DELEGATE_TASK_ERROR_CODES)[number];

/** A caller error; the HTTP layer maps INVALID_INPUT to 400. Outcomes a delegate can cause (a lost lease) are results. */
export class DelegateTaskError extends Error {
  constructor(
    readonly code: DelegateTaskErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DelegateTaskError';
  }
}
