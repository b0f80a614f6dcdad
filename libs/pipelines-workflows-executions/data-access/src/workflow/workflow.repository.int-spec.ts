import { ensureIndexes, isDuplicateKeyError } from '@fg/tenancy';
import { testDatabase, testServices, type TestDatabase } from '@fg/testing';
import type { NewWorkflow } from './workflow.repository';
import { WorkflowRepository } from './workflow.repository';

const workflow = (applicationId: string, name: string, overrides: Partial<NewWorkflow> = {}): NewWorkflow => ({
  applicationId,
  name,
  description: null,
  workflowType: 'BASIC',
  environmentId: null,
  variables: [],
  phases: [],
  createdBy: null,
  ...overrides,
});

describe('WorkflowRepository (real store)', () => {
  let db: TestDatabase;
  let workflows: WorkflowRepository;

  const createdOn = (id: string, iso: string) => db.connection.db!.collection('workflows').updateOne({ _id: id as never }, { $set: { createdAt: new Date(iso) } });

  beforeAll(async () => {
    db = await testDatabase((await testServices()).mongoUrl, 'wfrepo');
    workflows = new WorkflowRepository(db.connection);
    await ensureIndexes(db.connection);
  });
  afterAll(() => db.drop());

  it('stores a workflow with its phases, variables and environment type, and reads it back by id and name', async () => {
    const phases = [{ name: 'p', steps: [{ name: 's', type: 'WAIT' as const, durationMs: 5 }] }];
    const variables = [{ name: 'v', type: 'TEXT', required: true, allowedValues: [], defaultValue: null, fixed: false, allowMultipleValues: false }];
    const created = await workflows.create('acc-a', workflow('app-1', 'Deploy', { environmentId: 'env-1', phases, variables, createdBy: 'u-1' }), 'PROD');

    expect(created).toMatchObject({ accountId: 'acc-a', applicationId: 'app-1', name: 'Deploy', environmentId: 'env-1', environmentType: 'PROD', phases, variables, createdBy: 'u-1' });
    expect(await workflows.byIds('acc-a', [created.id])).toEqual([created]);
    expect(await workflows.byName('acc-a', 'app-1', 'Deploy')).toEqual(created);
    expect(await workflows.byName('acc-b', 'app-1', 'Deploy')).toBeNull();
    expect(await workflows.byIds('acc-b', [created.id])).toEqual([]);
  });

  it('keeps names unique within an application only', async () => {
    await workflows.create('acc-u', workflow('app-1', 'Same'));
    expect(isDuplicateKeyError(await workflows.create('acc-u', workflow('app-1', 'Same')).catch((e: unknown) => e))).toBe(true);
    await expect(workflows.create('acc-u', workflow('app-2', 'Same'))).resolves.toMatchObject({ applicationId: 'app-2' });
  });

  it('updates only the fields given, within the account, and removes', async () => {
    const created = await workflows.create('acc-w', workflow('app-1', 'Before', { description: 'kept' }));
    expect(await workflows.update('acc-other', created.id, { name: 'Hijacked' })).toBeNull();

    const updated = await workflows.update('acc-w', created.id, { name: 'After', environmentId: 'env-2', environmentType: 'NON_PROD' });
    expect(updated).toMatchObject({ name: 'After', description: 'kept', environmentId: 'env-2', environmentType: 'NON_PROD' });
    expect(await workflows.remove('acc-other', created.id)).toBe(false);
    expect(await workflows.remove('acc-w', created.id)).toBe(true);
    expect(await workflows.byIds('acc-w', [created.id])).toEqual([]);
  });

  it('lists newest first under ANDed conditions, counts them, and counts per field', async () => {
    const a = await workflows.create('acc-l', workflow('app-1', 'a', { workflowType: 'CANARY' }));
    const b = await workflows.create('acc-l', workflow('app-1', 'b'));
    const c = await workflows.create('acc-l', workflow('app-2', 'c'));
    await workflows.create('acc-l-other', workflow('app-1', 'foreign'));
    await createdOn(a.id, '2024-01-01T00:00:00Z');
    await createdOn(b.id, '2024-02-01T00:00:00Z');
    await createdOn(c.id, '2024-03-01T00:00:00Z');

    expect((await workflows.list('acc-l', [], 0, 10)).map((w) => w.name)).toEqual(['c', 'b', 'a']);
    expect((await workflows.list('acc-l', [{ applicationId: { $in: ['app-1'] } }, { workflowType: { $eq: 'BASIC' } }], 0, 10)).map((w) => w.name)).toEqual(['b']);
    expect((await workflows.list('acc-l', [], 1, 1)).map((w) => w.name)).toEqual(['b']);
    expect(await workflows.total('acc-l', [{ applicationId: { $in: ['app-1'] } }])).toBe(2);
    expect(await workflows.countBy('acc-l', [], 'applicationId')).toEqual(new Map([['app-1', 2], ['app-2', 1]]));
    expect(await workflows.countBy('acc-l', [{ applicationId: { $eq: 'app-1' } }], 'workflowType')).toEqual(new Map([['CANARY', 1], ['BASIC', 1]]));
    expect((await workflows.ofApplications('acc-l', ['app-2', 'app-1'], 10)).map((w) => w.name)).toEqual(['b', 'a', 'c']);
    expect(await workflows.countOfApplication('acc-l', 'app-1', { workflowType: 'CANARY' })).toBe(1);
  });
});
