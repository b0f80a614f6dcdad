export const DELEGATE_TASK_ERROR_CODES = ['INVALID_INPUT', 'NOT_FOUND', 'CONFLICT'] as const;
export type DelegateTaskErrorCode = (typeof DELEGATE_TASK_ERROR_CODES)[number];

/**
 * A caller error: INVALID_INPUT (400), NOT_FOUND (404), CONFLICT (a change the current state forbids). Outcomes a
 * delegate can cause (a lost lease) are results, not errors.
 */
export class DelegateTaskError extends Error {
  constructor(
    readonly code: DelegateTaskErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DelegateTaskError';
  }
}
