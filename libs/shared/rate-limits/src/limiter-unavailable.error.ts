/** Redis could not answer a limiter in time: unreachable, timed out, loading, failing over or out of memory. */
export class LimiterUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LimiterUnavailableError';
  }
}

// Replies that mean "this Redis cannot serve you right now" rather than "your command is wrong".
const UNAVAILABLE_REPLIES = /^(LOADING|BUSY|MASTERDOWN|READONLY|OOM|CLUSTERDOWN|TRYAGAIN|NOREPLICAS)\b/;

/**
 * Connection failures and timeouts become LimiterUnavailableError; any other Redis reply error is a bug (a wrong key
 * type, a broken script) and is returned unchanged so that it is not mistaken for an outage and silently failed open.
 */
export function toLimiterError(error: unknown, what: string, consequence?: string): Error {
  if (error instanceof LimiterUnavailableError) return error;
  const err = error instanceof Error ? error : new Error(String(error));
  if (err.name === 'ReplyError' && !UNAVAILABLE_REPLIES.test(err.message)) return err;
  const message = `${what}: Redis is unavailable (${err.message})${consequence ? `; ${consequence}` : ''}`;
  return new LimiterUnavailableError(message, { cause: err });
}
