import { generateSecret } from '@fg/hashed-secrets';
import { AccountRepository, ApiKeyRepository } from '@fg/identity-users-groups/data-access';
import { PipelineRepository } from '@fg/pipelines-workflows-executions/data-access';
import { DEMO_ADMIN_PASSWORD, callGateway, startStack, type Stack } from './stack';

const INVALID_API_KEY = { errors: [{ message: 'Invalid Api Key' }] };

// The seed's examples, verbatim.
const SEED_QUERY = `query {  
  applicationByName(name: "Harness GraphQL"){  
    id  
    name  
  }  
}`;
const SEED_MUTATION = `mutation createapp($app: CreateApplicationInput!) {  
  createApplication(input: $app) {  
    clientMutationId  
    application {  
      name  
      id  
    }  
  }  
}`;

describe('gateway end to end (separate processes, real store)', () => {
  let stack: Stack;
  let otherKey: string;
  let demoAccountId: string;

  beforeAll(async () => {
    stack = await startStack();
    // A second tenant, registered the way identity-users-groups stores one: only the key's hash is kept.
    const identity = await stack.database('identity-users-groups');
    const account = await new AccountRepository(identity).create('Other', 'PAID');
    otherKey = generateSecret();
    await new ApiKeyRepository(identity).register(account.id, 'other', otherKey);
    demoAccountId = (await new AccountRepository(identity).demo())!.id;
  });

  afterAll(() => stack?.stop());

  it('answers 401 with the reference body to a missing or wrong key', async () => {
    const missing = await callGateway(stack, undefined, { query: SEED_QUERY });
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual(INVALID_API_KEY);
    const wrong = await callGateway(stack, 'not-a-key', { query: SEED_QUERY });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual(INVALID_API_KEY);
  });

  it('runs the seed examples verbatim with an API key', async () => {
    const created = await callGateway(stack, stack.demoApiKey, {
      query: SEED_MUTATION,
      variables: { app: { clientMutationId: 'seed-1', name: 'Harness GraphQL', description: 'from the FAQ' } },
    });
    expect(created.status).toBe(200);
    expect(created.body).toEqual({
      data: { createApplication: { clientMutationId: 'seed-1', application: { name: 'Harness GraphQL', id: expect.any(String) } } },
    });
    const id = (created.body.data as { createApplication: { application: { id: string } } }).createApplication.application.id;

    const found = await callGateway(stack, stack.demoApiKey, { query: SEED_QUERY, variables: null });
    expect(found.status).toBe(200);
    expect(found.body).toEqual({ data: { applicationByName: { id, name: 'Harness GraphQL' } } });
    // Clients decode this envelope: a success must not carry responseMessages or an object resource.
    expect(found.body).not.toHaveProperty('responseMessages');
  });

  it('accepts the accountId query parameter only when it is the key\'s account', async () => {
    const matching = await callGateway(stack, stack.demoApiKey, { query: '{ applications(limit: 1) { pageInfo { limit } } }' }, `?accountId=${demoAccountId}`);
    expect(matching.status).toBe(200);
    const other = await callGateway(stack, stack.demoApiKey, { query: SEED_QUERY }, '?accountId=someone-else');
    expect(other.status).toBe(401);
    expect(other.body.errors?.[0].message).toBe('The credentials do not belong to account someone-else');
  });

  it('never shows one account\'s applications to another account\'s key', async () => {
    const mine = await callGateway(stack, stack.demoApiKey, { query: '{ applicationByName(name: "Harness GraphQL") { id } }' });
    const id = (mine.body.data as { applicationByName: { id: string } }).applicationByName.id;

    const byName = await callGateway(stack, otherKey, { query: SEED_QUERY });
    expect(byName.body.data).toEqual({ applicationByName: null });
    expect(byName.body.errors?.[0]).toMatchObject({ message: 'Application does not exist', extensions: { code: 'NOT_FOUND' } });

    const byId = await callGateway(stack, otherKey, { query: `query($id: String!) { application(applicationId: $id) { id name } }`, variables: { id } });
    expect(byId.body.data).toEqual({ application: null });
    expect(byId.body.errors?.[0].message).toBe('Application does not exist');

    const list = await callGateway(stack, otherKey, { query: '{ applications(limit: 100) { pageInfo { total } nodes { id } } }' });
    expect(list.body.data).toEqual({ applications: { pageInfo: { total: 0 }, nodes: [] } });

    const update = await callGateway(stack, otherKey, {
      query: `mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) { application { name } } }`,
      variables: { input: { applicationId: id, name: 'taken over' } },
    });
    expect(update.body.errors?.[0].message).toBe('Application does not exist');
    const still = await callGateway(stack, stack.demoApiKey, { query: SEED_QUERY });
    expect(still.body.data).toEqual({ applicationByName: { id, name: 'Harness GraphQL' } });
  });

  it('answers a field of another subgraph through federation', async () => {
    const app = await callGateway(stack, stack.demoApiKey, { query: '{ applicationByName(name: "Harness GraphQL") { id } }' });
    const applicationId = (app.body.data as { applicationByName: { id: string } }).applicationByName.id;
    const pipelines = new PipelineRepository(await stack.database('pipelines-workflows-executions'));
    await pipelines.create(demoAccountId, { applicationId, name: 'deploy', description: null });

    const answer = await callGateway(stack, stack.demoApiKey, {
      query: '{ applications(limit: 10) { nodes { name pipelines(limit: 5) { pageInfo { total } nodes { name } } } } }',
    });
    expect(answer.body).toEqual({
      data: { applications: { nodes: [{ name: 'Harness GraphQL', pipelines: { pageInfo: { total: 1 }, nodes: [{ name: 'deploy' }] } }] } },
    });
  });

  it('accepts the query as a text/plain body', async () => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-api-key': stack.demoApiKey },
      body: SEED_QUERY,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { applicationByName: { id: expect.any(String), name: 'Harness GraphQL' } } });
  });

  it('refuses a document nested deeper than 10 levels', async () => {
    const deep = `{ a { b { c { d { e { f { g { h { i { j { k } } } } } } } } } } }`;
    const answer = await callGateway(stack, stack.demoApiKey, { query: deep });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((error) => error.message)).toContain(
      'Query is nested 11 levels deep; the maximum allowed depth is 10.',
    );
  });

  it('reports readiness, liveness and serves the explorer', async () => {
    const ready = await fetch(`${stack.gatewayOrigin}/readyz`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { subgraphs: unknown }).subgraphs).toEqual({
      'apps-services': 'ok',
      'pipelines-workflows-executions': 'ok',
      'identity-users-groups': 'ok',
      secrets: 'ok',
      'connectors-cloudproviders-artifacts': 'ok',
    });
    expect((await fetch(`${stack.gatewayOrigin}/healthz`)).status).toBe(200);
    const explorer = await fetch(stack.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(explorer.status).toBe(200);
    expect(explorer.headers.get('content-type')).toContain('text/html');
  });

  it('has subgraphs refuse calls that the gateway did not sign', async () => {
    const url = stack.subgraphUrls['apps-services'];
    const body = JSON.stringify({ query: SEED_QUERY });
    const unsigned = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(unsigned.status).toBe(401);
    const forged = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-fg-principal': Buffer.from(JSON.stringify([1, 'apiKey', 'x', demoAccountId, { accountPermissions: [], appPermissions: [] }])).toString('base64url'),
        'x-fg-timestamp': String(Date.now()),
        'x-fg-signature': 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      },
      body,
    });
    expect(forged.status).toBe(401);
    expect(await forged.json()).toEqual({
      errors: [{ message: 'Missing or invalid gateway signature', extensions: { code: 'UNAUTHENTICATED' } }],
    });
  });

  it('logs a user in and runs GraphQL as that user with the session token', async () => {
    const login = (authorization: string) =>
      fetch(`${stack.gatewayOrigin}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ authorization }),
      });
    const basic = (email: string, password: string) => `Basic ${Buffer.from(`${email}:${password}`).toString('base64')}`;

    const refused = await login(basic('admin@demo.local', 'wrong-password'));
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { responseMessages: { code: string }[] }).responseMessages[0].code).toBe('INVALID_CREDENTIAL');

    const accepted = await login(basic('ADMIN@demo.local', DEMO_ADMIN_PASSWORD));
    expect(accepted.status).toBe(200);
    const { resource } = (await accepted.json()) as { resource: { token: string; accountId: string; uuid: string } };
    expect(resource.accountId).toBe(demoAccountId);

    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${resource.token}` },
      body: JSON.stringify({
        query: 'mutation($app: CreateApplicationInput!) { createApplication(input: $app) { application { name createdBy { id email } } } }',
        variables: { app: { name: 'made by a user' } },
      }),
    });
    expect(await response.json()).toEqual({
      data: { createApplication: { application: { name: 'made by a user', createdBy: { id: resource.uuid, email: 'admin@demo.local' } } } },
    });

    const forged = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-session' },
      body: JSON.stringify({ query: SEED_QUERY }),
    });
    expect(forged.status).toBe(401);
  });

  it('stops every process cleanly on SIGTERM', async () => {
    const codes = await stack.stop();
    // Five subgraphs, the delegate broker and the gateway.
    expect(codes).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});
