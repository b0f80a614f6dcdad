import { RequestBodyError } from '@fg/graphql-kit';
import { InternalServiceUnavailableError } from '../auth/internal-client';
import { RecordedResponse } from '../testing/fake-http';
import { respondToError, type ErrorLogger } from './error-responder';

function recordingLogger() {
  const lines: { fields: Record<string, unknown>; message: string }[] = [];
  const logger = { error: (fields: Record<string, unknown>, message: string) => void lines.push({ fields, message }) } as ErrorLogger;
  return { logger, lines };
}

describe('respondToError', () => {
  it('answers 500 with an error id that the log line carries too, and no internals', () => {
    const { logger, lines } = recordingLogger();
    const res = new RecordedResponse();
    respondToError(new Error('connection string mongodb://secret@host'), res.asServerResponse(), logger);

    expect(res.statusCode).toBe(500);
    const body = res.json as { errors: { message: string; extensions: { code: string; errorId: string } }[] };
    const { errorId } = body.errors[0].extensions;
    expect(errorId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(body).toEqual({
      errors: [{ message: `Internal server error (error id: ${errorId})`, extensions: { code: 'INTERNAL_SERVER_ERROR', errorId } }],
    });
    expect(res.body).not.toContain('secret');
    expect(lines).toHaveLength(1);
    expect(lines[0].fields.errorId).toBe(errorId);
    expect((lines[0].fields.err as Error).message).toContain('mongodb://');
  });

  it('gives every failure its own error id', () => {
    const { logger, lines } = recordingLogger();
    respondToError(new Error('a'), new RecordedResponse().asServerResponse(), logger);
    respondToError(new Error('b'), new RecordedResponse().asServerResponse(), logger);
    expect(lines[0].fields.errorId).not.toBe(lines[1].fields.errorId);
  });

  it('answers 503 with SERVICE_UNAVAILABLE and Retry-After when an internal service did not answer', () => {
    const { logger, lines } = recordingLogger();
    const res = new RecordedResponse();
    respondToError(new InternalServiceUnavailableError('http://127.0.0.1:4003 is unreachable'), res.asServerResponse(), logger);
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.json).toEqual({
      errors: [{ message: 'The service is temporarily unavailable; try again shortly', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
    });
    expect(lines).toHaveLength(1);
  });

  it('answers a request body error with its own status', () => {
    const { logger } = recordingLogger();
    for (const status of [400, 413]) {
      const res = new RecordedResponse();
      respondToError(new RequestBodyError(status, 'bad body'), res.asServerResponse(), logger);
      expect(res.statusCode).toBe(status);
      expect(res.json).toEqual({ errors: [{ message: 'bad body', extensions: { code: 'BAD_REQUEST' } }] });
    }
  });

  it('cuts off an answer already under way instead of writing a second one', () => {
    const { logger, lines } = recordingLogger();
    const res = new RecordedResponse();
    res.writeHead(200);
    respondToError(new Error('stream broke'), res.asServerResponse(), logger);
    expect(res.destroyed).toBe(true);
    expect(res.body).toBe('');
    expect(lines[0].fields.errorId).toEqual(expect.any(String));
  });
});
