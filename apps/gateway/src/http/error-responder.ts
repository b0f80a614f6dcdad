import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { ErrorCode, RequestBodyError, sendJson } from '@fg/graphql-kit';
import type { Logger } from '@fg/logger';
import { InternalServiceUnavailableError } from '../auth/internal-client';
import { UNAVAILABLE_RETRY_AFTER_SECONDS } from '../federation/unavailable-status';

export type ErrorLogger = Pick<Logger, 'error'>;

/**
 * The one place a route's failure becomes an HTTP answer. A client never sees internals: an unexpected error answers
 * 500 with an error id that the log line carries too, so a support request can be matched to its cause.
 */
export function respondToError(error: unknown, res: ServerResponse, logger: ErrorLogger): void {
  if (error instanceof RequestBodyError) {
    sendJson(res, error.status, { errors: [{ message: error.message, extensions: { code: 'BAD_REQUEST' } }] });
    return;
  }
  if (error instanceof InternalServiceUnavailableError) {
    logger.error({ err: error }, 'an internal service did not answer');
    res.setHeader('retry-after', UNAVAILABLE_RETRY_AFTER_SECONDS);
    sendJson(res, 503, { errors: [{ message: 'The service is temporarily unavailable; try again shortly', extensions: { code: ErrorCode.ServiceUnavailable } }] });
    return;
  }
  const errorId = randomUUID();
  logger.error({ err: error, errorId }, 'request failed');
  // Part of an answer is already on the wire: all that is left is to cut it off.
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, 500, {
    errors: [{ message: `Internal server error (error id: ${errorId})`, extensions: { code: 'INTERNAL_SERVER_ERROR', errorId } }],
  });
}
