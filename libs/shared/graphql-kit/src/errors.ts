import { randomUUID } from 'node:crypto';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** The stable codes a client may branch on (extensions.code). Never rename one. */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
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
    // A GraphQLError with no underlying error comes from parsing, validation, coercion or a subgraph's own formatted
    // answer: its text is about the request. Anything wrapping another error is ours to hide.
    const isClientFacing = original instanceof ApiError || (original instanceof GraphQLError && !original.originalError);
    if (isClientFacing) {
      const { stacktrace: _stacktrace, exception: _exception, ...extensions } = formatted.extensions ?? {};
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
