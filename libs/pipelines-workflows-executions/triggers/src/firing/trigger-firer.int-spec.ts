import { ACCOUNT_ADMINISTRATOR, NO_PERMISSIONS } from '@fg/permissions';
import {
  CollectedArtifactRepository,
  DeployedArtifactRepository,
  DeployedManifestRepository,
  ManifestVersionRepository,
  TriggerFiringRepository,
  TriggerRepository,
  type ManifestSelection,
  type Trigger,
  type TriggerActor,
} from '@fg/pipelines-workflows-executions/data-access';
import { ensureIndexes } from '@fg/tenancy';
import { testDatabase, testServices, type TestDatabase } from '@fg/testing';
import { SelectionResolver } from './selection-resolver';
import { executeRequestById, type StartOutcome, type TriggeredExecutionRequest, type TriggerExecutionStarter, type TriggerTarget } from './trigger-execution-starter';
import { TriggerDispatcher, type EndedExecution } from './trigger-dispatcher';
import { NO_APPLICATION_GATE, TriggerFirer } from './trigger-firer';

const ACCOUNT = 'acc-firer';

/** Stands in for the engine: answers a new execution id per start, or the refusal it is told to give. */
class ScriptedStarter implements TriggerExecutionStarter {
  readonly requests: TriggeredExecutionRequest[] = [];
  refusal: StartOutcome | null = null;
  async start(request: TriggeredExecutionRequest): Promise<StartOutcome> {
    this.requests.push(request);
    return this.refusal ?? { started: true, executionId: `exec-${this.requests.length}`, warningMessage: null };
  }
  async executeRequest(_accountId: string, target: TriggerTarget) {
    return executeRequestById(target);
  }
}

describe('TriggerFirer (real store)', () => {
  let db: TestDatabase;
  let triggers: TriggerRepository;
  let firings: TriggerFiringRepository;
  let artifacts: CollectedArtifactRepository;
  let starter: ScriptedStarter;
  let firer: TriggerFirer;
  const logger = { info: () => undefined, error: () => undefined };

  beforeAll(async () => {
    db = await testDatabase((await testServices()).mongoUrl, 'firer');
    triggers = new TriggerRepository(db.connection);
    firings = new TriggerFiringRepository(db.connection);
    artifacts = new CollectedArtifactRepository(db.connection);
    await ensureIndexes(db.connection);
  });
  afterAll(() => db.drop());
  beforeEach(() => {
    starter = new ScriptedStarter();
    const selections = new SelectionResolver(
      artifacts,
      new DeployedArtifactRepository(db.connection),
      new ManifestVersionRepository(db.connection),
      new DeployedManifestRepository(db.connection),
    );
    firer = new TriggerFirer({ firings, selections, starter, applications: NO_APPLICATION_GATE, logger });
  });

  const nightly = (name: string, actor: TriggerActor = { kind: 'user', id: 'u-1', permissions: ACCOUNT_ADMINISTRATOR }): Promise<Trigger> =>
    triggers.create(ACCOUNT, {
      applicationId: 'app-1',
      name,
      description: null,
      condition: { type: 'ON_SCHEDULE', cronExpression: '0 0 2 * * ?', onNewArtifactOnly: true },
      action: {
        executionType: 'WORKFLOW',
        entityId: 'wf-1',
        variables: [{ name: 'env', valueType: 'NAME', value: 'qa' }],
        artifactSelections: [
          { serviceId: 'svc-1', type: 'LAST_COLLECTED', artifactSourceId: `src-${name}`, regex: true, artifactFilter: '\\d+\\.\\d+', workflowId: null, pipelineId: null },
        ],
        manifestSelections: [],
        excludeHostsWithSameArtifact: false,
        continueWithDefaultValues: false,
      },
      createdBy: 'u-1',
      actor,
    });
  const collect = (source: string, artifactId: string, buildNo: string, collectedAt: number) =>
    artifacts.record({ artifactId, accountId: ACCOUNT, applicationId: 'app-1', serviceId: 'svc-1', artifactSourceId: source, buildNo, collectedAt });
  const tick = (trigger: Trigger, at: number) => firer.fire(trigger, { kind: 'SCHEDULE', deliveryId: `tick:${at}`, tickAt: at });

  it('with onNewArtifactOnly, starts only when the newest matching build changed since the last start', async () => {
    const trigger = await nightly('new-only');
    const first = await tick(trigger, 1000);
    expect(first).toMatchObject({ duplicate: false, firing: { status: 'REFUSED', reason: 'NO_MATCHING_ARTIFACT', executionId: null } });

    await collect('src-new-only', 'a-1', '1.0', 1);
    await collect('src-new-only', 'a-snap', '1.1-SNAPSHOT', 2);
    expect(await tick(trigger, 2000)).toMatchObject({
      firing: { status: 'STARTED', executionId: 'exec-1', artifacts: [{ serviceId: 'svc-1', artifactId: 'a-1', buildNo: '1.0' }] },
    });
    expect(starter.requests[0]).toMatchObject({
      principal: { kind: 'user', id: 'u-1', accountId: ACCOUNT },
      variables: [{ name: 'env', valueType: 'NAME', value: 'qa' }],
      artifacts: [{ artifactId: 'a-1' }],
      trigger: { id: trigger.id, name: 'new-only' },
    });
    expect(await tick(trigger, 3000)).toMatchObject({
      firing: { status: 'REFUSED', reason: 'NO_MATCHING_ARTIFACT', message: 'No new artifact since the last execution this schedule started' },
    });
    await collect('src-new-only', 'a-2', '1.2', 3);
    expect(await tick(trigger, 4000)).toMatchObject({ firing: { status: 'STARTED', artifacts: [{ artifactId: 'a-2' }] } });
    expect(starter.requests).toHaveLength(2);
  });

  it('fires a tick once however often it is delivered', async () => {
    const trigger = await nightly('once');
    await collect('src-once', 'o-1', '2.0', 1);
    const results = await Promise.all([tick(trigger, 5000), tick(trigger, 5000), tick(trigger, 5000)]);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(starter.requests).toHaveLength(1);
    expect(await firings.countOfTrigger(ACCOUNT, trigger.id)).toBe(1);
  });

  it("records why nothing started: the actor's rights, the engine's refusal", async () => {
    const powerless = await nightly('powerless', { kind: 'apiKey', id: 'k-1', permissions: NO_PERMISSIONS });
    await collect('src-powerless', 'p-1', '3.0', 1);
    expect(await tick(powerless, 6000)).toMatchObject({ firing: { status: 'REFUSED', reason: 'NOT_AUTHORIZED', message: "The trigger's creator (apiKey k-1) may not execute workflow wf-1" } });
    expect(starter.requests).toHaveLength(0);

    const trigger = await nightly('over-quota');
    await collect('src-over-quota', 'q-1', '4.0', 1);
    starter.refusal = { started: false, reason: 'QUOTA_EXCEEDED', message: 'The account has reached its limit' };
    const refused = await tick(trigger, 7000);
    expect(refused).toMatchObject({ firing: { status: 'REFUSED', reason: 'QUOTA_EXCEEDED', message: 'The account has reached its limit', artifacts: [{ artifactId: 'q-1' }] } });
    // A refused firing is not a start: the next tick with the same build may still start.
    starter.refusal = null;
    expect(await tick(trigger, 8000)).toMatchObject({ firing: { status: 'STARTED' } });
  });
});

describe('manifest selections from deployed chart versions (real store)', () => {
  let db: TestDatabase;
  let triggers: TriggerRepository;
  let starter: ScriptedStarter;
  let dispatcher: TriggerDispatcher;
  let firer: TriggerFirer;
  const ACC = 'acc-deployed-charts';
  const logger = { info: () => undefined, error: () => undefined };

  beforeAll(async () => {
    db = await testDatabase((await testServices()).mongoUrl, 'deployed-charts');
    triggers = new TriggerRepository(db.connection);
    await ensureIndexes(db.connection);
  });
  afterAll(() => db.drop());
  beforeEach(() => {
    starter = new ScriptedStarter();
    const artifacts = new CollectedArtifactRepository(db.connection);
    const deployed = new DeployedArtifactRepository(db.connection);
    const deployedManifests = new DeployedManifestRepository(db.connection);
    const selections = new SelectionResolver(artifacts, deployed, new ManifestVersionRepository(db.connection), deployedManifests);
    firer = new TriggerFirer({ firings: new TriggerFiringRepository(db.connection), selections, starter, applications: NO_APPLICATION_GATE, logger });
    dispatcher = new TriggerDispatcher({ triggers, artifacts, deployed, deployedManifests, firer });
  });

  const selection = (type: ManifestSelection['type'], from: Partial<ManifestSelection> = {}): ManifestSelection => ({
    serviceId: 'svc-1',
    type,
    appManifestId: null,
    versionRegex: null,
    workflowId: null,
    pipelineId: null,
    ...from,
  });
  const create = (name: string, condition: Trigger['condition'], manifestSelections: ManifestSelection[]) =>
    triggers.create(ACC, {
      applicationId: 'app-1',
      name,
      description: null,
      condition,
      action: { executionType: 'PIPELINE', entityId: 'pl-next', variables: [], artifactSelections: [], manifestSelections, excludeHostsWithSameArtifact: false, continueWithDefaultValues: false },
      createdBy: 'u-1',
      actor: { kind: 'user', id: 'u-1', permissions: ACCOUNT_ADMINISTRATOR },
    });
  const ended = (executionId: string, entityId: string, version: string, endedAt: number, overrides: Partial<EndedExecution> = {}): EndedExecution => ({
    accountId: ACC,
    executionId,
    appId: 'app-1',
    executionType: 'WORKFLOW',
    entityId,
    status: 'SUCCESS',
    endedAt,
    artifacts: [],
    manifests: [{ serviceId: 'svc-1', appManifestId: 'chart-api', manifestId: `mv-${version}`, version }],
    ...overrides,
  });
  const tick = (trigger: Trigger, at: number) => firer.fire(trigger, { kind: 'SCHEDULE', deliveryId: `tick:${at}`, tickAt: at });

  it('LAST_DEPLOYED picks the chart version the workflow last deployed successfully, whatever order the events came in', async () => {
    const trigger = await create('nightly-charts', { type: 'ON_SCHEDULE', cronExpression: '0 0 2 * * ?', onNewArtifactOnly: false }, [selection('LAST_DEPLOYED', { workflowId: 'wf-charts' })]);
    expect(await tick(trigger, 1)).toMatchObject({
      firing: { status: 'REFUSED', reason: 'NO_MATCHING_ARTIFACT', message: 'No chart version of service svc-1 was deployed by wf-charts yet' },
    });
    await dispatcher.executionEnded('e-2', ended('exec-2', 'wf-charts', '2.0.0', 2000));
    // An older success delivered late, and a newer failure, change nothing.
    await dispatcher.executionEnded('e-1', ended('exec-1', 'wf-charts', '1.0.0', 1000));
    await dispatcher.executionEnded('e-3', ended('exec-3', 'wf-charts', '3.0.0', 3000, { status: 'FAILED' }));
    const chart = { serviceId: 'svc-1', appManifestId: 'chart-api', manifestId: 'mv-2.0.0', version: '2.0.0' };
    expect(await tick(trigger, 2)).toMatchObject({ firing: { status: 'STARTED', manifests: [chart] } });
    expect(starter.requests[0]?.manifests).toEqual([chart]);
    // The firing record keeps the chosen chart versions, as it keeps artifacts; a refused firing keeps none it never chose.
    const recorded = await new TriggerFiringRepository(db.connection).ofTrigger(ACC, trigger.id, 0, 10);
    expect(recorded.map(({ status, manifests }) => ({ status, manifests })).sort((a, b) => a.status.localeCompare(b.status))).toEqual([
      { status: 'REFUSED', manifests: [] },
      { status: 'STARTED', manifests: [chart] },
    ]);
  });

  it('PIPELINE_SOURCE takes the chart version the triggering pipeline deployed for the service', async () => {
    const trigger = await create('after-charts', { type: 'ON_PIPELINE_COMPLETION', pipelineId: 'pl-charts' }, [selection('PIPELINE_SOURCE')]);
    const fired = await dispatcher.executionEnded('e-pl', ended('exec-pl', 'pl-charts', '4.2.0', 5000, { executionType: 'PIPELINE' }));
    expect(fired).toEqual([expect.objectContaining({ triggerId: trigger.id, status: 'STARTED' })]);
    expect(starter.requests[0]?.manifests).toEqual([{ serviceId: 'svc-1', appManifestId: 'chart-api', manifestId: 'mv-4.2.0', version: '4.2.0' }]);
    // A pipeline that deployed no chart for the service starts nothing, and says why.
    const [refused] = await dispatcher.executionEnded('e-pl-2', ended('exec-pl-2', 'pl-charts', '4.3.0', 6000, { executionType: 'PIPELINE', manifests: [] }));
    expect(refused).toMatchObject({ status: 'REFUSED', reason: 'NO_MATCHING_ARTIFACT', message: 'The triggering pipeline deployed no chart version of service svc-1' });
  });
});
