import { KnownConnectorProjection } from '@fg/tenancy';
import { testPrincipal, testRedis, testServices, type TestRedis } from '@fg/testing';
import { ACCOUNT_ADMINISTRATOR } from '@fg/permissions';
import type { Principal } from '@fg/internal-auth';
import { createDomainEvent, DomainEventPublisher, EVENT_FIELD, eventPosition, type DomainEvent } from '@fg/domain-events';
import { CatalogProjection, PipelineRepository, TriggerRepository, WorkflowRepository } from '@fg/pipelines-workflows-executions/data-access';
import { TriggerSchedules } from '@fg/pipelines-workflows-executions/triggers';
import { startTestSubgraph, type TestSubgraph } from '@fg/subgraph-server/testing';
import { pipelinesSubgraph } from '../subgraph';
import { triggerConnectorReferenceEvents, type ConnectorReferencePublisher } from '../trigger/connector-reference-events';
import { ApplicationDeletion } from './application-deletion';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ACCOUNT = 'acc-app-del';
const OTHER_ACCOUNT = 'acc-app-del-other';
const admin = testPrincipal(ACCOUNT, { kind: 'user', id: 'u-admin', permissions: ACCOUNT_ADMINISTRATOR });
const otherAdmin = testPrincipal(OTHER_ACCOUNT, { kind: 'user', id: 'u-other', permissions: ACCOUNT_ADMINISTRATOR });

const CREATE_TRIGGER = `mutation($input: CreateTriggerInput!) { createTrigger(input: $input) { trigger { id } } }`;
const START = `mutation($input: StartExecutionInput!) { startExecution(input: $input) { execution { id } } }`;
const READS = `query($workflow: String!, $pipeline: String!, $trigger: String!) {
  workflow(workflowId: $workflow) { id }
  pipeline(pipelineId: $pipeline) { id }
  trigger(triggerId: $trigger) { id }
}`;
const OF_APPLICATION = `query($app: [String]!) {
  workflows(filters: [{ application: { operator: IN, values: $app } }], limit: 10) { pageInfo { total } }
  pipelines(filters: [{ application: { operator: IN, values: $app } }], limit: 10) { pageInfo { total } }
  triggers(filters: [{ application: { operator: IN, values: $app } }], limit: 10) { pageInfo { total } }
  executions(filters: [{ application: { operator: IN, values: $app } }], limit: 10) { pageInfo { total } nodes { id status } }
}`;

/** What a deleted application left: one workflow, one pipeline running it, a scheduled and a webhook trigger. */
interface Seeded {
  applicationId: string;
  workflowId: string;
  pipelineId: string;
  scheduleTriggerId: string;
  webhookTriggerId: string;
  webhookToken: string;
}

describe('deleting an application deletes its workflows, pipelines and triggers (real store and Redis)', () => {
  let subgraph: TestSubgraph;
  let redis: TestRedis;
  let schedules: TriggerSchedules;
  let publisher: DomainEventPublisher;
  let position = 0;

  beforeAll(async () => {
    const { redisUrl } = await testServices();
    redis = await testRedis(redisUrl);
    subgraph = await startTestSubgraph(pipelinesSubgraph, { REDIS_KEY_PREFIX: redis.prefix, PUBLIC_BASE_URL: 'https://fg.example.com' });
    schedules = new TriggerSchedules({ redisUrl, keyPrefix: redis.prefix });
    publisher = new DomainEventPublisher(redis.redis, { keyPrefix: redis.prefix });
  });
  afterAll(async () => {
    await schedules.close();
    await subgraph.dispose();
    await redis.cleanup();
  });

  const gql = async (principal: Principal, query: string, variables: Record<string, unknown> = {}) =>
    (await subgraph.query<Data>(principal, query, variables)).body as { data: Data; errors?: Data[] };
  const ok = async (principal: Principal, query: string, variables: Record<string, unknown> = {}) => {
    const answer = await gql(principal, query, variables);
    expect(answer.errors).toBeUndefined();
    return answer.data;
  };

  const applicationEvent = (accountId: string, appId: string) => ({
    accountId,
    appId,
    name: appId,
    disableTriggers: false,
    isManualTriggerAuthorized: false,
    areWebHookSecretsMandated: false,
  });

  /** An application as apps-services announced it, with a git connector as connectors did, and its definitions. */
  async function seed(principal: Principal, applicationId: string): Promise<Seeded> {
    const accountId = principal.accountId;
    // Connector ids are unique across accounts, as connectors hands them out.
    const gitConnectorId = `git-${accountId}-${applicationId}`;
    const at = () => eventPosition(`1733052000000-${++position}`);
    await new CatalogProjection(subgraph.connection).apply(createDomainEvent('application.created', applicationEvent(accountId, applicationId)), at());
    await new KnownConnectorProjection(subgraph.connection).apply(
      createDomainEvent('connector.created', { accountId, connectorId: gitConnectorId, name: `repo of ${applicationId}`, connectorType: 'GIT' }),
      at(),
    );
    const workflow = await new WorkflowRepository(subgraph.connection).create(accountId, {
      applicationId,
      name: 'deploy',
      description: null,
      workflowType: 'BASIC',
      environmentId: null,
      variables: [],
      phases: [{ name: 'p', steps: [{ type: 'WAIT', name: 'nap', durationMs: 60_000 }] }],
      createdBy: null,
    });
    const pipeline = await new PipelineRepository(subgraph.connection).create(accountId, {
      applicationId,
      name: 'release',
      description: null,
      stages: [{ id: 'stage-1', name: 'deploy', type: 'WORKFLOW', parallelWithPrevious: false, workflowId: workflow.id, workflowVariables: [] }],
    });
    const trigger = async (name: string, condition: Data) =>
      (await ok(principal, CREATE_TRIGGER, { input: { name, applicationId, condition, action: { executionType: 'WORKFLOW', entityId: workflow.id } } })).createTrigger.trigger
        .id as string;
    const scheduleTriggerId = await trigger('nightly', { conditionType: 'ON_SCHEDULE', scheduleConditionInput: { cronExpression: '0 0 3 * * ?' } });
    const webhookTriggerId = await trigger('on-push', {
      conditionType: 'ON_WEBHOOK',
      webhookConditionInput: { webhookSourceType: 'GITHUB', githubEvent: { event: 'PUSH' }, gitConnectorId },
    });
    const [webhook] = await new TriggerRepository(subgraph.connection).byIds(accountId, [webhookTriggerId]);
    const webhookToken = webhook.condition.type === 'ON_WEBHOOK' ? webhook.condition.token : '';
    expect(await new TriggerRepository(subgraph.connection).byWebhookToken(webhookToken)).toMatchObject({ id: webhookTriggerId });
    return { applicationId, workflowId: workflow.id, pipelineId: pipeline.id, scheduleTriggerId, webhookTriggerId, webhookToken };
  }

  const reads = (principal: Principal, seeded: Seeded) =>
    gql(principal, READS, { workflow: seeded.workflowId, pipeline: seeded.pipelineId, trigger: seeded.scheduleTriggerId });

  /** Waits until `check` passes: the subscriber handles published events on its own schedule. */
  async function eventually(check: () => Promise<void>): Promise<void> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await check();
      } catch (error) {
        if (attempt >= 150) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  /** connector.unreferenced events published for the account so far. */
  async function unreferenced(accountId: string): Promise<Array<{ connectorId: string; triggerId: string }>> {
    const entries = await redis.redis.xrange(`${redis.prefix}domain-events:connector-references`, '-', '+');
    return entries
      .map(([, fields]) => JSON.parse(fields[fields.indexOf(EVENT_FIELD) + 1]) as DomainEvent<'connector.referenced' | 'connector.unreferenced'>)
      .filter((event) => event.type === 'connector.unreferenced' && event.accountId === accountId)
      .map((event) => ({ connectorId: event.payload.connectorId, triggerId: event.payload.referrer.id }));
  }

  it('on application.deleted: its definitions, triggers, job schedulers and connector references go; other applications and accounts keep theirs', async () => {
    const gone = await seed(admin, 'app-gone');
    const kept = await seed(admin, 'app-kept');
    // The same application id in another account must not be touched.
    const elsewhere = await seed(otherAdmin, 'app-gone');
    const started = await ok(admin, START, { input: { applicationId: 'app-gone', entityId: gone.workflowId, executionType: 'WORKFLOW' } });
    const executionId = started.startExecution.execution.id as string;
    expect(await schedules.scheduleOf(gone.scheduleTriggerId)).not.toBeNull();

    // Published twice, as a redelivery would; a later event of the same stream shows when both were handled (one
    // subscriber in this spec reads the stream in order).
    const deleted = createDomainEvent('application.deleted', applicationEvent(ACCOUNT, 'app-gone'));
    await publisher.publish(deleted);
    await publisher.publish(deleted);
    const marker = await seed(admin, 'app-marker');
    await publisher.publish(createDomainEvent('application.deleted', applicationEvent(ACCOUNT, 'app-marker')));
    await eventually(async () => expect((await reads(admin, marker)).data).toEqual({ workflow: null, pipeline: null, trigger: null }));

    const answer = await reads(admin, gone);
    expect(answer.data).toEqual({ workflow: null, pipeline: null, trigger: null });
    // The three fields resolve in parallel: their errors come in any order.
    expect(answer.errors?.map((error) => [error.message, error.extensions?.code]).sort()).toEqual([
      ['Pipeline does not exist', 'NOT_FOUND'],
      ['Trigger does not exist', 'NOT_FOUND'],
      ['Workflow does not exist', 'NOT_FOUND'],
    ]);
    const listed = await ok(admin, OF_APPLICATION, { app: ['app-gone'] });
    expect(listed).toEqual({
      workflows: { pageInfo: { total: 0 } },
      pipelines: { pageInfo: { total: 0 } },
      triggers: { pageInfo: { total: 0 } },
      // Executions stay: they are the audit trail.
      executions: { pageInfo: { total: 1 }, nodes: [{ id: executionId, status: 'QUEUED' }] },
    });
    expect(await schedules.scheduleOf(gone.scheduleTriggerId)).toBeNull();
    // Its webhook URL names no trigger any more: deliveries are answered 404.
    expect(await new TriggerRepository(subgraph.connection).byWebhookToken(gone.webhookToken)).toBeNull();
    const unreferencedNow = await unreferenced(ACCOUNT);
    expect(unreferencedNow).toContainEqual({ connectorId: `git-${ACCOUNT}-app-gone`, triggerId: gone.webhookTriggerId });
    expect(unreferencedNow.filter((event) => event.triggerId === kept.webhookTriggerId)).toEqual([]);
    // The tombstone keeps new definitions out.
    const late = await gql(admin, `mutation { createWorkflow(input: { applicationId: "app-gone", name: "late", workflowType: BASIC }) { workflow { id } } }`);
    expect(late.errors?.[0]).toMatchObject({ message: 'Application does not exist', extensions: { code: 'NOT_FOUND' } });

    for (const [principal, seeded] of [
      [admin, kept],
      [otherAdmin, elsewhere],
    ] as const) {
      expect((await reads(principal, seeded)).data).toEqual({ workflow: { id: seeded.workflowId }, pipeline: { id: seeded.pipelineId }, trigger: { id: seeded.scheduleTriggerId } });
      expect(await schedules.scheduleOf(seeded.scheduleTriggerId)).toEqual({ pattern: '0 0 3 * * ?', next: expect.any(Number) });
      expect((await ok(principal, OF_APPLICATION, { app: [seeded.applicationId] })).triggers).toEqual({ pageInfo: { total: 2 } });
    }
    expect(await unreferenced(OTHER_ACCOUNT)).toEqual([]);
  });

  it('a deletion cut short midway finishes when the event is delivered again, and a further delivery changes nothing', async () => {
    const seeded = await seed(admin, 'app-cut-short');
    const second = await ok(admin, CREATE_TRIGGER, {
      input: {
        name: 'on-push-2',
        applicationId: 'app-cut-short',
        condition: { conditionType: 'ON_WEBHOOK', webhookConditionInput: { webhookSourceType: 'GITHUB', githubEvent: { event: 'PUSH' }, gitConnectorId: `git-${ACCOUNT}-app-cut-short` } },
        action: { executionType: 'WORKFLOW', entityId: seeded.workflowId },
      },
    });
    const secondWebhookId = second.createTrigger.trigger.id as string;
    const events = triggerConnectorReferenceEvents(publisher);
    // Redis refuses the second announcement once, as it would while failing over.
    let announcements = 0;
    const flaky: ConnectorReferencePublisher = {
      referenced: events.referenced,
      unreferenced: async (referrer, connectorId) => {
        announcements += 1;
        if (announcements === 2) throw new Error('Connection is closed.');
        await events.unreferenced(referrer, connectorId);
      },
    };
    const triggers = new TriggerRepository(subgraph.connection);
    const deletion = new ApplicationDeletion({
      workflows: new WorkflowRepository(subgraph.connection),
      pipelines: new PipelineRepository(subgraph.connection),
      triggers,
      schedules,
      connectorReferences: flaky,
    });

    await expect(deletion.applicationDeleted(ACCOUNT, 'app-cut-short')).rejects.toThrow('Connection is closed.');
    // Cut short: the definitions are gone, every trigger is still there for the next delivery to find.
    expect((await reads(admin, seeded)).data).toEqual({ workflow: null, pipeline: null, trigger: { id: seeded.scheduleTriggerId } });
    expect((await triggers.ofApplication(ACCOUNT, 'app-cut-short', 10)).map((trigger) => trigger.id).sort()).toEqual(
      [seeded.scheduleTriggerId, seeded.webhookTriggerId, secondWebhookId].sort(),
    );

    expect(await deletion.applicationDeleted(ACCOUNT, 'app-cut-short')).toEqual({ workflows: 0, pipelines: 0, triggers: 3 });
    expect(await triggers.ofApplication(ACCOUNT, 'app-cut-short', 10)).toEqual([]);
    expect(await schedules.scheduleOf(seeded.scheduleTriggerId)).toBeNull();
    const announced = (await unreferenced(ACCOUNT)).filter((event) => event.connectorId === `git-${ACCOUNT}-app-cut-short`).map((event) => event.triggerId);
    expect(new Set(announced)).toEqual(new Set([seeded.webhookTriggerId, secondWebhookId]));

    expect(await deletion.applicationDeleted(ACCOUNT, 'app-cut-short')).toEqual({ workflows: 0, pipelines: 0, triggers: 0 });
  });
});
