import { leaseRequestSchema, parseRequest, parseTaskPayload, reportRequestSchema, registerRequestSchema, MAX_TASKS_PER_CALL } from './index';

describe('the delegate protocol', () => {
  it('fills defaults and names every problem of a request', () => {
    expect(parseRequest(registerRequestSchema, { name: 'd' })).toEqual({ ok: true, value: { name: 'd', tags: [], version: 'unknown' } });
    const refused = parseRequest(registerRequestSchema, { name: '', tags: ['a,b'] });
    expect(refused).toEqual({ ok: false, message: expect.stringContaining('name') });
    expect(!refused.ok && refused.message).toContain('tags.0');
  });

  it('takes batches of 1 to 100 tasks, each naming its lease token', () => {
    const ref = { taskId: 't', leaseToken: 'l' };
    expect(parseRequest(leaseRequestSchema, { delegateId: 'd', tasks: [ref] }).ok).toBe(true);
    expect(parseRequest(leaseRequestSchema, { delegateId: 'd', tasks: [] }).ok).toBe(false);
    expect(parseRequest(leaseRequestSchema, { delegateId: 'd', tasks: Array(MAX_TASKS_PER_CALL + 1).fill(ref) }).ok).toBe(false);
    expect(parseRequest(leaseRequestSchema, { delegateId: 'd', tasks: [{ taskId: 't' }] }).ok).toBe(false);
  });

  it('accepts only the strict result fields in a report', () => {
    const report = { taskId: 't', leaseToken: 'l', status: 'SUCCEEDED' };
    expect(parseRequest(reportRequestSchema, { delegateId: 'd', reports: [report] })).toMatchObject({ ok: true, value: { reports: [{ result: {} }] } });
    expect(parseRequest(reportRequestSchema, { delegateId: 'd', reports: [{ ...report, result: { durationMs: 5 } }] }).ok).toBe(false);
    expect(parseRequest(reportRequestSchema, { delegateId: 'd', reports: [{ ...report, status: 'RUNNING' }] }).ok).toBe(false);
  });

  it('runs HTTP tasks against http and https URLs only, on both sides', () => {
    const http = { version: 1, type: 'HTTP', method: 'GET', expectedStatus: 200 };
    expect(parseTaskPayload({ ...http, url: 'https://example.com/' }).ok).toBe(true);
    expect(parseTaskPayload({ ...http, url: 'ftp://example.com/' })).toEqual({ ok: false, error: expect.stringContaining('only http and https') });
    expect(parseTaskPayload({ version: 2, type: 'NOOP', waitMs: 0 })).toEqual({ ok: false, error: 'unsupported NOOP payload version 2 (supported: 1)' });
  });

  it('takes headers and a body in version 2 of an HTTP payload, refusing what would break the request', () => {
    const http = { version: 2, type: 'HTTP', url: 'https://example.com/hook', method: 'POST', expectedStatus: 204 };
    const valid = { ...http, headers: [{ name: 'Authorization', value: 'Bearer x' }], body: '{"a":1}' };
    expect(parseTaskPayload(valid)).toEqual({ ok: true, payload: valid });
    expect(parseTaskPayload({ ...valid, headers: [{ name: 'X-Split', value: 'a\r\nInjected: yes' }] })).toEqual({
      ok: false,
      error: 'invalid HTTP payload: headers.0.value: a header value may not contain CR, LF or NUL',
    });
    expect(parseTaskPayload({ ...valid, headers: [{ name: 'Bad Name', value: 'x' }] }).ok).toBe(false);
    expect(parseTaskPayload({ ...valid, method: 'GET' })).toEqual({ ok: false, error: 'invalid HTTP payload: payload: a GET or HEAD request has no body' });
    expect(parseTaskPayload({ ...http, headers: [] }).ok).toBe(false);
  });
});
