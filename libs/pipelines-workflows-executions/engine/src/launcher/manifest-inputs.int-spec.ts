import { ACCOUNT_ADMINISTRATOR } from '@fg/permissions';
import { AppManifestRepository, ManifestVersionRepository } from '@fg/pipelines-workflows-executions/data-access';
import { testPrincipal } from '@fg/testing';
import { isFinal, type PipelineExecution, type WorkflowExecution } from '../execution/execution.entity';
import { executionEndedEvent } from '../engine/execution-ended';
import { engineHarness, staticFacts, type EngineHarness } from '../testing/engine.fixture';

// Chart versions are recorded in the real store (recordManifestVersion's repositories), as the subgraph keeps them.
const ACCOUNT = 'acc-manifests';
let harness: EngineHarness;
let appManifests: AppManifestRepository;
let versions: ManifestVersionRepository;
const services = [
  { id: 'svc-web', name: 'web', artifactSources: [{ id: 'src-web', name: 'nginx' }] },
  { id: 'svc-db', name: 'db', artifactSources: [{ id: 'src-db', name: 'postgres' }] },
];

beforeAll(async () => {
  harness = await engineHarness({}, (connection) => {
    appManifests = new AppManifestRepository(connection);
    versions = new ManifestVersionRepository(connection);
    return staticFacts(services, { appManifests, versions });
  });
  await harness.startWorker();
});
afterAll(() => harness.cleanup());

const admin = testPrincipal(ACCOUNT, { permissions: ACCOUNT_ADMINISTRATOR });
const deploy = (serviceId: string) => ({ type: 'DEPLOY' as const, name: `deploy-${serviceId}`, serviceId, infrastructureDefinitionId: null });
const build = (name: string, artifactSourceName: string, manifestValueInput?: Record<string, unknown>) => ({
  name,
  artifactValueInput: { valueType: 'BUILD_NUMBER' as const, buildNumber: { artifactSourceName, buildNumber: '1' } },
  ...(manifestValueInput ? { manifestValueInput: manifestValueInput as never } : {}),
});
const byNumber = (appManifestName: string, versionNumber: string) => ({ valueType: 'VERSION_NUMBER', versionNumber: { appManifestName, versionNumber } });

async function record(serviceId: string, appManifestId: string, name: string, version: string) {
  const registered = await appManifests.register(ACCOUNT, { id: appManifestId, applicationId: 'app-1', serviceId, name });
  if (!registered.ok) throw new Error('manifest owned elsewhere');
  return (await versions.record(ACCOUNT, { applicationId: 'app-1', serviceId, appManifestId, version })).version;
}

describe('manifest inputs of an execution (real store)', () => {
  beforeAll(async () => {
    await record('svc-web', 'chart-web', 'web chart', '1.0.0');
    await record('svc-web', 'chart-web', 'web chart', '1.1.0');
  });

  it('lists the deployed services that have a chart as taking a manifest input', async () => {
    const workflow = await harness.workflow(ACCOUNT, { phases: [{ name: 'p', steps: [deploy('svc-web'), deploy('svc-db')] }] });
    expect(await (await harness.launcher()).servicesNeedingInputs(admin, 'app-1', 'WORKFLOW', workflow.id)).toEqual({ artifacts: ['svc-web', 'svc-db'], manifests: ['svc-web'] });
  });

  it('names the service and the input when a chart version cannot be used', async () => {
    const workflow = await harness.workflow(ACCOUNT, { phases: [{ name: 'p', steps: [deploy('svc-web'), deploy('svc-db')] }] });
    const launcher = await harness.launcher();
    const start = (web: Record<string, unknown>, db?: Record<string, unknown>) =>
      launcher.start(admin, { applicationId: 'app-1', executionType: 'WORKFLOW', entityId: workflow.id, serviceInputs: [build('web', 'nginx', web), build('db', 'postgres', db)] });
    const bad = async (promise: Promise<unknown>, message: string) => expect(promise).rejects.toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
    await bad(start(byNumber('web chart', '9.9.9')), 'Service "web": version 9.9.9 of manifest "web chart" has not been recorded');
    await bad(start(byNumber('api chart', '1.0.0')), 'Service "web" has no application manifest named "api chart"');
    await bad(start({ valueType: 'VERSION_NUMBER' }), 'Service "web": valueType VERSION_NUMBER needs versionNumber with appManifestName and versionNumber');
    await bad(start({ valueType: 'HELM_CHART_ID' }), 'Service "web": valueType HELM_CHART_ID needs helmChartId');
    await bad(start({ valueType: 'HELM_CHART_ID', helmChartId: 'nope' }), 'Service "web": helm chart nope is not a recorded version of a manifest of this service');
    // A chart version of web's manifest is not db's.
    const webVersion = await versions.byVersion(ACCOUNT, 'chart-web', '1.0.0');
    await bad(start(byNumber('web chart', '1.0.0'), { valueType: 'HELM_CHART_ID', helmChartId: webVersion?.id }), `Service "db": helm chart ${webVersion?.id} is not a recorded version of a manifest of this service`);
  });

  it('deploys the chosen chart version with the artifact and announces it when the execution ends', async () => {
    const workflow = await harness.workflow(ACCOUNT, { phases: [{ name: 'p', steps: [deploy('svc-web'), deploy('svc-db')] }] });
    const launcher = await harness.launcher();
    const { execution } = await launcher.start(admin, {
      applicationId: 'app-1',
      executionType: 'WORKFLOW',
      entityId: workflow.id,
      // db has no chart: it deploys without one.
      serviceInputs: [build('web', 'nginx', byNumber('web chart', '1.1.0')), build('db', 'postgres')],
    });
    const chosen = await versions.byVersion(ACCOUNT, 'chart-web', '1.1.0');
    const manifest = { serviceId: 'svc-web', manifestId: chosen?.id, appManifestId: 'chart-web', version: '1.1.0', recordedAt: chosen?.createdAt };
    expect(execution).toMatchObject({ manifests: [manifest] });
    const done = (await harness.waitFor(ACCOUNT, execution.id, (e) => isFinal(e.status))) as WorkflowExecution;
    expect(done.status).toBe('SUCCESS');
    expect(done.deployments.map((deployment) => [deployment.serviceId, deployment.manifest ?? null])).toEqual([
      ['svc-web', manifest],
      ['svc-db', null],
    ]);
    // The helmChartVersion filter's field, as stored.
    expect(await harness.db.connection.collection('executions').countDocuments({ accountId: ACCOUNT, 'manifests.version': '1.1.0' })).toBe(1);
    expect(executionEndedEvent(done, []).payload).toMatchObject({ manifests: [{ serviceId: 'svc-web', appManifestId: 'chart-web', manifestId: chosen?.id, version: '1.1.0' }] });
  });

  it('hands a pipeline’s chart versions to its members (by helmChartId too) and announces them with the pipeline’s end', async () => {
    const deployer = await harness.workflow(ACCOUNT, { phases: [{ name: 'p', steps: [deploy('svc-web')] }] });
    const pipeline = await harness.pipelines.create(ACCOUNT, {
      applicationId: 'app-1',
      name: 'charts',
      description: null,
      stages: [{ id: 's', name: 's', type: 'WORKFLOW', workflowId: deployer.id, workflowVariables: [], parallelWithPrevious: false }],
    });
    const chosen = await versions.byVersion(ACCOUNT, 'chart-web', '1.0.0');
    const { execution } = await (await harness.launcher()).start(admin, {
      applicationId: 'app-1',
      executionType: 'PIPELINE',
      entityId: pipeline.id,
      serviceInputs: [build('web', 'nginx', { valueType: 'HELM_CHART_ID', helmChartId: chosen?.id })],
    });
    const done = (await harness.waitFor(ACCOUNT, execution.id, (e) => isFinal(e.status))) as PipelineExecution;
    expect(done.status).toBe('SUCCESS');
    const member = (await harness.executions.byId(ACCOUNT, done.stages[0]?.workflowExecutionId as string)) as WorkflowExecution;
    expect(member.deployments[0]?.manifest).toMatchObject({ manifestId: chosen?.id, version: '1.0.0' });
    expect(executionEndedEvent(done, [member]).payload).toMatchObject({
      manifests: [{ serviceId: 'svc-web', appManifestId: 'chart-web', manifestId: chosen?.id, version: '1.0.0' }],
    });
  });
});
