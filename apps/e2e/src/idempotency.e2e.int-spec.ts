import { callGateway, startStack, type Stack } from './stack';

const CREATE = `mutation($app: CreateApplicationInput!) {
  createApplication(input: $app) { clientMutationId application { id name description } }
}`;
const BY_NAME = `query($name: String!) { applicationByName(name: $name) { id } }`;

/** Sends the mutation to a gateway by origin, as a client retrying on a timeout would. */
async function create(stack: Stack, gatewayOrigin: string, app: Record<string, unknown>): Promise<string> {
  const response = await fetch(`${gatewayOrigin}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': stack.demoApiKey },
    body: JSON.stringify({ query: CREATE, variables: { app } }),
  });
  return response.text();
}

describe('idempotent mutations through two gateway processes (separate processes, real store)', () => {
  let stack: Stack;
  let secondGateway: string;

  beforeAll(async () => {
    stack = await startStack();
    secondGateway = await stack.startReplica('gateway');
  });
  afterAll(() => stack?.stop());

  it('creates one application for 1,000 concurrent calls with one clientMutationId, answering each identically', async () => {
    const app = { clientMutationId: 'terraform-retry-1', name: 'idempotent-app', description: 'once' };
    const answers = await Promise.all(
      Array.from({ length: 1_000 }, (_, index) => create(stack, index % 2 === 0 ? stack.gatewayOrigin : secondGateway, app)),
    );
    expect(new Set(answers).size).toBe(1);
    const body = JSON.parse(answers[0]);
    expect(body).toEqual({
      data: { createApplication: { clientMutationId: 'terraform-retry-1', application: { id: expect.any(String), name: 'idempotent-app', description: 'once' } } },
    });
    const list = await callGateway(stack, stack.demoApiKey, {
      query: '{ applications(limit: 100) { nodes { id name } } }',
    });
    const named = (list.body.data!.applications as { nodes: { id: string; name: string }[] }).nodes.filter((node) => node.name === 'idempotent-app');
    expect(named).toEqual([{ id: body.data.createApplication.application.id, name: 'idempotent-app' }]);
  });

  it('refuses the same clientMutationId with another name as CONFLICT and creates nothing', async () => {
    await create(stack, stack.gatewayOrigin, { clientMutationId: 'terraform-retry-2', name: 'first-name' });
    const answer = JSON.parse(await create(stack, secondGateway, { clientMutationId: 'terraform-retry-2', name: 'other-name' }));
    expect(answer.errors[0].extensions.code).toBe('CONFLICT');
    expect(answer.errors[0].message).toContain('terraform-retry-2');
    const other = await callGateway(stack, stack.demoApiKey, { query: BY_NAME, variables: { name: 'other-name' } });
    expect(other.body.data).toEqual({ applicationByName: null });
  });

  it('runs a mutation without clientMutationId every time', async () => {
    const first = JSON.parse(await create(stack, stack.gatewayOrigin, { name: 'plain-1' }));
    const again = JSON.parse(await create(stack, secondGateway, { name: 'plain-1' }));
    expect(first.data.createApplication.application.name).toBe('plain-1');
    expect(again.errors[0].extensions.code).toBe('CONFLICT');
    expect(again.errors[0].message).toBe('An application named "plain-1" already exists');
  });
});
