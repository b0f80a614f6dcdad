import { ACCOUNT_ADMINISTRATOR, type PermissionSet } from '@fg/permissions';
import type { Principal } from '@fg/internal-auth';
import { startTestSubgraph, type TestSubgraph } from '@fg/subgraph-server/testing';
import { signedHeaders, testPrincipal, testRedis, testServices, type TestRedis } from '@fg/testing';
import { seedEnvironmentTargets } from '../definition/testing';
import { pipelinesSubgraph } from '../subgraph';
import { TRIGGER_WEBHOOK_ROUTE } from './trigger-webhook.route';

const ACCOUNT = 'acc-trigger-rights';
const admin = testPrincipal(ACCOUNT, { kind: 'user', id: 'u-admin', permissions: ACCOUNT_ADMINISTRATOR });
const grant = (permissionType: 'PIPELINE' | 'WORKFLOW', filterType: string, action: string): PermissionSet => ({
  accountPermissions: [],
  appPermissions: [
    permissionType === 'PIPELINE'
      ? { permissionType, applications: { filterType: 'ALL' }, pipelines: { filterTypes: [filterType] }, actions: ['READ', action] }
      : { permissionType, applications: { filterType: 'ALL' }, workflows: { filterTypes: [filterType] }, actions: ['READ', action] },
  ] as PermissionSet['appPermissions'],
});
const pipelineTester = testPrincipal(ACCOUNT, { kind: 'user', id: 'u-pipelines', permissions: grant('PIPELINE', 'NON_PRODUCTION_PIPELINES', 'EXECUTE_PIPELINE') });
const workflowTester = testPrincipal(ACCOUNT, { kind: 'user', id: 'u-workflows', permissions: grant('WORKFLOW', 'NON_PRODUCTION_WORKFLOWS', 'EXECUTE_WORKFLOW') });

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const CREATE_PIPELINE = `mutation($input: CreatePipelineInput!) { createPipeline(input: $input) { pipeline { id } } }`;
const UPDATE_PIPELINE = `mutation($input: UpdatePipelineInput!) { updatePipeline(input: $input) { pipeline { id } } }`;
const CREATE_TRIGGER = `mutation($input: CreateTriggerInput!) {
  createTrigger(input: $input) { trigger { id condition { ... on OnWebhook { webhookDetails { webhookURL } } } } }
}`;
const UPDATE_TRIGGER = `mutation($input: UpdateTriggerInput!) { updateTrigger(input: $input) { trigger { id name } } }`;
const DELETE_TRIGGER = `mutation($input: DeleteTriggerInput!) { deleteTrigger(input: $input) { clientMutationId } }`;
const TRIGGER = `query($id: String!) { trigger(triggerId: $id) { id name } }`;
const APP_TRIGGERS = `query { triggers(filters: [{ application: { operator: EQUALS, values: ["app-1"] } }], limit: 100) { nodes { name } } }`;
const EXECUTION = `query($id: String!) { execution(executionId: $id) { id ... on PipelineExecution { pipeline { id } } ... on WorkflowExecution { workflow { id } } } }`;

describe('trigger permissions ask what a start asks: environments included (real store and Redis)', () => {
  let subgraph: TestSubgraph;
  let redis: TestRedis;
  const ids: Record<string, string> = {};

  const call = async (principal: Principal, query: string, variables?: Record<string, unknown>) => (await subgraph.query<Data>(principal, query, variables)).body;
  const ok = async (principal: Principal, query: string, variables?: Record<string, unknown>) => {
    const body = await call(principal, query, variables);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };
  const stage = (name: string, workflowId: string) => ({ name, type: 'WORKFLOW', workflow: { workflowId, workflowVariables: [] } });
  const webhookTrigger = (name: string, executionType: 'PIPELINE' | 'WORKFLOW', entityId: string) => ({
    name,
    applicationId: 'app-1',
    condition: { conditionType: 'ON_WEBHOOK', webhookConditionInput: { webhookSourceType: 'CUSTOM' } },
    action: { executionType, entityId },
  });
  const tokenOf = (created: Data) => {
    const url: string = created.createTrigger.trigger.condition.webhookDetails.webhookURL;
    return url.slice(url.lastIndexOf('/') + 1);
  };
  const postWebhook = async (token: string, deliveryId: string) => {
    const response = await fetch(`${subgraph.url.replace(/\/graphql$/, '')}${TRIGGER_WEBHOOK_ROUTE}`, {
      method: 'POST',
      headers: signedHeaders(admin),
      body: JSON.stringify({ token, headers: { 'x-delivery-id': deliveryId }, body: '{}' }),
    });
    // A firing answers 202 (started or refused, recorded either way).
    expect(response.status).toBe(202);
    return (await response.json()) as Data;
  };

  const triggerNames = async (principal: Principal) => ((await ok(principal, APP_TRIGGERS)).triggers.nodes as Array<{ name: string }>).map((t) => t.name);
  /** The tester's own trigger is read and listed by it; the admin's for a production target is neither. */
  const expectReadsOnlyNonProduction = async (tester: Principal, own: { id: string; name: string }, production: { id: string; name: string }) => {
    expect((await ok(tester, TRIGGER, { id: own.id })).trigger).toEqual(own);
    const refused = await call(tester, TRIGGER, { id: production.id });
    expect(refused.errors?.[0]).toMatchObject({ message: 'User not authorized', extensions: { code: 'FORBIDDEN' } });
    const visible = await triggerNames(tester);
    expect(visible).toContain(own.name);
    expect(visible).not.toContain(production.name);
    expect(await triggerNames(admin)).toEqual(expect.arrayContaining([own.name, production.name]));
  };
  const saved = async (principal: Principal, name: string, executionType: 'PIPELINE' | 'WORKFLOW', entityId: string) =>
    ({ id: (await ok(principal, CREATE_TRIGGER, { input: webhookTrigger(name, executionType, entityId) })).createTrigger.trigger.id as string, name });

  beforeAll(async () => {
    redis = await testRedis((await testServices()).redisUrl);
    subgraph = await startTestSubgraph(pipelinesSubgraph, { REDIS_KEY_PREFIX: redis.prefix });
    Object.assign(ids, await seedEnvironmentTargets(subgraph, ACCOUNT, admin));
  });
  afterAll(async () => {
    await subgraph.dispose();
    await redis.cleanup();
  });

  it('lets a NON_PRODUCTION_PIPELINES grant save a trigger for a pipeline of non-production stages, which then fires', async () => {
    const created = await ok(pipelineTester, CREATE_TRIGGER, { input: webhookTrigger('qa-and-dev', 'PIPELINE', ids['non-prod']!) });
    const answer = await postWebhook(tokenOf(created), 'qa-1');
    expect(answer).toMatchObject({ fired: true, firing: { status: 'STARTED', executionId: expect.any(String) } });
    expect((await ok(admin, EXECUTION, { id: answer.firing.executionId })).execution).toEqual({ id: answer.firing.executionId, pipeline: { id: ids['non-prod'] } });

    const renamed = await ok(pipelineTester, UPDATE_TRIGGER, { input: { ...webhookTrigger('qa-and-dev-2', 'PIPELINE', ids['non-prod']!), triggerId: created.createTrigger.trigger.id } });
    expect(renamed.updateTrigger.trigger).toMatchObject({ name: 'qa-and-dev-2' });
    await ok(pipelineTester, DELETE_TRIGGER, { input: { applicationId: 'app-1', triggerId: created.createTrigger.trigger.id } });
  });

  it('refuses that grant a trigger for a pipeline with a production stage', async () => {
    const refused = await call(pipelineTester, CREATE_TRIGGER, { input: webhookTrigger('to-prod', 'PIPELINE', ids['to-prod']!) });
    expect(refused.errors?.[0]).toMatchObject({ message: 'User not authorized', extensions: { code: 'FORBIDDEN' } });
  });

  it("refuses a firing once the pipeline gained a production stage after the trigger was saved (the firer's own check)", async () => {
    const pipelineId = (await ok(admin, CREATE_PIPELINE, { input: { applicationId: 'app-1', name: 'grows', stages: [stage('qa', ids['env-qa']!)] } })).createPipeline.pipeline.id;
    const created = await ok(pipelineTester, CREATE_TRIGGER, { input: webhookTrigger('grows', 'PIPELINE', pipelineId) });
    await ok(admin, UPDATE_PIPELINE, { input: { pipelineId, stages: [stage('qa', ids['env-qa']!), stage('prod', ids['env-prod']!)] } });
    const answer = await postWebhook(tokenOf(created), 'grows-1');
    expect(answer.firing).toMatchObject({ status: 'REFUSED', executionId: null, reason: 'NOT_AUTHORIZED', message: `The trigger's creator (user u-pipelines) may not execute pipeline ${pipelineId}` });
  });

  it('asks a workflow trigger by the workflow environment: NON_PRODUCTION_WORKFLOWS covers qa, not prod', async () => {
    const created = await ok(workflowTester, CREATE_TRIGGER, { input: webhookTrigger('qa-workflow', 'WORKFLOW', ids['env-qa']!) });
    const answer = await postWebhook(tokenOf(created), 'wf-1');
    expect(answer).toMatchObject({ fired: true, firing: { status: 'STARTED', executionId: expect.any(String) } });
    expect((await ok(admin, EXECUTION, { id: answer.firing.executionId })).execution).toEqual({ id: answer.firing.executionId, workflow: { id: ids['env-qa'] } });

    const refused = await call(workflowTester, CREATE_TRIGGER, { input: webhookTrigger('prod-workflow', 'WORKFLOW', ids['env-prod']!) });
    expect(refused.errors?.[0]).toMatchObject({ message: 'User not authorized', extensions: { code: 'FORBIDDEN' } });
  });

  it('lets a NON_PRODUCTION_PIPELINES grant read and list the trigger it saved, not one of a pipeline with a production stage', async () => {
    const own = await saved(pipelineTester, 'read-qa-and-dev', 'PIPELINE', ids['non-prod']!);
    const production = await saved(admin, 'read-to-prod', 'PIPELINE', ids['to-prod']!);
    await expectReadsOnlyNonProduction(pipelineTester, own, production);
  });

  it('lets a NON_PRODUCTION_WORKFLOWS grant read and list the trigger it saved, not one of a production workflow', async () => {
    const own = await saved(workflowTester, 'read-qa-workflow', 'WORKFLOW', ids['env-qa']!);
    const production = await saved(admin, 'read-prod-workflow', 'WORKFLOW', ids['env-prod']!);
    await expectReadsOnlyNonProduction(workflowTester, own, production);
  });

  it("keeps the target's environments as of the trigger's last write: a later production stage shows at its next update", async () => {
    const pipelineId = (await ok(admin, CREATE_PIPELINE, { input: { applicationId: 'app-1', name: 'grows-later', stages: [stage('qa', ids['env-qa']!)] } })).createPipeline.pipeline.id;
    const own = await saved(pipelineTester, 'grows-later', 'PIPELINE', pipelineId);
    const stored = await subgraph.connection.collection('triggers').findOne({ _id: own.id as never });
    expect(stored?.targetEnvironments).toEqual([{ id: 'env-qa', type: 'NON_PROD' }]);

    await ok(admin, UPDATE_PIPELINE, { input: { pipelineId, stages: [stage('qa', ids['env-qa']!), stage('prod', ids['env-prod']!)] } });
    expect((await ok(pipelineTester, TRIGGER, { id: own.id })).trigger).toEqual(own);

    await ok(admin, UPDATE_TRIGGER, { input: { ...webhookTrigger('grows-later', 'PIPELINE', pipelineId), triggerId: own.id } });
    expect((await call(pipelineTester, TRIGGER, { id: own.id })).errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(await triggerNames(pipelineTester)).not.toContain('grows-later');
  });

  it('checks a trigger written before environments were kept by its target id alone', async () => {
    const old = await saved(admin, 'written-before', 'PIPELINE', ids['non-prod']!);
    await subgraph.connection.collection('triggers').updateOne({ _id: old.id as never }, { $unset: { targetEnvironments: 1 } });
    expect((await call(pipelineTester, TRIGGER, { id: old.id })).errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(await triggerNames(pipelineTester)).not.toContain('written-before');
    expect((await ok(admin, TRIGGER, { id: old.id })).trigger).toEqual(old);
  });
});
