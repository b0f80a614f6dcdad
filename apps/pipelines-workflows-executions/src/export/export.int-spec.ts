import { ACCOUNT_ADMINISTRATOR } from '@fg/permissions';
import { signedHeaders, testPrincipal, testRedis, testServices, type TestRedis } from '@fg/testing';
import { startTestSubgraph, type TestSubgraph } from '@fg/subgraph-server/testing';
import { SYSTEM_PRINCIPAL, type Principal } from '@fg/internal-auth';
import { pipelinesSubgraph } from '../subgraph';
import { EXPORT_FILES_PATH } from './export-files.route';

const owner = testPrincipal('acc-exports', { kind: 'user', id: 'u-owner', permissions: ACCOUNT_ADMINISTRATOR });
const colleague = testPrincipal('acc-exports', { kind: 'user', id: 'u-colleague', permissions: ACCOUNT_ADMINISTRATOR });

const EXPORT = `mutation($input: ExportExecutionsInput!) {
  exportExecutions(input: $input) { clientMutationId requestId status totalExecutions triggeredAt statusLink downloadLink expiresAt errorMessage }
}`;
const STATUS = 'query($id: String!) { executionExport(requestId: $id) { requestId status } }';

describe('exportExecutions (real store and Redis)', () => {
  let subgraph: TestSubgraph;
  let redis: TestRedis;

  beforeAll(async () => {
    redis = await testRedis((await testServices()).redisUrl);
    subgraph = await startTestSubgraph(pipelinesSubgraph, {
      REDIS_KEY_PREFIX: redis.prefix,
      LIMIT_EXPORTS_PER_24H: '2',
      PUBLIC_BASE_URL: 'https://cd.example.com',
      EXPORT_RETENTION_HOURS: '2',
    });
  });
  afterAll(async () => {
    await subgraph.dispose();
    await redis.cleanup();
  });

  const readFiles = async (principal: Principal, body: Record<string, unknown>) => {
    const response = await fetch(new URL(EXPORT_FILES_PATH, subgraph.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signedHeaders(principal) },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('queues an export with links that expire with it, readable by its requester only, and refuses the third in a window', async () => {
    const input = { clientMutationId: 'e1', filters: [{ status: { operator: 'IN', values: ['FAILED'] } }], userGroupIds: [] };
    const first = await subgraph.query<{ exportExecutions: Record<string, unknown> }>(owner, EXPORT, { input });
    expect(first.body.errors).toBeUndefined();
    const payload = first.body.data!.exportExecutions;
    expect(payload).toMatchObject({ clientMutationId: 'e1', status: 'QUEUED', totalExecutions: null, errorMessage: null });
    expect(payload.expiresAt).toBe((payload.triggeredAt as number) + 2 * 3_600_000);
    expect(payload.statusLink).toMatch(new RegExp(`^https://cd\\.example\\.com/api/executions/exports/${payload.requestId}/status\\?accountId=acc-exports&expires=\\d+&signature=`));

    expect((await subgraph.query(owner, STATUS, { id: payload.requestId })).body.data).toEqual({ executionExport: { requestId: payload.requestId, status: 'QUEUED' } });
    const hidden = await subgraph.query(colleague, STATUS, { id: payload.requestId });
    expect(hidden.body.errors?.[0]).toMatchObject({ message: 'Export does not exist or access is denied', extensions: { code: 'NOT_FOUND' } });

    // The gateway's route: with the caller's principal, or as itself for a link it verified.
    expect(await readFiles(owner, { requestId: payload.requestId, part: 'status' })).toMatchObject({ status: 200, body: { status: 'QUEUED' } });
    expect(await readFiles(colleague, { requestId: payload.requestId, part: 'status' })).toMatchObject({ status: 404 });
    expect(await readFiles(SYSTEM_PRINCIPAL, { requestId: payload.requestId, part: 'download', linkAccountId: 'acc-exports' })).toEqual({
      status: 409,
      body: { error: 'The export is QUEUED, not READY', status: 'QUEUED' },
    });
    expect(await readFiles(owner, { requestId: payload.requestId, part: 'status', linkAccountId: 'acc-exports' })).toMatchObject({ status: 403 });

    await subgraph.query(owner, EXPORT, { input: { filters: [] } });
    const third = await subgraph.query(owner, EXPORT, { input: { filters: [] } });
    expect(third.body.errors?.[0]).toMatchObject({ extensions: { code: 'EXPORT_LIMIT_REACHED' } });
    expect(third.body.errors?.[0]?.message).toMatch(/limit of 2 execution exports in a rolling 24 hours/);
  });

  it('refuses a delegate', async () => {
    const delegate = testPrincipal('acc-exports', { kind: 'delegate', id: 'd-1' });
    const answer = await subgraph.query(delegate, EXPORT, { input: { filters: [] } });
    expect(answer.body.errors?.[0]).toMatchObject({ message: 'User not authorized', extensions: { code: 'FORBIDDEN' } });
  });
});
