import { createDomainEvent, eventPosition } from '@fg/domain-events';
import { ACCOUNT_ADMINISTRATOR } from '@fg/permissions';
import { AppManifestRepository, ArtifactSourceProjection, CatalogProjection, ManifestVersionRepository } from '@fg/pipelines-workflows-executions/data-access';
import { testPrincipal } from '@fg/testing';
import { engineHarness, type EngineHarness } from '../testing/engine.fixture';
import { isFinal, type PipelineExecution } from '../execution/execution.entity';
import { newPipelineExecution } from './execution-builder';
import { ProjectedExecutionFacts } from './projected-execution-facts';

// The catalog as apps-services' events leave it: an environment and an infrastructure definition deleted (tombstones).
const ACCOUNT = 'acc-targets';
let harness: EngineHarness;
let catalog: CatalogProjection;
let sequence = 0;
const at = () => eventPosition(`1733052000000-${(sequence += 1)}`);
const environment = (environmentId: string) => ({ accountId: ACCOUNT, environmentId, appId: 'app-1', name: environmentId, environmentType: 'NON_PROD' as const });
const definition = (id: string) => ({
  accountId: ACCOUNT,
  infrastructureDefinitionId: id,
  appId: 'app-1',
  environmentId: 'env-live',
  name: id,
  deploymentType: 'KUBERNETES',
  cloudProviderId: 'cp-1',
  scopedToServices: [],
});

beforeAll(async () => {
  harness = await engineHarness({ LIMIT_DEPLOYMENTS_PER_24H: '3' }, (connection) => {
    catalog = new CatalogProjection(connection);
    return new ProjectedExecutionFacts(catalog, new ArtifactSourceProjection(connection), { appManifests: new AppManifestRepository(connection), versions: new ManifestVersionRepository(connection) });
  });
  await catalog.apply(createDomainEvent('application.created', { accountId: ACCOUNT, appId: 'app-1', name: 'shop', disableTriggers: false, isManualTriggerAuthorized: false, areWebHookSecretsMandated: false }), at());
  await catalog.apply(createDomainEvent('environment.created', environment('env-live')), at());
  await catalog.apply(createDomainEvent('environment.created', environment('env-gone')), at());
  await catalog.apply(createDomainEvent('infrastructureDefinition.created', definition('infra-live')), at());
  await catalog.apply(createDomainEvent('infrastructureDefinition.created', definition('infra-gone')), at());
  await catalog.apply(createDomainEvent('environment.deleted', environment('env-gone')), at());
  await catalog.apply(createDomainEvent('infrastructureDefinition.deleted', definition('infra-gone')), at());
  await harness.startWorker();
});
afterAll(() => harness.cleanup());

const admin = testPrincipal(ACCOUNT, { permissions: ACCOUNT_ADMINISTRATOR });
const wait = { type: 'WAIT' as const, name: 'nap', durationMs: 60_000 };
const deployTo = (infrastructureDefinitionId: string) => ({ type: 'DEPLOY' as const, name: 'deploy', serviceId: 'svc-1', infrastructureDefinitionId });
const startWorkflow = async (workflowId: string) => (await harness.launcher()).start(admin, { applicationId: 'app-1', executionType: 'WORKFLOW', entityId: workflowId });
const workflowStage = (name: string, workflowId: string) => ({ id: `stage-${name}`, name, parallelWithPrevious: false, type: 'WORKFLOW' as const, workflowId, workflowVariables: [] });

describe('a deleted environment or infrastructure definition', () => {
  it('refuses to start a workflow deploying to a deleted environment, reserving and storing nothing', async () => {
    const workflow = await harness.workflow(ACCOUNT, { environmentId: 'env-gone', phases: [{ name: 'p', steps: [wait] }] });
    await expect(startWorkflow(workflow.id)).rejects.toMatchObject({
      message: 'Environment env-gone this workflow deploys to does not exist',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await harness.executions.countMatching(ACCOUNT, { workflowId: workflow.id })).toBe(0);
    expect(await harness.quota.usage(ACCOUNT)).toEqual({ used: 0, reserved: 0 });
  });

  it('refuses a workflow whose DEPLOY step names a deleted infrastructure definition, and starts one whose targets exist', async () => {
    const gone = await harness.workflow(ACCOUNT, { environmentId: 'env-live', phases: [{ name: 'p', steps: [deployTo('infra-gone')] }] });
    await expect(startWorkflow(gone.id)).rejects.toMatchObject({
      message: 'Infrastructure definition infra-gone deployed to by this workflow does not exist',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const live = await harness.workflow(ACCOUNT, { environmentId: 'env-live', phases: [{ name: 'p', steps: [wait] }] });
    expect((await startWorkflow(live.id)).execution).toMatchObject({ status: 'QUEUED', environmentId: 'env-live', environmentType: 'NON_PROD' });
    expect(await harness.quota.usage(ACCOUNT)).toEqual({ used: 0, reserved: 0 });
  });

  it('refuses a pipeline up front when a stage workflow deploys to a deleted environment, naming the stage', async () => {
    const live = await harness.workflow(ACCOUNT, { environmentId: 'env-live', phases: [{ name: 'p', steps: [wait] }] });
    const gone = await harness.workflow(ACCOUNT, { environmentId: 'env-gone', phases: [{ name: 'p', steps: [wait] }] });
    const pipeline = await harness.pipelines.create(ACCOUNT, {
      applicationId: 'app-1',
      name: 'release',
      description: null,
      variables: [],
      stages: [workflowStage('qa', live.id), workflowStage('prod', gone.id)],
      createdBy: null,
    });
    await expect((await harness.launcher()).start(admin, { applicationId: 'app-1', executionType: 'PIPELINE', entityId: pipeline.id })).rejects.toMatchObject({
      message: 'Pipeline stage "prod": Environment env-gone this workflow deploys to does not exist',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await harness.executions.countMatching(ACCOUNT, { pipelineId: pipeline.id })).toBe(0);
  });

  it('fails the member, and so the pipeline, when the environment is deleted after the pipeline started', async () => {
    const gone = await harness.workflow(ACCOUNT, { environmentId: 'env-gone', phases: [{ name: 'p', steps: [wait] }] });
    const pipeline = await harness.pipelines.create(ACCOUNT, { applicationId: 'app-1', name: 'late', description: null, variables: [], stages: [workflowStage('deploy', gone.id)], createdBy: null });
    // Stored as the launcher stored it before the deletion arrived.
    const started = await harness.executions.create(newPipelineExecution({ pipeline, cause: { type: 'USER', userId: 'u' }, notes: null, inputVariables: [], artifacts: [], manifests: [], now: Date.now() }));
    await harness.advance.request(ACCOUNT, started.id, 'v0');
    const ended = (await harness.waitFor(ACCOUNT, started.id, (execution) => isFinal(execution.status))) as PipelineExecution;
    expect(ended.status).toBe('FAILED');
    const member = await harness.executions.byId(ACCOUNT, ended.stages[0]!.workflowExecutionId!);
    expect(member).toMatchObject({ status: 'FAILED', failureDetails: 'Environment env-gone this workflow deploys to does not exist' });
  });
});
