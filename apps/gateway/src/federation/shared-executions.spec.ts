import { HeaderMap, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import { NO_PERMISSIONS, type Principal } from '@fg/internal-auth';
import { RecordedResponse } from '../testing/fake-http';
import { SharedExecutions, sharingKey } from './shared-executions';

const principal = (overrides: Partial<Principal> = {}): Principal => ({
  kind: 'apiKey',
  id: 'key-1',
  accountId: 'acc-1',
  permissions: NO_PERMISSIONS,
  ...overrides,
});

function post(body: unknown, accept = 'application/json'): HTTPGraphQLRequest {
  return { method: 'POST', headers: new HeaderMap([['accept', accept]]), search: '', body };
}

const READ = { query: '{ applications(limit: 10) { nodes { id name } } }' };

/** An Apollo stand-in that answers only when released, naming the principal each execution ran for. */
class HeldApollo {
  readonly executions: { request: HTTPGraphQLRequest; principal: Principal | null; release(): void }[] = [];

  readonly execute = (request: HTTPGraphQLRequest, principal: Principal | null): Promise<HTTPGraphQLResponse> =>
    new Promise((resolve) => {
      const release = () =>
        resolve({
          status: 200,
          headers: new HeaderMap([['content-type', 'application/json; charset=utf-8']]),
          body: { kind: 'complete', string: JSON.stringify({ data: { ranFor: `${principal?.accountId}/${principal?.id}` } }) },
        });
      this.executions.push({ request, principal, release });
    });

  releaseAll(): void {
    for (const execution of this.executions) execution.release();
  }
}

async function together(shared: SharedExecutions, apollo: HeldApollo, calls: [HTTPGraphQLRequest, Principal][]) {
  const responses = calls.map(() => new RecordedResponse());
  const done = Promise.all(calls.map(([request, caller], index) => shared.respond(request, caller, responses[index].asServerResponse())));
  // Every call has reached the executor or is waiting on a shared execution.
  await new Promise((resolve) => setImmediate(resolve));
  const executions = apollo.executions.length;
  apollo.releaseAll();
  await done;
  return { executions, responses };
}

describe('SharedExecutions', () => {
  it('runs identical reads of one principal in flight together once, and answers every caller in full', async () => {
    const apollo = new HeldApollo();
    const shared = new SharedExecutions(apollo.execute);
    const caller = principal();
    const { executions, responses } = await together(shared, apollo, [
      [post(READ), caller],
      [post(READ), caller],
      [post(READ), caller],
    ]);
    expect(executions).toBe(1);
    for (const res of responses) {
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(res.json).toEqual({ data: { ranFor: 'acc-1/key-1' } });
    }
    expect(shared.inFlightFor(caller)).toBe(0);
  });

  it('never shares between two accounts, two principals, or two credentials of equal content', async () => {
    const apollo = new HeldApollo();
    const shared = new SharedExecutions(apollo.execute);
    const { executions, responses } = await together(shared, apollo, [
      [post(READ), principal()],
      [post(READ), principal({ accountId: 'acc-2' })],
      [post(READ), principal({ kind: 'user', id: 'user-1' })],
    ]);
    expect(executions).toBe(3);
    expect(responses.map((res) => res.json)).toEqual([
      { data: { ranFor: 'acc-1/key-1' } },
      { data: { ranFor: 'acc-2/key-1' } },
      { data: { ranFor: 'acc-1/user-1' } },
    ]);
  });

  it('shares only when operation, variables and accepted media type are the same', async () => {
    const apollo = new HeldApollo();
    const shared = new SharedExecutions(apollo.execute);
    const caller = principal();
    const query = 'query Apps($limit: Int) { applications(limit: $limit) { nodes { id } } }';
    const { executions } = await together(shared, apollo, [
      [post({ query, variables: { limit: 1 } }), caller],
      [post({ query, variables: { limit: 2 } }), caller],
      [post({ query, variables: { limit: 1 } }, 'application/graphql-response+json'), caller],
    ]);
    expect(executions).toBe(3);
  });

  it('never shares a mutation, a batch or a request Apollo answers as a stream', async () => {
    const apollo = new HeldApollo();
    const shared = new SharedExecutions(apollo.execute);
    const caller = principal();
    const mutation = { query: 'mutation { createApplication(input: { name: "x" }) { application { id } } }' };
    const batch = [READ, READ];
    const { executions } = await together(shared, apollo, [
      [post(mutation), caller],
      [post(mutation), caller],
      [post(batch), caller],
      [post(batch), caller],
    ]);
    expect(executions).toBe(4);
  });

  it('runs again once the shared answer has been written (nothing is cached)', async () => {
    const apollo = new HeldApollo();
    const shared = new SharedExecutions(apollo.execute);
    const caller = principal();
    await together(shared, apollo, [[post(READ), caller]]);
    await together(shared, apollo, [[post(READ), caller]]);
    expect(apollo.executions).toHaveLength(2);
  });
});

describe('sharingKey', () => {
  it.each([
    ['a GET', { method: 'GET', headers: new HeaderMap(), search: '?query=%7Ba%7D', body: undefined }],
    ['a batch', post([READ])],
    ['a mutation', post({ query: 'mutation M { deleteApplication(input: { applicationId: "a" }) { clientMutationId } }' })],
    ['a document that also holds a mutation', post({ query: '{ a } mutation M { b }', operationName: undefined })],
    ['a subscription', post({ query: 'subscription { s }' })],
    ['a persisted query without its text', post({ extensions: { persistedQuery: { sha256Hash: 'abc' } } })],
  ])('is null for %s', (_case, request) => {
    expect(sharingKey(request as HTTPGraphQLRequest)).toBeNull();
  });

  it('is set for a read whose fields merely contain the word', () => {
    expect(sharingKey(post({ query: '{ idempotentMutationRecords { id } }' }))).not.toBeNull();
  });
});
