import { createDomainEvent, createEventsRedis, DomainEventPublisher } from '@fg/domain-events';
import { createLogger } from '@fg/logger';
import { ACCOUNT_ADMINISTRATOR } from '@fg/permissions';
import {
  TriggerFiringRepository,
  TriggerRepository,
  type Trigger,
  type TriggerAction,
  type TriggerCondition,
  type TriggerFiring,
} from '@fg/pipelines-workflows-executions/data-access';
import {
  NO_APPLICATION_GATE,
  executeRequestById,
  type StartOutcome,
  type TriggeredExecutionRequest,
  type TriggerExecutionStarter,
  type TriggerTarget,
} from '@fg/pipelines-workflows-executions/triggers';
import { ensureIndexes } from '@fg/tenancy';
import { testDatabase, testRedis, testServices, type TestDatabase, type TestRedis } from '@fg/testing';
import { startTriggerBackground, type TriggerBackground } from './trigger-background';

const ACCOUNT = 'acc-trigger-bg';

/** Stands in for the execution engine: starts nothing, answers an execution id per call and remembers the calls. */
class RecordingStarter implements TriggerExecutionStarter {
  readonly requests: TriggeredExecutionRequest[] = [];
  async start(request: TriggeredExecutionRequest): Promise<StartOutcome> {
    this.requests.push(request);
    return { started: true, executionId: `exec-${this.requests.length}`, warningMessage: null };
  }
  async executeRequest(_accountId: string, target: TriggerTarget) {
    return executeRequestById(target);
  }
}

const action = (overrides: Partial<TriggerAction> = {}): TriggerAction => ({
  executionType: 'WORKFLOW',
  entityId: 'wf-1',
  variables: [],
  artifactSelections: [],
  manifestSelections: [],
  excludeHostsWithSameArtifact: false,
  continueWithDefaultValues: false,
  ...overrides,
});

async function until<T>(what: string, probe: () => Promise<T | null>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('trigger background work in the delegate broker (real store and Redis)', () => {
  let db: TestDatabase;
  let redis: TestRedis;
  let redisUrl: string;
  let triggers: TriggerRepository;
  let firings: TriggerFiringRepository;
  const logger = createLogger('trigger-background-spec', 'silent');

  beforeAll(async () => {
    const services = await testServices();
    redisUrl = services.redisUrl;
    db = await testDatabase(services.mongoUrl, 'triggers_bg');
    redis = await testRedis(redisUrl);
    triggers = new TriggerRepository(db.connection);
    firings = new TriggerFiringRepository(db.connection);
    await ensureIndexes(db.connection);
  });
  afterAll(async () => {
    await db.drop();
    await redis.cleanup();
  });

  const seed = (name: string, condition: TriggerCondition, triggerAction = action()): Promise<Trigger> =>
    triggers.create(ACCOUNT, {
      applicationId: 'app-1',
      name,
      description: null,
      condition,
      action: triggerAction,
      createdBy: 'u-1',
      actor: { kind: 'user', id: 'u-1', permissions: ACCOUNT_ADMINISTRATOR },
    });

  const start = (consumer: string, starter: TriggerExecutionStarter, keyPrefix = redis.prefix): Promise<TriggerBackground> =>
    startTriggerBackground(db.connection, { redisUrl, redisKeyPrefix: keyPrefix, consumer, starter, applications: NO_APPLICATION_GATE, logger });

  it('fires a schedule once per tick while two broker processes run it', async () => {
    // A prefix of its own: no other test's schedules in this queue.
    const keyPrefix = `${redis.prefix}sched:`;
    const trigger = await seed('every-second', { type: 'ON_SCHEDULE', cronExpression: '* * * * * ?', onNewArtifactOnly: false });
    const starter = new RecordingStarter();
    // Both processes reconcile (upsert) the trigger's job scheduler at start; both run ticks.
    const first = await start('broker-a', starter, keyPrefix);
    const second = await start('broker-b', starter, keyPrefix);
    let fired: TriggerFiring[];
    try {
      fired = await until('four schedule firings', async () => {
        const rows = await firings.ofTrigger(ACCOUNT, trigger.id, 0, 100);
        return rows.filter((f) => f.status !== 'FIRING').length >= 4 ? rows : null;
      });
    } finally {
      await first.close();
      await second.close();
      // Gone from the store, it is not scheduled again by the other tests' brokers.
      await triggers.remove(ACCOUNT, trigger.id);
    }
    const settled = await firings.ofTrigger(ACCOUNT, trigger.id, 0, 100);
    const ticks = settled.map((f) => f.deliveryId);
    expect(new Set(ticks).size).toBe(ticks.length);
    expect(ticks.every((t) => /^tick:\d+000$/.test(t))).toBe(true);
    // One start per firing: no tick reached the engine twice.
    expect(starter.requests.length).toBe(settled.filter((f) => f.status === 'STARTED').length);
    expect(settled.length).toBeGreaterThanOrEqual(fired.length);
    expect(starter.requests[0]).toMatchObject({
      principal: { kind: 'user', id: 'u-1', accountId: ACCOUNT },
      applicationId: 'app-1',
      executionType: 'WORKFLOW',
      entityId: 'wf-1',
      trigger: { id: trigger.id, name: 'every-second' },
    });
  });

  it('fires ON_NEW_ARTIFACT on artifact.collected when the build passes the filter, once per event', async () => {
    const starter = new RecordingStarter();
    const background = await start('broker-artifacts', starter);
    const publisherRedis = createEventsRedis(redisUrl);
    const publisher = new DomainEventPublisher(publisherRedis, { keyPrefix: redis.prefix });
    try {
      const release = await seed(
        'on-release-build',
        { type: 'ON_NEW_ARTIFACT', artifactSourceId: 'src-1', artifactFilter: '\\d+\\.\\d+\\.\\d+', regex: true },
        action({ artifactSelections: [{ serviceId: 'svc-1', type: 'FROM_TRIGGERING_ARTIFACT', artifactSourceId: null, regex: false, artifactFilter: null, workflowId: null, pipelineId: null }] }),
      );
      const collected = (artifactId: string, buildNo: string) =>
        createDomainEvent('artifact.collected', {
          accountId: ACCOUNT,
          artifactSourceId: 'src-1',
          serviceId: 'svc-1',
          appId: 'app-1',
          artifactId,
          buildNo,
          collectedAt: Date.now(),
        });
      const snapshot = collected('art-snapshot', '1.3.0-SNAPSHOT');
      const build = collected('art-1', '1.3.0');
      await publisher.publish(snapshot);
      await publisher.publish(build);
      // The same event delivered again (a producer retry) starts nothing more.
      await publisher.publish(build);
      const [firing] = await until('the release firing', async () => {
        const rows = await firings.ofTrigger(ACCOUNT, release.id, 0, 10);
        return rows.length > 0 && rows.every((r) => r.status !== 'FIRING') ? rows : null;
      });
      expect(firing).toMatchObject({
        conditionType: 'ON_NEW_ARTIFACT',
        deliveryId: `event:${build.id}`,
        status: 'STARTED',
        executionId: 'exec-1',
        artifacts: [{ serviceId: 'svc-1', artifactSourceId: 'src-1', artifactId: 'art-1', buildNo: '1.3.0' }],
      });

      // A pipeline's success fires ON_PIPELINE_COMPLETION with the artifacts and chart versions it deployed; a failure
      // fires nothing.
      const next = await seed(
        'after-pipeline',
        { type: 'ON_PIPELINE_COMPLETION', pipelineId: 'pl-a' },
        action({
          executionType: 'PIPELINE',
          entityId: 'pl-b',
          artifactSelections: [{ serviceId: 'svc-1', type: 'FROM_TRIGGERING_PIPELINE', artifactSourceId: null, regex: false, artifactFilter: null, workflowId: null, pipelineId: null }],
          manifestSelections: [{ serviceId: 'svc-1', type: 'PIPELINE_SOURCE', appManifestId: null, versionRegex: null, workflowId: null, pipelineId: null }],
        }),
      );
      const ended = (executionId: string, status: string) =>
        createDomainEvent('execution.ended', {
          accountId: ACCOUNT,
          executionId,
          appId: 'app-1',
          executionType: 'PIPELINE',
          entityId: 'pl-a',
          status,
          endedAt: Date.now(),
          artifacts: [{ serviceId: 'svc-1', artifactSourceId: 'src-1', artifactId: 'art-1', buildNo: '1.3.0' }],
          manifests: [{ serviceId: 'svc-1', appManifestId: 'chart-api', manifestId: 'mv-1', version: '3.1.0' }],
        });
      const failed = ended('exec-a-1', 'FAILED');
      const succeeded = ended('exec-a-2', 'SUCCESS');
      await publisher.publish(failed);
      await publisher.publish(succeeded);
      const [completion] = await until('the pipeline completion firing', async () => {
        const rows = await firings.ofTrigger(ACCOUNT, next.id, 0, 10);
        return rows.length > 0 && rows.every((r) => r.status !== 'FIRING') ? rows : null;
      });
      expect(completion).toMatchObject({ deliveryId: `event:${succeeded.id}`, status: 'STARTED', artifacts: [{ artifactId: 'art-1', buildNo: '1.3.0' }] });
      expect(starter.requests.map((r) => r.entityId)).toEqual(['wf-1', 'pl-b']);
      expect(starter.requests[1]?.manifests).toEqual([{ serviceId: 'svc-1', appManifestId: 'chart-api', manifestId: 'mv-1', version: '3.1.0' }]);
      expect(await firings.ofTrigger(ACCOUNT, release.id, 0, 10)).toHaveLength(1);
    } finally {
      await background.close();
      publisherRedis.disconnect();
    }
  });
});
