import { callGateway, startStack, type Stack } from './stack';

const APPLICATIONS_ONLY = '{ applications(limit: 10) { nodes { name } } }';
const APPLICATIONS_AND_SECRET_MANAGERS = '{ applications(limit: 10) { nodes { name } } secretManagers(limit: 10) { pageInfo { total } } }';

describe('a subgraph killed and brought back, the gateway left running (separate processes)', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
    const created = await callGateway(stack, stack.demoApiKey, { query: 'mutation { createApplication(input: { name: "before-the-fault" }) { application { id } } }' });
    expect(created.body.errors).toBeUndefined();
  });

  const gatewayLogLine = async (matches: (line: string) => boolean): Promise<string> => {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const line = stack.processOutput().split('\n').find(matches);
      if (line) return line;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return '';
  };

  afterAll(async () => {
    await stack?.stop();
  });

  it('answers from the other subgraphs, gives partial data with SERVICE_UNAVAILABLE, and recovers without a gateway restart', async () => {
    const healthy = await callGateway(stack, stack.demoApiKey, { query: APPLICATIONS_AND_SECRET_MANAGERS });
    expect(healthy.body).toEqual({ data: { applications: { nodes: [{ name: 'before-the-fault' }] }, secretManagers: { pageInfo: { total: expect.any(Number) } } } });

    await stack.killSubgraph('secrets');

    const untouched = await callGateway(stack, stack.demoApiKey, { query: APPLICATIONS_ONLY });
    expect(untouched.status).toBe(200);
    expect(untouched.body).toEqual({ data: { applications: { nodes: [{ name: 'before-the-fault' }] } } });

    const partial = await callGateway(stack, stack.demoApiKey, { query: APPLICATIONS_AND_SECRET_MANAGERS });
    expect(partial.status).toBe(200);
    expect(partial.body.data).toEqual({ applications: { nodes: [{ name: 'before-the-fault' }] }, secretManagers: null });
    expect(partial.body.errors?.map(({ message, extensions }) => ({ message, code: extensions?.code }))).toEqual([
      { message: 'A service these fields need is unavailable; please try again shortly.', code: 'SERVICE_UNAVAILABLE' },
    ]);
    expect(JSON.stringify(partial.body)).not.toMatch(/127\.0\.0\.1|secrets|ECONNREFUSED/);
    // The operator still learns which subgraph failed and why, from the gateway's log (its pipe may lag a little).
    expect(await gatewayLogLine((line) => line.includes('subgraph fetch failed') && line.includes('"subgraph":"secrets"'))).toContain('is unreachable');

    await stack.restartSubgraph('secrets');

    const recovered = await callGateway(stack, stack.demoApiKey, { query: APPLICATIONS_AND_SECRET_MANAGERS });
    expect(recovered.body).toEqual(healthy.body);
  });
});
