import { randomUUID } from 'node:crypto';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** The stable codes a client may branch on (extensions.code). Never rename one. */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  /** Something the request needs (a subgraph, the store) is away for now; retrying later can succeed. */
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An error whose message is written for the client. Anything else thrown is reported as an internal error. */
export class ApiError extends GraphQLError {
  constructor(code: ErrorCode | string, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = 'ApiError';
  }
}

/** The one text of SERVICE_UNAVAILABLE, whichever part is away: which one it was is internal (it is logged). */
export const SERVICE_UNAVAILABLE_MESSAGE = 'A service these fields need is unavailable; please try again shortly.';

export const notFound = (message: string) => new ApiError(ErrorCode.NotFound, message);
export const badInput = (message: string) => new ApiError(ErrorCode.BadUserInput, message);
export const conflict = (message: string) => new ApiError(ErrorCode.Conflict, message);

export interface ErrorReporter {
  error(details: Record<string, unknown>, message: string): void;
}

/**
 * Apollo's formatError: client errors pass with their code; anything unexpected becomes a generic message with an
 * error id that is also logged with the details, so no stack trace or internal text reaches a client.
 */
export function createErrorFormatter(reporter: ErrorReporter) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    // Client-facing: our own ApiErrors; GraphQLErrors with no cause (parsing, validation, coercion); and errors a
    // subgraph sent back, which the gateway wraps around the plain JSON object (a subgraph formatted those already).
    const isClientFacing =
      original instanceof ApiError ||
      (original instanceof GraphQLError && !original.originalError) ||
      (typeof original === 'object' && original !== null && !(original instanceof Error));
    if (isClientFacing) {
      // Which subgraph answered is an internal detail.
      const { stacktrace: _stacktrace, exception: _exception, serviceName: _serviceName, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const errorId = randomUUID();
    reporter.error({ errorId, err: original, path: formatted.path }, 'unexpected error while resolving a request');
    return {
      message: `Internal server error (error id: ${errorId})`,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.Internal, errorId },
    };
  };
}
