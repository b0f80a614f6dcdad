import { KnownConnectorProjection } from '@fg/tenancy';
import { signedHeaders, testPrincipal, testRedis, testServices, type TestRedis } from '@fg/testing';
import { ACCOUNT_ADMINISTRATOR, NO_PERMISSIONS, type PermissionSet } from '@fg/permissions';
import type { Principal } from '@fg/internal-auth';
import { createDomainEvent, DomainEventPublisher, EVENT_FIELD, eventPosition, type DomainEvent } from '@fg/domain-events';
import {
  ArtifactSourceProjection,
  CatalogProjection,
  CollectedArtifactRepository,
  ManifestVersionRepository,
  PipelineRepository,
  TagLinkProjection,
  WorkflowRepository,
  type Workflow,
} from '@fg/pipelines-workflows-executions/data-access';
import { githubSignature, TriggerSchedules } from '@fg/pipelines-workflows-executions/triggers';
import { startTestSubgraph, type TestSubgraph } from '@fg/subgraph-server/testing';
import { pipelinesSubgraph } from '../subgraph';
import { TRIGGER_WEBHOOK_ROUTE } from './trigger-webhook.route';

const PUBLIC_BASE_URL = 'https://fg.example.com';
const alice = testPrincipal('acc-trig-alice', { kind: 'user', id: 'u-alice', permissions: ACCOUNT_ADMINISTRATOR });
const bob = testPrincipal('acc-trig-bob', { kind: 'apiKey', id: 'k-bob', permissions: ACCOUNT_ADMINISTRATOR });

const TRIGGER_FIELDS = `
  id name description createdAt createdBy { id } excludeHostsWithSameArtifact tags { name }
  condition {
    __typename triggerConditionType
    ... on OnSchedule { cronExpression cronDescription onNewArtifactOnly }
    ... on OnPipelineCompletion { pipelineId pipelineName }
    ... on OnNewArtifact { artifactSourceId artifactFilter regex }
    ... on OnNewManifest { appManifestId versionRegex }
    ... on OnWebhook { webhookSource webhookDetails { webhookURL method header payload } webhookEvent { event action } branchRegex webhookSecret filePaths deployOnlyIfFilesChanged }
  }
  action {
    __typename
    variables { name value }
    artifactSelections { __typename serviceId serviceName ... on LastCollected { artifactSourceId artifactSourceName artifactFilter regex } ... on LastDeployedFromWorkflow { workflowId workflowName } }
    manifestSelections { __typename serviceId manifestSelectionType }
    ... on WorkflowAction { workflowId workflowName }
    ... on PipelineAction { pipelineId pipelineName continueWithDefaultValues }
  }`;
const CREATE = `mutation($input: CreateTriggerInput!) { createTrigger(input: $input) { clientMutationId trigger { ${TRIGGER_FIELDS} } } }`;
const UPDATE = `mutation($input: UpdateTriggerInput!) { updateTrigger(input: $input) { clientMutationId trigger { ${TRIGGER_FIELDS} } } }`;
const DELETE = `mutation($input: DeleteTriggerInput!) { deleteTrigger(input: $input) { clientMutationId } }`;
const BY_ID = `query($id: String!) { trigger(triggerId: $id) { ${TRIGGER_FIELDS} } }`;
const BY_NAME = `query($app: String!, $name: String!) { triggerByName(applicationId: $app, triggerName: $name) { id name } }`;
const LIST = `query($filters: [TriggerFilter], $limit: Int!, $offset: Int) {
  triggers(filters: $filters, limit: $limit, offset: $offset) { pageInfo { total hasMore limit offset } nodes { id name } }
}`;
const FIRINGS = `query($id: String!) {
  triggerFirings(triggerId: $id, limit: 10) { pageInfo { total } nodes { triggerId conditionType deliveryId status executionId reason message firedAt } }
}`;
const EXECUTION = `query($id: String!) {
  execution(executionId: $id) { id status ... on WorkflowExecution { workflow { id } cause { __typename ... on ExecutedByTrigger { trigger { id name } } } } }
}`;
const RECORD_MANIFEST = `mutation($input: RecordManifestVersionInput!) {
  recordManifestVersion(input: $input) { manifest { version applicationManifestId } firings { triggerId status reason } }
}`;
const NAMED = `query($id: String!) {
  trigger(triggerId: $id) {
    tags { name }
    condition { ... on OnWebhook { gitConnectorId gitConnectorName } ... on OnNewManifest { appManifestId appManifestName serviceId } }
    action { manifestSelections { __typename serviceId ... on LastCollectedManifest { appManifestId appManifestName } ... on ManifestFromWebhookPayload { appManifestId appManifestName } } }
  }
}`;

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('triggers (real store and Redis)', () => {
  let subgraph: TestSubgraph;
  let redis: TestRedis;
  let workflows: WorkflowRepository;
  let pipelines: PipelineRepository;
  let schedules: TriggerSchedules;

  beforeAll(async () => {
    const { redisUrl } = await testServices();
    redis = await testRedis(redisUrl);
    // One deployment a day per account: only the quota test deploys (the other workflows have no DEPLOY step).
    subgraph = await startTestSubgraph(pipelinesSubgraph, { REDIS_KEY_PREFIX: redis.prefix, PUBLIC_BASE_URL, LIMIT_DEPLOYMENTS_PER_24H: '1' });
    workflows = new WorkflowRepository(subgraph.connection);
    pipelines = new PipelineRepository(subgraph.connection);
    schedules = new TriggerSchedules({ redisUrl, keyPrefix: redis.prefix });
  });
  afterAll(async () => {
    await schedules.close();
    await subgraph.dispose();
    await redis.cleanup();
  });

  const gql = async (principal: Principal, query: string, variables: Record<string, unknown> = {}) => {
    const response = await subgraph.query<Data>(principal, query, variables);
    // Every test reads the fields it asked for; a missing one fails its assertion.
    return response.body as { data: Data; errors?: Data[] };
  };

  let position = 0;
  /** What apps-services and connectors announce: the application's service `svc-<app>` with its source `src-<app>`. */
  async function seedCatalog(accountId: string, applicationId: string) {
    const at = () => eventPosition(`1733052000000-${++position}`);
    const catalog = new CatalogProjection(subgraph.connection);
    const application = { accountId, appId: applicationId, name: applicationId, disableTriggers: false, isManualTriggerAuthorized: false, areWebHookSecretsMandated: false };
    // A service counts only while its application is known.
    await catalog.apply(createDomainEvent('application.created', application), at());
    const service = { accountId, serviceId: `svc-${applicationId}`, appId: applicationId, name: `${applicationId}-service`, deploymentType: 'KUBERNETES', artifactType: 'DOCKER' };
    await catalog.apply(createDomainEvent('service.created', service), at());
    const source = { accountId, artifactSourceId: `src-${applicationId}`, serviceId: `svc-${applicationId}`, appId: applicationId, name: `${applicationId}-registry` };
    await new ArtifactSourceProjection(subgraph.connection).apply(createDomainEvent('artifactSource.created', source), at());
  }

  const seedWorkflow = async (accountId: string, applicationId: string, name: string): Promise<Workflow> => {
    await seedCatalog(accountId, applicationId);
    return workflows.create(accountId, {
      applicationId,
      name,
      description: null,
      workflowType: 'BASIC',
      environmentId: null,
      variables: [],
      phases: [],
      createdBy: null,
    });
  };

  const scheduleInput = (applicationId: string, workflowId: string, name: string, cronExpression = '0 0 12 ? * MON-FRI') => ({
    clientMutationId: `c-${name}`,
    name,
    applicationId,
    description: 'nightly',
    condition: { conditionType: 'ON_SCHEDULE', scheduleConditionInput: { cronExpression, onNewArtifactOnly: false } },
    action: {
      executionType: 'WORKFLOW',
      entityId: workflowId,
      variables: [{ name: 'env', variableValue: { type: 'NAME', value: 'qa' } }],
      artifactSelections: [
        { serviceId: `svc-${applicationId}`, artifactSelectionType: 'LAST_COLLECTED', artifactSourceId: `src-${applicationId}`, artifactFilter: '1\\..*', regex: true },
      ],
    },
  });

  async function postWebhook(token: string, headers: Record<string, string>, body: string) {
    const response = await fetch(`${subgraph.url.replace(/\/graphql$/, '')}${TRIGGER_WEBHOOK_ROUTE}`, {
      method: 'POST',
      headers: signedHeaders(alice),
      body: JSON.stringify({ token, headers, body }),
    });
    return { status: response.status, body: (await response.json()) as Data };
  }

  it('creates, reads, replaces and deletes a scheduled trigger, keeping its BullMQ job scheduler in step', async () => {
    const workflow = await seedWorkflow(alice.accountId, 'app-crud', 'deploy-api');
    const created = await gql(alice, CREATE, { input: scheduleInput('app-crud', workflow.id, 'nightly') });
    expect(created.errors).toBeUndefined();
    const trigger = created.data.createTrigger.trigger;
    expect(created.data.createTrigger.clientMutationId).toBe('c-nightly');
    expect(trigger).toMatchObject({
      name: 'nightly',
      description: 'nightly',
      createdBy: { id: 'u-alice' },
      excludeHostsWithSameArtifact: false,
      tags: [],
      condition: {
        __typename: 'OnSchedule',
        triggerConditionType: 'SCHEDULED',
        cronExpression: '0 0 12 ? * MON-FRI',
        cronDescription: 'At 12:00, only on Monday through Friday (UTC)',
        onNewArtifactOnly: false,
      },
      action: {
        __typename: 'WorkflowAction',
        workflowId: workflow.id,
        workflowName: 'deploy-api',
        variables: [{ name: 'env', value: 'qa' }],
        artifactSelections: [
          {
            __typename: 'LastCollected',
            serviceId: 'svc-app-crud',
            serviceName: 'app-crud-service',
            artifactSourceId: 'src-app-crud',
            artifactSourceName: 'app-crud-registry',
            artifactFilter: '1\\..*',
            regex: true,
          },
        ],
        manifestSelections: [],
      },
    });
    expect(await schedules.scheduleOf(trigger.id)).toEqual({ pattern: '0 0 12 ? * MON-FRI', next: expect.any(Number) });

    expect((await gql(alice, BY_ID, { id: trigger.id })).data.trigger).toEqual(trigger);
    expect((await gql(alice, BY_NAME, { app: 'app-crud', name: 'nightly' })).data.triggerByName).toEqual({ id: trigger.id, name: 'nightly' });

    // Full replacement: the description is dropped, the schedule changes, the job scheduler follows.
    const replaced = await gql(alice, UPDATE, {
      input: { ...scheduleInput('app-crud', workflow.id, 'nightly-2', '0 30 2 * * ?'), triggerId: trigger.id, description: null },
    });
    expect(replaced.errors).toBeUndefined();
    expect(replaced.data.updateTrigger.trigger).toMatchObject({
      id: trigger.id,
      name: 'nightly-2',
      description: null,
      createdAt: trigger.createdAt,
      condition: { cronExpression: '0 30 2 * * ?', cronDescription: 'At 02:30, every day (UTC)' },
    });
    expect((await schedules.scheduleOf(trigger.id))?.pattern).toBe('0 30 2 * * ?');

    const deleted = await gql(alice, DELETE, { input: { clientMutationId: 'd1', applicationId: 'app-crud', triggerId: trigger.id } });
    expect(deleted).toEqual({ data: { deleteTrigger: { clientMutationId: 'd1' } } });
    expect(await schedules.scheduleOf(trigger.id)).toBeNull();
    const gone = await gql(alice, BY_ID, { id: trigger.id });
    expect(gone.errors?.[0]).toMatchObject({ message: 'Trigger does not exist', extensions: { code: 'NOT_FOUND' } });
  });

  it('drops the job scheduler when a scheduled trigger is replaced by another kind', async () => {
    const workflow = await seedWorkflow(alice.accountId, 'app-kind', 'wf');
    const trigger = (await gql(alice, CREATE, { input: scheduleInput('app-kind', workflow.id, 'was-scheduled') })).data.createTrigger.trigger;
    expect(await schedules.scheduleOf(trigger.id)).not.toBeNull();
    const replaced = await gql(alice, UPDATE, {
      input: {
        triggerId: trigger.id,
        name: 'now-a-webhook',
        applicationId: 'app-kind',
        condition: { conditionType: 'ON_WEBHOOK', webhookConditionInput: { webhookSourceType: 'CUSTOM' } },
        action: { executionType: 'WORKFLOW', entityId: workflow.id },
      },
    });
    expect(replaced.data.updateTrigger.trigger.condition.__typename).toBe('OnWebhook');
    expect(await schedules.scheduleOf(trigger.id)).toBeNull();
  });

  it('validates each condition type against exactly its own sub-input', async () => {
    const workflow = await seedWorkflow(alice.accountId, 'app-valid', 'wf');
    const base = scheduleInput('app-valid', workflow.id, 'valid');
    const refusal = async (input: Data) => (await gql(alice, CREATE, { input }))?.errors?.[0];

    expect(await refusal({ ...base, condition: { conditionType: 'ON_SCHEDULE' } })).toMatchObject({
      message: 'conditionType ON_SCHEDULE needs scheduleConditionInput',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await refusal({ ...base, condition: { ...base.condition, pipelineConditionInput: { pipelineId: 'p' } } })).toMatchObject({
      message: 'conditionType ON_SCHEDULE takes only scheduleConditionInput; remove pipelineConditionInput',
    });
    expect(await refusal({ ...base, condition: { conditionType: 'ON_SCHEDULE', scheduleConditionInput: { cronExpression: '0 0 12 * * *' } } })).toMatchObject({
      message: 'Invalid cron expression: Exactly one of day-of-month and day-of-week must be "?"',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await refusal({ ...base, condition: { conditionType: 'ON_SCHEDULE', scheduleConditionInput: { cronExpression: '0 0 0 1 1 ? 2020' } } })).toMatchObject({
      message: 'Cron expression "0 0 0 1 1 ? 2020" never fires again',
    });
    expect(
      await refusal({ ...base, condition: { conditionType: 'ON_NEW_ARTIFACT', artifactConditionInput: { artifactSourceId: 's', artifactFilter: '(', regex: true } } }),
    ).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/^artifactFilter is not a valid regular expression/) });
    expect(await refusal({ ...base, condition: { conditionType: 'ON_PIPELINE_COMPLETION', pipelineConditionInput: { pipelineId: 'nope' } } })).toMatchObject({
      message: 'Pipeline does not exist',
      extensions: { code: 'NOT_FOUND' },
    });
    expect(
      await refusal({
        ...base,
        condition: { conditionType: 'ON_WEBHOOK', webhookConditionInput: { webhookSourceType: 'GITLAB', githubEvent: { event: 'PUSH' } } },
      }),
    ).toMatchObject({ message: 'githubEvent does not apply to a GITLAB webhook' });
    expect(
      await refusal({
        ...base,
        condition: { conditionType: 'ON_WEBHOOK', webhookConditionInput: { webhookSourceType: 'GITHUB', githubEvent: { event: 'PULL_REQUEST' }, deployOnlyIfFilesChanged: true, filePaths: ['a'] } },
      }),
    ).toMatchObject({ message: 'deployOnlyIfFilesChanged applies only to PUSH events' });
    expect(
      await refusal({ ...base, action: { ...base.action, artifactSelections: [{ serviceId: 's', artifactSelectionType: 'FROM_TRIGGERING_ARTIFACT' }] } }),
    ).toMatchObject({ message: 'Artifact selection FROM_TRIGGERING_ARTIFACT needs a ON_NEW_ARTIFACT condition' });
    expect(await refusal({ ...base, action: { ...base.action, artifactSelections: [{ serviceId: 's', artifactSelectionType: 'LAST_COLLECTED' }] } })).toMatchObject({
      message: 'Artifact selection LAST_COLLECTED needs artifactSourceId',
    });
    // Services and artifact sources are known from apps-services' and connectors' events.
    const lastCollected = (serviceId: string, artifactSourceId: string) => ({
      ...base,
      action: { ...base.action, artifactSelections: [{ serviceId, artifactSelectionType: 'LAST_COLLECTED', artifactSourceId }] },
    });
    expect(await refusal(lastCollected('svc-unknown', 'src-app-valid'))).toMatchObject({ message: 'Service does not exist (svc-unknown)', extensions: { code: 'NOT_FOUND' } });
    expect(await refusal(lastCollected('svc-app-valid', 'src-unknown'))).toMatchObject({ message: 'Artifact source does not exist (src-unknown)', extensions: { code: 'NOT_FOUND' } });
    await seedCatalog(alice.accountId, 'app-valid-other');
    expect(await refusal(lastCollected('svc-app-valid', 'src-app-valid-other'))).toMatchObject({ message: 'Artifact source does not exist (src-app-valid-other)' });
    expect(
      await refusal({ ...base, condition: { conditionType: 'ON_NEW_ARTIFACT', artifactConditionInput: { artifactSourceId: 'src-unknown' } } }),
    ).toMatchObject({ message: 'Artifact source does not exist (src-unknown)' });

    // The workflow must be in the trigger's application, and of the caller's account.
    const elsewhere = await seedWorkflow(alice.accountId, 'app-other', 'wf');
    expect(await refusal({ ...base, action: { ...base.action, entityId: elsewhere.id } })).toMatchObject({ message: 'Workflow does not exist', extensions: { code: 'NOT_FOUND' } });
    const bobs = await seedWorkflow(bob.accountId, 'app-valid', 'wf');
    expect(await refusal({ ...base, action: { ...base.action, entityId: bobs.id } })).toMatchObject({ message: 'Workflow does not exist' });

    expect((await gql(alice, CREATE, { input: base })).errors).toBeUndefined();
    expect(await refusal({ ...base, clientMutationId: 'another' })).toMatchObject({
      message: 'A trigger named "valid" already exists in this application',
      extensions: { code: 'CONFLICT' },
    });
  });

  it('needs the right to execute the target to manage a trigger, and READ on it to see one', async () => {
    const workflow = await seedWorkflow('acc-trig-perms', 'app-perms', 'wf');
    const pipeline = await pipelines.create('acc-trig-perms', { applicationId: 'app-perms', name: 'pl', description: null });
    const admin = testPrincipal('acc-trig-perms', { kind: 'user', id: 'u-admin', permissions: ACCOUNT_ADMINISTRATOR });
    const readWorkflows: PermissionSet = {
      accountPermissions: [],
      appPermissions: [{ permissionType: 'WORKFLOW', applications: { filterType: 'ALL' }, actions: ['READ'] }],
    };
    const reader = testPrincipal('acc-trig-perms', { permissions: readWorkflows });
    const nobody = testPrincipal('acc-trig-perms', { permissions: NO_PERMISSIONS });

    const denied = await gql(reader, CREATE, { input: scheduleInput('app-perms', workflow.id, 'by-reader') });
    expect(denied.errors?.[0]).toMatchObject({ message: 'User not authorized', extensions: { code: 'FORBIDDEN' } });

    const wfTrigger = (await gql(admin, CREATE, { input: scheduleInput('app-perms', workflow.id, 'wf-trigger') })).data.createTrigger.trigger;
    const plInput = scheduleInput('app-perms', pipeline.id, 'pl-trigger');
    const plCreated = await gql(admin, CREATE, { input: { ...plInput, action: { executionType: 'PIPELINE', entityId: pipeline.id, continueWithDefaultValues: true } } });
    const plTrigger = plCreated.data.createTrigger.trigger;
    expect(plTrigger.action).toMatchObject({ __typename: 'PipelineAction', pipelineId: pipeline.id, pipelineName: 'pl', continueWithDefaultValues: true });

    expect((await gql(reader, BY_ID, { id: wfTrigger.id })).data.trigger.id).toBe(wfTrigger.id);
    expect((await gql(reader, BY_ID, { id: plTrigger.id })).errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect((await gql(reader, LIST, { limit: 10 })).data.triggers).toEqual({
      pageInfo: { total: 1, hasMore: false, limit: 10, offset: 0 },
      nodes: [{ id: wfTrigger.id, name: 'wf-trigger' }],
    });
    expect((await gql(nobody, LIST, { limit: 10 })).data.triggers.nodes).toEqual([]);
    expect((await gql(reader, DELETE, { input: { applicationId: 'app-perms', triggerId: wfTrigger.id } })).errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    expect((await gql(admin, LIST, { limit: 1, filters: [{ application: { operator: 'EQUALS', values: ['app-perms'] } }] })).data.triggers).toEqual({
      pageInfo: { total: 2, hasMore: true, limit: 1, offset: 0 },
      nodes: [{ id: plTrigger.id, name: 'pl-trigger' }],
    });
    expect((await gql(admin, LIST, { limit: 10, filters: [{ trigger: { operator: 'IN', values: [wfTrigger.id] } }] })).data.triggers.nodes).toEqual([
      { id: wfTrigger.id, name: 'wf-trigger' },
    ]);
  });

  it("filters triggers by their application's tags", async () => {
    const tagged = await seedWorkflow('acc-trig-tags', 'app-tagged', 'wf');
    const plain = await seedWorkflow('acc-trig-tags', 'app-plain', 'wf');
    const admin = testPrincipal('acc-trig-tags', { kind: 'user', id: 'u-admin', permissions: ACCOUNT_ADMINISTRATOR });
    const inTagged = (await gql(admin, CREATE, { input: scheduleInput('app-tagged', tagged.id, 'in-tagged') })).data.createTrigger.trigger;
    await gql(admin, CREATE, { input: scheduleInput('app-plain', plain.id, 'in-plain') });
    const tags = new TagLinkProjection(subgraph.connection);
    const link = { accountId: 'acc-trig-tags', entityType: 'APPLICATION', entityId: 'app-tagged', appId: 'app-tagged', name: 'team', value: 'payments' };
    await tags.apply(createDomainEvent('tag.attached', link), eventPosition('1733052000000-1'));
    const byTag = (value: string | null) =>
      gql(admin, LIST, { limit: 10, filters: [{ tag: { entityType: 'APPLICATION', tags: [{ name: 'team', value }] } }] });
    expect((await byTag('payments')).data.triggers.nodes).toEqual([{ id: inTagged.id, name: 'in-tagged' }]);
    expect((await byTag(null)).data.triggers.nodes).toEqual([{ id: inTagged.id, name: 'in-tagged' }]);
    expect((await byTag('other')).data.triggers.nodes).toEqual([]);
  });

  it('shows the tags attached to each trigger (TRIGGER, an Extension), a whole page of them in one read', async () => {
    const account = 'acc-trig-own-tags';
    const admin = testPrincipal(account, { kind: 'user', id: 'u-admin', permissions: ACCOUNT_ADMINISTRATOR });
    const workflow = await seedWorkflow(account, 'app-own-tags', 'wf');
    const create = async (name: string) => (await gql(admin, CREATE, { input: scheduleInput('app-own-tags', workflow.id, name) })).data.createTrigger.trigger.id as string;
    const [first, second] = [await create('first'), await create('second'), await create('untagged')];
    const tags = new TagLinkProjection(subgraph.connection);
    const announce = (type: 'tag.attached' | 'tag.detached', accountId: string, entityId: string, name: string, value = '') =>
      tags.apply(createDomainEvent(type, { accountId, entityType: 'TRIGGER', entityId, appId: '', name, value }), eventPosition(`1733052000000-${++position}`));
    await announce('tag.attached', account, first, 'team', 'payments');
    await announce('tag.attached', account, first, 'tier', 'gold');
    await announce('tag.attached', account, second, 'team', 'search');
    // Another account naming the same id tags nothing of this account's.
    await announce('tag.attached', bob.accountId, first, 'intruder');

    const PAGE = `query { triggers(limit: 10, filters: [{ application: { operator: EQUALS, values: ["app-own-tags"] } }]) { nodes { name tags { name value } } } }`;
    const reads = jest.spyOn(TagLinkProjection.prototype, 'tagsOf');
    const page = await gql(admin, PAGE);
    expect(reads).toHaveBeenCalledTimes(1);
    reads.mockRestore();
    expect(page.errors).toBeUndefined();
    expect([...page.data.triggers.nodes].sort((a: Data, b: Data) => a.name.localeCompare(b.name))).toEqual([
      { name: 'first', tags: [{ name: 'team', value: 'payments' }, { name: 'tier', value: 'gold' }] },
      { name: 'second', tags: [{ name: 'team', value: 'search' }] },
      { name: 'untagged', tags: [] },
    ]);

    await announce('tag.detached', account, first, 'team', 'payments');
    expect((await gql(admin, BY_ID, { id: first })).data.trigger.tags).toEqual([{ name: 'tier' }]);
    const entities = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Trigger { id tags { name } } } }`;
    expect((await gql(admin, entities, { reps: [{ __typename: 'Trigger', id: second }] })).data).toEqual({ _entities: [{ id: second, tags: [{ name: 'team' }] }] });
  });

  it("keeps accounts apart: another account's triggers are not found, listed or resolved", async () => {
    const workflow = await seedWorkflow(alice.accountId, 'app-tenant', 'wf');
    const trigger = (await gql(alice, CREATE, { input: scheduleInput('app-tenant', workflow.id, 'mine') })).data.createTrigger.trigger;
    expect((await gql(bob, BY_ID, { id: trigger.id })).errors?.[0]).toMatchObject({ message: 'Trigger does not exist' });
    expect((await gql(bob, BY_NAME, { app: 'app-tenant', name: 'mine' })).errors?.[0]).toMatchObject({ message: 'Trigger does not exist' });
    expect((await gql(bob, LIST, { limit: 100 })).data.triggers.nodes.map((n: Data) => n.id)).not.toContain(trigger.id);
    expect((await gql(bob, FIRINGS, { id: trigger.id })).errors?.[0]).toMatchObject({ message: 'Trigger does not exist' });
    expect((await gql(bob, DELETE, { input: { applicationId: 'app-tenant', triggerId: trigger.id } })).errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    const entities = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Trigger { id name } } }`;
    const reps = [{ __typename: 'Trigger', id: trigger.id }];
    expect((await gql(alice, entities, { reps })).data).toEqual({ _entities: [{ id: trigger.id, name: 'mine' }] });
    expect((await gql(bob, entities, { reps })).data).toEqual({ _entities: [null] });
  });

  describe('webhook deliveries', () => {
    const push = JSON.stringify({ ref: 'refs/heads/release/2', repository: { full_name: 'acme/api' }, commits: [{ modified: ['src/a.ts'] }] });

    async function webhookTrigger(name: string, webhookConditionInput: Data) {
      const workflow = await seedWorkflow(alice.accountId, `app-${name}`, 'wf');
      const created = await gql(alice, CREATE, {
        input: {
          name,
          applicationId: `app-${name}`,
          condition: { conditionType: 'ON_WEBHOOK', webhookConditionInput },
          action: { executionType: 'WORKFLOW', entityId: workflow.id },
        },
      });
      expect(created.errors).toBeUndefined();
      const trigger = created.data.createTrigger.trigger;
      const url: string = trigger.condition.webhookDetails.webhookURL;
      return { trigger, token: url.slice(url.lastIndexOf('/') + 1) };
    }

    it('shows a per-trigger URL, never the secret, and keeps the URL across updates', async () => {
      const { trigger, token } = await webhookTrigger('hook-read', { webhookSourceType: 'GITHUB', githubEvent: { event: 'PUSH' }, webhookSecret: 'shh' });
      expect(trigger.condition).toMatchObject({
        __typename: 'OnWebhook',
        triggerConditionType: 'WEBHOOK',
        webhookSource: 'GITHUB',
        webhookEvent: { event: 'PUSH', action: null },
        webhookSecret: null,
        webhookDetails: { webhookURL: `${PUBLIC_BASE_URL}/api/webhooks/triggers/${token}`, method: 'POST' },
      });
      expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
      const updated = await gql(alice, UPDATE, {
        input: {
          triggerId: trigger.id,
          name: 'hook-read',
          applicationId: 'app-hook-read',
          condition: { conditionType: 'ON_WEBHOOK', webhookConditionInput: { webhookSourceType: 'GITHUB', githubEvent: { event: 'ANY' } } },
          action: { executionType: 'WORKFLOW', entityId: trigger.action.workflowId },
        },
      });
      expect(updated.data.updateTrigger.trigger.condition.webhookDetails.webhookURL).toBe(trigger.condition.webhookDetails.webhookURL);
    });

    it('refuses a bad GitHub signature with 401 and records nothing; fires once for a signed delivery however often it arrives', async () => {
      const { trigger, token } = await webhookTrigger('hook-signed', {
        webhookSourceType: 'GITHUB',
        githubEvent: { event: 'PUSH' },
        branchRegex: 'release/.*',
        webhookSecret: 'shh',
      });
      const headers = { 'x-github-event': 'push', 'x-github-delivery': 'gh-delivery-1' };

      const forged = await postWebhook(token, { ...headers, 'x-hub-signature-256': githubSignature('wrong', push) }, push);
      expect(forged).toEqual({
        status: 401,
        body: { errors: [{ message: 'The X-Hub-Signature-256 header does not match the body under the webhook secret', extensions: { code: 'UNAUTHENTICATED' } }] },
      });
      expect((await gql(alice, FIRINGS, { id: trigger.id })).data.triggerFirings.pageInfo.total).toBe(0);

      const signed = { ...headers, 'x-hub-signature-256': githubSignature('shh', push) };
      const first = await postWebhook(token, signed, push);
      expect(first).toEqual({
        status: 202,
        body: { fired: true, firing: { id: expect.any(String), status: 'STARTED', executionId: expect.any(String), reason: null, message: null } },
      });
      // Started through the engine, as the trigger's creator, with cause ExecutedByTrigger.
      const execution = (await gql(alice, EXECUTION, { id: first.body.firing.executionId })).data.execution;
      expect(execution).toMatchObject({
        id: first.body.firing.executionId,
        workflow: { id: trigger.action.workflowId },
        cause: { __typename: 'ExecutedByTrigger', trigger: { id: trigger.id, name: 'hook-signed' } },
      });
      const again = await postWebhook(token, signed, push);
      expect(again).toEqual({ status: 200, body: { fired: false, duplicate: true, reason: 'This delivery was received before' } });

      const firings = (await gql(alice, FIRINGS, { id: trigger.id })).data.triggerFirings;
      expect(firings.pageInfo.total).toBe(1);
      expect(firings.nodes[0]).toMatchObject({
        triggerId: trigger.id,
        conditionType: 'ON_WEBHOOK',
        deliveryId: 'delivery:gh-delivery-1',
        status: 'STARTED',
        executionId: first.body.firing.executionId,
      });
    });

    it('requires a webhook secret on GitHub triggers where the application mandates it', async () => {
      const workflow = await seedWorkflow(alice.accountId, 'app-mandated', 'wf');
      const application = { accountId: alice.accountId, appId: 'app-mandated', name: 'mandated', disableTriggers: false, isManualTriggerAuthorized: false, areWebHookSecretsMandated: true };
      await new CatalogProjection(subgraph.connection).apply(createDomainEvent('application.updated', application), eventPosition(`1733052000000-${++position}`));
      const input = (webhookConditionInput: Data) => ({
        name: 'mandated',
        applicationId: 'app-mandated',
        condition: { conditionType: 'ON_WEBHOOK', webhookConditionInput },
        action: { executionType: 'WORKFLOW', entityId: workflow.id },
      });
      expect((await gql(alice, CREATE, { input: input({ webhookSourceType: 'GITHUB' }) })).errors?.[0]).toMatchObject({
        message: 'This application requires a webhookSecret on GitHub webhook triggers (areWebHookSecretsMandated)',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      expect((await gql(alice, CREATE, { input: input({ webhookSourceType: 'GITHUB', webhookSecret: 'shh' }) })).errors).toBeUndefined();
    });

    it('records a firing of an application that disabled its triggers as refused, starting nothing', async () => {
      const { trigger, token } = await webhookTrigger('hook-disabled', { webhookSourceType: 'CUSTOM' });
      const catalog = new CatalogProjection(subgraph.connection);
      const application = { accountId: alice.accountId, appId: 'app-hook-disabled', name: 'disabled', disableTriggers: true, isManualTriggerAuthorized: false, areWebHookSecretsMandated: false };
      await catalog.apply(createDomainEvent('application.updated', application), eventPosition(`1733052000000-${++position}`));
      const answer = await postWebhook(token, { 'x-delivery-id': 'c-1' }, JSON.stringify({ branch: 'main' }));
      expect(answer).toEqual({
        status: 202,
        body: { fired: true, firing: { id: expect.any(String), status: 'REFUSED', executionId: null, reason: 'TRIGGERS_DISABLED', message: 'The application has disabled its triggers' } },
      });
      expect((await gql(alice, FIRINGS, { id: trigger.id })).data.triggerFirings.nodes).toEqual([
        expect.objectContaining({ deliveryId: 'delivery:c-1', status: 'REFUSED', reason: 'TRIGGERS_DISABLED', executionId: null }),
      ]);
    });

    it('starts with the last collected build, and records a firing over the deployment quota as refused', async () => {
      const accountId = 'acc-trig-quota';
      const owner = testPrincipal(accountId, { kind: 'user', id: 'u-owner', permissions: ACCOUNT_ADMINISTRATOR });
      await seedCatalog(accountId, 'app-quota');
      const workflow = await workflows.create(accountId, {
        applicationId: 'app-quota',
        name: 'deploy',
        description: null,
        workflowType: 'BASIC',
        environmentId: null,
        variables: [],
        phases: [{ name: 'deploy', steps: [{ type: 'DEPLOY', name: 'deploy', serviceId: 'svc-app-quota', infrastructureDefinitionId: null }] }],
        createdBy: null,
      });
      // The build, as both projections learn it from artifact.collected (the engine's and the triggers').
      const build = { accountId, artifactSourceId: 'src-app-quota', serviceId: 'svc-app-quota', appId: 'app-quota', artifactId: 'art-42', buildNo: '1.4.2', collectedAt: Date.now() };
      await new ArtifactSourceProjection(subgraph.connection).apply(createDomainEvent('artifact.collected', build), eventPosition(`1733052000000-${++position}`));
      await new CollectedArtifactRepository(subgraph.connection).record({ ...build, applicationId: 'app-quota' });
      const created = await gql(owner, CREATE, {
        input: {
          name: 'deploy-on-call',
          applicationId: 'app-quota',
          condition: { conditionType: 'ON_WEBHOOK', webhookConditionInput: { webhookSourceType: 'CUSTOM' } },
          action: {
            executionType: 'WORKFLOW',
            entityId: workflow.id,
            artifactSelections: [{ serviceId: 'svc-app-quota', artifactSelectionType: 'LAST_COLLECTED', artifactSourceId: 'src-app-quota' }],
          },
        },
      });
      expect(created.errors).toBeUndefined();
      const url: string = created.data.createTrigger.trigger.condition.webhookDetails.webhookURL;
      const token = url.slice(url.lastIndexOf('/') + 1);

      const first = await postWebhook(token, { 'x-delivery-id': 'call-1' }, '{}');
      expect(first.body.firing).toMatchObject({ status: 'STARTED', executionId: expect.any(String) });
      const second = await postWebhook(token, { 'x-delivery-id': 'call-2' }, '{}');
      expect(second.body.firing).toMatchObject({
        status: 'REFUSED',
        executionId: null,
        reason: 'QUOTA_EXCEEDED',
        message: expect.stringMatching(/^The account has reached its limit of 1 deployments in 24 hours/),
      });
      const firings = (await gql(owner, FIRINGS, { id: created.data.createTrigger.trigger.id })).data.triggerFirings;
      expect(firings.pageInfo.total).toBe(2);
      // The artifact is a reference to connectors-cloudproviders-artifacts' Artifact.
      const artifacts = `query($id: String!) { execution(executionId: $id) { ... on WorkflowExecution { artifacts { id } } } }`;
      expect((await gql(owner, artifacts, { id: first.body.firing.executionId })).data.execution).toEqual({ artifacts: [{ id: 'art-42' }] });
      expect(firings.nodes.find((f: Data) => f.status === 'STARTED')).toMatchObject({ executionId: first.body.firing.executionId });
    });

    it('answers why a delivery does not fire, and 404 for an unknown URL', async () => {
      const { trigger, token } = await webhookTrigger('hook-branch', { webhookSourceType: 'GITHUB', githubEvent: { event: 'PUSH' }, branchRegex: 'main' });
      const answer = await postWebhook(token, { 'x-github-event': 'push', 'x-github-delivery': 'gh-2' }, push);
      expect(answer).toEqual({ status: 200, body: { fired: false, reason: 'Branch release/2 does not match main' } });
      expect((await gql(alice, FIRINGS, { id: trigger.id })).data.triggerFirings.pageInfo.total).toBe(0);
      expect((await postWebhook('no-such-token', {}, '{}')).status).toBe(404);
    });
  });

  it('records a chart version once and fires the ON_NEW_MANIFEST triggers whose version regex it passes', async () => {
    const workflow = await seedWorkflow(alice.accountId, 'app-manifest', 'wf');
    // A manifest is known once a version of it was recorded: triggers can name it from then on.
    const first = { applicationId: 'app-manifest', serviceId: 'svc-app-manifest', appManifestId: 'chart-1', version: '0.1.0' };
    expect((await gql(alice, RECORD_MANIFEST, { input: first })).data.recordManifestVersion.firings).toEqual([]);
    const create = (name: string, versionRegex: string) =>
      gql(alice, CREATE, {
        input: {
          name,
          applicationId: 'app-manifest',
          condition: { conditionType: 'ON_NEW_MANIFEST', manifestConditionInput: { appManifestId: 'chart-1', versionRegex } },
          action: {
            executionType: 'WORKFLOW',
            entityId: workflow.id,
            manifestSelections: [{ serviceId: 'svc-app-manifest', manifestSelectionType: 'FROM_APP_MANIFEST' }],
          },
        },
      });
    const stable = (await create('stable', '\\d+\\.\\d+\\.\\d+')).data.createTrigger.trigger;
    const beta = (await create('beta', '.*-beta')).data.createTrigger.trigger;
    expect(stable.condition).toEqual({ __typename: 'OnNewManifest', triggerConditionType: 'NEW_MANIFEST', appManifestId: 'chart-1', versionRegex: '\\d+\\.\\d+\\.\\d+' });

    const input = { applicationId: 'app-manifest', serviceId: 'svc-app-manifest', appManifestId: 'chart-1', version: '1.2.3' };
    const recorded = await gql(alice, RECORD_MANIFEST, { input });
    expect(recorded.data.recordManifestVersion).toEqual({
      manifest: { version: '1.2.3', applicationManifestId: 'chart-1' },
      firings: [{ triggerId: stable.id, status: 'STARTED', reason: null }],
    });
    const chosen = await gql(alice, `query($id: String!) { triggerFirings(triggerId: $id, limit: 10) { nodes { status manifests { id name version applicationManifestId createdAt } } } }`, { id: stable.id });
    const recordedId = (await new ManifestVersionRepository(subgraph.connection).byVersion(alice.accountId, 'chart-1', '1.2.3'))?.id;
    expect(chosen.data.triggerFirings.nodes).toEqual([{ status: 'STARTED', manifests: [{ id: recordedId, name: '1.2.3', version: '1.2.3', applicationManifestId: 'chart-1', createdAt: null }] }]);
    expect((await gql(alice, RECORD_MANIFEST, { input })).data.recordManifestVersion.firings).toEqual([]);
    expect((await gql(alice, FIRINGS, { id: beta.id })).data.triggerFirings.pageInfo.total).toBe(0);
    const noRights = testPrincipal(alice.accountId, { permissions: NO_PERMISSIONS });
    expect((await gql(noRights, RECORD_MANIFEST, { input: { ...input, version: '9.9.9' } })).errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });
  describe('what a trigger names from other subgraphs', () => {
    const account = 'acc-trig-names';
    const admin = testPrincipal(account, { kind: 'user', id: 'u-names', permissions: ACCOUNT_ADMINISTRATOR });
    let seen = '-';

    const tellConnector = (accountId: string, connectorId: string, name: string, connectorType = 'GIT', type: 'connector.created' | 'connector.deleted' = 'connector.created') =>
      new KnownConnectorProjection(subgraph.connection).apply(
        createDomainEvent(type, { accountId, connectorId, name, connectorType }),
        eventPosition(`1733052000000-${++position}`),
      );

    /** The connector reference events published for this account since the last call. */
    async function announced(): Promise<Data[]> {
      const entries = await redis.redis.xrange(`${redis.prefix}domain-events:connector-references`, seen === '-' ? '-' : `(${seen}`, '+');
      if (entries.length > 0) seen = entries[entries.length - 1][0];
      return entries
        .map(([, fields]) => JSON.parse(fields[fields.indexOf(EVENT_FIELD) + 1]) as DomainEvent<'connector.referenced' | 'connector.unreferenced'>)
        .filter((event) => event.accountId === account)
        .map((event) => ({ type: event.type, connectorId: event.payload.connectorId, referrer: event.payload.referrer }));
    }

    const webhookInput = (workflowId: string, name: string, gitConnectorId: string | null) => ({
      name,
      applicationId: 'app-names',
      condition: { conditionType: 'ON_WEBHOOK', webhookConditionInput: { webhookSourceType: 'GITHUB', githubEvent: { event: 'PUSH' }, gitConnectorId } },
      action: { executionType: 'WORKFLOW', entityId: workflowId },
    });

    it("checks a webhook trigger's git connector against the account's GIT connectors and shows its name", async () => {
      const workflow = await seedWorkflow(account, 'app-names', 'wf-git');
      await tellConnector(account, 'git-infra', 'infra-repo');
      await tellConnector(account, 'docker-hub', 'hub', 'DOCKER');
      await tellConnector('acc-trig-elsewhere', 'git-theirs', 'theirs');
      const refusal = async (gitConnectorId: string) => (await gql(admin, CREATE, { input: webhookInput(workflow.id, 'hook-bad', gitConnectorId) })).errors?.[0];

      expect(await refusal('git-unknown')).toMatchObject({ message: 'Git connector does not exist (git-unknown)', extensions: { code: 'NOT_FOUND' } });
      expect(await refusal('git-theirs')).toMatchObject({ message: 'Git connector does not exist (git-theirs)', extensions: { code: 'NOT_FOUND' } });
      expect(await refusal('docker-hub')).toMatchObject({
        message: 'Connector hub (docker-hub) is a DOCKER connector, not a GIT connector',
        extensions: { code: 'BAD_USER_INPUT' },
      });

      const created = await gql(admin, CREATE, { input: webhookInput(workflow.id, 'hook-git', 'git-infra') });
      expect(created.errors).toBeUndefined();
      const id = created.data.createTrigger.trigger.id;
      expect((await gql(admin, NAMED, { id })).data.trigger.condition).toEqual({ gitConnectorId: 'git-infra', gitConnectorName: 'infra-repo' });
      // connectors publishes a rename as connector.created again; a deleted connector has no name any more.
      await tellConnector(account, 'git-infra', 'infra-repo-v2');
      expect((await gql(admin, NAMED, { id })).data.trigger.condition.gitConnectorName).toBe('infra-repo-v2');
      await tellConnector(account, 'git-infra', 'infra-repo-v2', 'GIT', 'connector.deleted');
      expect((await gql(admin, NAMED, { id })).data.trigger.condition).toEqual({ gitConnectorId: 'git-infra', gitConnectorName: null });
      expect(await refusal('git-infra')).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    });

    it('tells connectors which git connector each trigger uses: on create, rename, switch, removal and delete', async () => {
      const workflow = await seedWorkflow(account, 'app-names', 'wf-refs');
      await tellConnector(account, 'git-a', 'repo-a');
      await tellConnector(account, 'git-b', 'repo-b');
      await announced();
      const as = (id: string, name: string) => ({ type: 'TRIGGER', id, name });

      const id = (await gql(admin, CREATE, { input: webhookInput(workflow.id, 'on-push', 'git-a') })).data.createTrigger.trigger.id;
      expect(await announced()).toEqual([{ type: 'connector.referenced', connectorId: 'git-a', referrer: as(id, 'on-push') }]);
      const update = async (name: string, gitConnectorId: string | null) =>
        expect((await gql(admin, UPDATE, { input: { ...webhookInput(workflow.id, name, gitConnectorId), triggerId: id } })).errors).toBeUndefined();
      await update('on-push', 'git-a');
      expect(await announced()).toEqual([]);
      await update('on-main-push', 'git-a');
      expect(await announced()).toEqual([{ type: 'connector.referenced', connectorId: 'git-a', referrer: as(id, 'on-main-push') }]);
      await update('on-main-push', 'git-b');
      expect(await announced()).toEqual([
        { type: 'connector.unreferenced', connectorId: 'git-a', referrer: as(id, 'on-main-push') },
        { type: 'connector.referenced', connectorId: 'git-b', referrer: as(id, 'on-main-push') },
      ]);
      await update('on-main-push', null);
      expect(await announced()).toEqual([{ type: 'connector.unreferenced', connectorId: 'git-b', referrer: as(id, 'on-main-push') }]);
      await update('on-main-push', 'git-b');
      await announced();
      expect((await gql(admin, DELETE, { input: { applicationId: 'app-names', triggerId: id } })).errors).toBeUndefined();
      expect(await announced()).toEqual([{ type: 'connector.unreferenced', connectorId: 'git-b', referrer: as(id, 'on-main-push') }]);
    });

    it('learns connectors from the connectors stream through its subscription', async () => {
      const workflow = await seedWorkflow(account, 'app-names', 'wf-stream');
      const publisher = new DomainEventPublisher(redis.redis, { keyPrefix: redis.prefix });
      await publisher.publish(createDomainEvent('connector.created', { accountId: account, connectorId: 'git-streamed', name: 'streamed', connectorType: 'GIT' }));
      // The subscriber applies it on its own schedule: a bounded wait until the trigger is accepted.
      let created: { data: Data; errors?: Data[] } | undefined;
      for (let attempt = 0; attempt < 100; attempt += 1) {
        created = await gql(admin, CREATE, { input: webhookInput(workflow.id, 'hook-streamed', 'git-streamed') });
        if (!created.errors) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(created?.errors).toBeUndefined();
      expect((await gql(admin, NAMED, { id: created!.data.createTrigger.trigger.id })).data.trigger.condition.gitConnectorName).toBe('streamed');
    });

    it('knows an app manifest once a version was recorded, in its application and for its service, by the name given', async () => {
      const workflow = await seedWorkflow(account, 'app-charts', 'wf-charts');
      await seedCatalog(account, 'app-other');
      const record = (input: Data) => gql(admin, RECORD_MANIFEST, { input: { applicationId: 'app-charts', serviceId: 'svc-app-charts', ...input } });
      const manifestTrigger = (name: string, appManifestId: string, manifestSelections: Data[] = []) =>
        gql(admin, CREATE, {
          input: {
            name,
            applicationId: 'app-charts',
            condition: { conditionType: 'ON_NEW_MANIFEST', manifestConditionInput: { appManifestId } },
            action: { executionType: 'WORKFLOW', entityId: workflow.id, manifestSelections },
          },
        });

      expect((await manifestTrigger('too-early', 'chart-api')).errors?.[0]).toMatchObject({
        message: 'App manifest does not exist (chart-api); record a version of it first',
        extensions: { code: 'NOT_FOUND' },
      });
      expect((await record({ appManifestId: 'chart-api', version: '1.0.0', appManifestName: 'api chart' })).errors).toBeUndefined();
      // Once recorded, the manifest belongs to that service of that application.
      expect((await record({ applicationId: 'app-other', serviceId: 'svc-app-other', appManifestId: 'chart-api', version: '1.0.1' })).errors?.[0]).toMatchObject({
        message: 'App manifest chart-api belongs to service svc-app-charts of application app-charts',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      expect((await record({ serviceId: 'svc-unknown', appManifestId: 'chart-x', version: '1.0.0' })).errors?.[0]).toMatchObject({
        message: 'Service does not exist (svc-unknown)',
        extensions: { code: 'NOT_FOUND' },
      });
      await gql(admin, RECORD_MANIFEST, { input: { applicationId: 'app-other', serviceId: 'svc-app-other', appManifestId: 'chart-other', version: '1.0.0' } });
      expect((await manifestTrigger('elsewhere', 'chart-other')).errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
      expect(
        (await manifestTrigger('wrong-service', 'chart-api', [{ serviceId: 'svc-app-other', manifestSelectionType: 'FROM_APP_MANIFEST' }])).errors?.[0],
      ).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: 'Service does not exist (svc-app-other)' });

      const created = await manifestTrigger('on-chart', 'chart-api', [{ serviceId: 'svc-app-charts', manifestSelectionType: 'FROM_APP_MANIFEST' }]);
      expect(created.errors).toBeUndefined();
      const id = created.data.createTrigger.trigger.id;
      expect((await gql(admin, NAMED, { id })).data.trigger.condition).toEqual({ appManifestId: 'chart-api', appManifestName: 'api chart', serviceId: 'svc-app-charts' });
      // A later recording without a name keeps it; one with a name renames the manifest.
      await record({ appManifestId: 'chart-api', version: '1.1.0' });
      expect((await gql(admin, NAMED, { id })).data.trigger.condition.appManifestName).toBe('api chart');
      await record({ appManifestId: 'chart-api', version: '1.2.0', appManifestName: 'API chart' });
      expect((await gql(admin, NAMED, { id })).data.trigger.condition.appManifestName).toBe('API chart');
    });

    it('deploys the manifest version a custom webhook payload names (WEBHOOK_VARIABLE), once it was recorded', async () => {
      const workflow = await seedWorkflow(account, 'app-hookvar', 'wf-hookvar');
      const chart = { applicationId: 'app-hookvar', serviceId: 'svc-app-hookvar', appManifestId: 'chart-hookvar' };
      await gql(admin, RECORD_MANIFEST, { input: { ...chart, version: '3.1.0' } });
      const created = await gql(admin, CREATE, {
        input: {
          name: 'hook-manifest',
          applicationId: 'app-hookvar',
          condition: { conditionType: 'ON_WEBHOOK', webhookConditionInput: { webhookSourceType: 'CUSTOM' } },
          action: {
            executionType: 'WORKFLOW',
            entityId: workflow.id,
            manifestSelections: [{ serviceId: 'svc-app-hookvar', manifestSelectionType: 'WEBHOOK_VARIABLE', appManifestId: 'chart-hookvar' }],
          },
        },
      });
      expect(created.errors).toBeUndefined();
      const details = created.data.createTrigger.trigger.condition.webhookDetails;
      expect(JSON.parse(details.payload)).toEqual({
        application: 'app-hookvar',
        artifacts: [],
        manifests: [{ service: 'svc-app-hookvar', versionNumber: '<chart-hookvar version>' }],
      });
      const token = (details.webhookURL as string).slice((details.webhookURL as string).lastIndexOf('/') + 1);
      const deliver = (id: string, body: Data) => postWebhook(token, { 'x-delivery-id': id }, JSON.stringify(body));

      expect((await deliver('v-1', { manifests: [{ service: 'svc-app-hookvar', versionNumber: '3.1.0' }] })).body.firing).toMatchObject({
        status: 'STARTED',
        executionId: expect.any(String),
      });
      expect((await deliver('v-2', { manifests: [{ service: 'svc-app-hookvar', versionNumber: '9.9.9' }] })).body.firing).toMatchObject({
        status: 'REFUSED',
        reason: 'NO_MATCHING_ARTIFACT',
        message: 'Version 9.9.9 of manifest chart-hookvar has not been recorded',
      });
      expect((await deliver('v-3', { branch: 'main' })).body.firing).toMatchObject({
        status: 'REFUSED',
        message: 'The payload names no manifest version for service svc-app-hookvar',
      });
    });

    it("checks a manifest selection's manifest belongs to the selection's service", async () => {
      const workflow = await seedWorkflow(account, 'app-sel', 'wf-sel');
      const services = new CatalogProjection(subgraph.connection);
      const second = { accountId: account, serviceId: 'svc-second', appId: 'app-sel', name: 'second', deploymentType: 'HELM', artifactType: 'DOCKER' };
      await services.apply(createDomainEvent('service.created', second), eventPosition(`1733052000000-${++position}`));
      await gql(admin, RECORD_MANIFEST, { input: { applicationId: 'app-sel', serviceId: 'svc-app-sel', appManifestId: 'chart-sel', version: '2.0.0', appManifestName: 'sel chart' } });
      const withSelection = (serviceId: string) =>
        gql(admin, CREATE, {
          input: {
            name: `sel-${serviceId}`,
            applicationId: 'app-sel',
            condition: { conditionType: 'ON_SCHEDULE', scheduleConditionInput: { cronExpression: '0 0 12 ? * MON-FRI' } },
            action: { executionType: 'WORKFLOW', entityId: workflow.id, manifestSelections: [{ serviceId, manifestSelectionType: 'LAST_COLLECTED', appManifestId: 'chart-sel' }] },
          },
        });
      expect((await withSelection('svc-second')).errors?.[0]).toMatchObject({ message: 'App manifest chart-sel is not a manifest of service svc-second', extensions: { code: 'BAD_USER_INPUT' } });
      const created = await withSelection('svc-app-sel');
      expect(created.errors).toBeUndefined();
      const read = await gql(admin, NAMED, { id: created.data.createTrigger.trigger.id });
      expect(read.data.trigger.action.manifestSelections).toEqual([{ __typename: 'LastCollectedManifest', serviceId: 'svc-app-sel', appManifestId: 'chart-sel', appManifestName: 'sel chart' }]);
    });
  });
});
