import { taskQueueHarness, type TaskQueueHarness } from './testing/task-queue.fixture';
import { DelegateRegistry } from './delegate-registry';
import { DelegateTaskError } from './delegate-task.error';

let harness: TaskQueueHarness;

beforeAll(async () => {
  harness = await taskQueueHarness();
});
afterAll(() => harness.cleanup());

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DelegateTaskError) return error.code;
    throw error;
  }
  throw new Error('expected a DelegateTaskError');
}

describe('delegate registry', () => {
  it('registers a delegate once per name, with what it says of itself, and reports who is connected', async () => {
    const t0 = new Date('2026-01-01T00:00:00Z');
    const first = await harness.registry.registerDelegate(
      'acc-del',
      { name: 'alpha', tags: ['linux', 'k8s'], version: '1.0.0', hostName: 'alpha.local', ip: '10.0.0.1', delegateType: 'SHELL_SCRIPT', supportedTasks: ['NOOP'] },
      t0,
    );
    expect(first).toMatchObject({ status: 'ENABLED', hostName: 'alpha.local', ip: '10.0.0.1', delegateType: 'SHELL_SCRIPT', supportedTasks: ['NOOP'] });
    const again = await harness.registry.registerDelegate('acc-del', { name: 'alpha', tags: ['linux'], version: '1.1.0', delegateType: 'NOT_A_TYPE' }, t0);
    expect(again).toMatchObject({ id: first.id, tags: ['linux'], version: '1.1.0', delegateType: null });
    const beta = await harness.registry.registerDelegate('acc-del', { name: 'beta', tags: [], version: '1.0.0' }, t0);

    const later = new Date(t0.getTime() + 60_000);
    expect(await harness.registry.heartbeat('acc-del', beta.id, later)).toMatchObject({ lastHeartbeatAt: later });
    expect(await harness.registry.heartbeat('acc-other', beta.id, later)).toBeNull();
    const listed = await harness.registry.listDelegates('acc-del', new Date(later.getTime() + 1000));
    expect(listed.map((d) => [d.name, d.connected])).toEqual([
      ['alpha', false],
      ['beta', true],
    ]);
    expect(await harness.registry.listDelegates('acc-other')).toEqual([]);
  });

  it('holds new delegates for approval when required; approval enables, rejection deletes for good', async () => {
    const strict = new DelegateRegistry(harness.db.connection, { connectedWindowMs: 30_000, approvalRequired: true });
    const waiting = await strict.registerDelegate('acc-appr', { name: 'new', tags: [], version: '1' });
    expect(waiting.status).toBe('WAITING_FOR_APPROVAL');
    expect((await strict.approveOrReject('acc-appr', waiting.id, 'ACTIVATE')).status).toBe('ENABLED');

    const other = await strict.registerDelegate('acc-appr', { name: 'rogue', tags: [], version: '1' });
    expect((await strict.approveOrReject('acc-appr', other.id, 'REJECT')).status).toBe('DELETED');
    // Registering again under its name does not bring it back.
    expect((await strict.registerDelegate('acc-appr', { name: 'rogue', tags: [], version: '2' })).status).toBe('DELETED');
    expect(await refusal(strict.approveOrReject('acc-appr', other.id, 'ACTIVATE'))).toBe('CONFLICT');
    expect(await refusal(strict.approveOrReject('acc-other', other.id, 'ACTIVATE'))).toBe('NOT_FOUND');

    await strict.deleteDelegate('acc-appr', waiting.id);
    expect((await strict.getDelegate('acc-appr', waiting.id))?.status).toBe('DELETED');
    expect(await refusal(strict.deleteDelegate('acc-appr', waiting.id))).toBe('CONFLICT');
  });

  it('keeps scopes per account and attaches them to a delegate', async () => {
    const delegate = await harness.registry.registerDelegate('acc-scope', { name: 'd', tags: [], version: '1' });
    const prod = await harness.registry.addScope('acc-scope', {
      name: 'prod',
      taskTypes: ['SCRIPT'],
      environmentTypes: ['PROD'],
      applications: ['app-1'],
      environments: [],
      services: [],
      infrastructureDefinitions: [],
    });
    const dev = await harness.registry.addScope('acc-scope', { ...prod, name: 'dev', environmentTypes: ['NON_PROD'] });
    expect(await refusal(harness.registry.addScope('acc-scope', { ...prod, name: 'prod' }))).toBe('CONFLICT');
    expect((await harness.registry.listScopes('acc-scope', null)).map((scope) => scope.name)).toEqual(['dev', 'prod']);
    expect((await harness.registry.listScopes('acc-scope', 'prod')).map((scope) => scope.id)).toEqual([prod.id]);
    expect(await harness.registry.listScopes('acc-other', null)).toEqual([]);

    expect(await harness.registry.attachScopes('acc-scope', delegate.id, { includeScopeIds: [prod.id], excludeScopeIds: [dev.id] })).toMatchObject({
      includeScopeIds: [prod.id],
      excludeScopeIds: [dev.id],
    });
    expect(await refusal(harness.registry.attachScopes('acc-scope', delegate.id, { includeScopeIds: ['nope'] }))).toBe('NOT_FOUND');
    expect((await harness.registry.attachAllScopes('acc-scope', delegate.id)).includeScopeIds.sort()).toEqual([prod.id, dev.id].sort());
  });
});
