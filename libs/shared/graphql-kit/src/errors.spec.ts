import { GraphQLError } from 'graphql';
import { createErrorFormatter, notFound } from './errors';

function formatter() {
  const logged: Record<string, unknown>[] = [];
  return { logged, format: createErrorFormatter({ error: (details) => void logged.push(details) }) };
}

describe('createErrorFormatter', () => {
  it('passes an ApiError with its code', () => {
    const { format, logged } = formatter();
    const error = new GraphQLError('Application does not exist', { originalError: notFound('Application does not exist'), path: ['application'] });
    const formatted = format({ message: error.message, path: ['application'], extensions: { code: 'NOT_FOUND' } }, error);
    expect(formatted).toEqual({ message: 'Application does not exist', path: ['application'], extensions: { code: 'NOT_FOUND' } });
    expect(logged).toHaveLength(0);
  });

  it('hides an unexpected error behind an error id that is logged', () => {
    const { format, logged } = formatter();
    const error = new GraphQLError('connection refused at 10.0.0.3', { originalError: new Error('connection refused at 10.0.0.3') });
    const formatted = format(
      { message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      error,
    );
    expect(formatted.message).toMatch(/^Internal server error \(error id: [0-9a-f-]{36}\)$/);
    expect(JSON.stringify(formatted)).not.toContain('10.0.0.3');
    expect(JSON.stringify(formatted)).not.toContain('stacktrace');
    expect(logged[0].errorId).toBe(formatted.extensions?.errorId);
  });

  it('passes an error a subgraph sent back, without naming the subgraph', () => {
    const { format, logged } = formatter();
    const downstream = { message: 'Application does not exist', extensions: { code: 'NOT_FOUND' } };
    const error = new GraphQLError(downstream.message, { originalError: downstream as unknown as Error, extensions: { code: 'NOT_FOUND', serviceName: 'apps-services' } });
    expect(format({ message: error.message, extensions: { code: 'NOT_FOUND', serviceName: 'apps-services' } }, error)).toEqual({
      message: 'Application does not exist',
      extensions: { code: 'NOT_FOUND' },
    });
    expect(logged).toHaveLength(0);
  });

  it('keeps validation errors readable', () => {
    const { format } = formatter();
    const error = new GraphQLError('Cannot query field "x" on type "Query".', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(format({ message: error.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, error).message).toBe(
      'Cannot query field "x" on type "Query".',
    );
  });
});
