import type { Principal } from '@fg/internal-auth';
import { executeRequestById } from './trigger-execution-starter';
import { EngineLauncherStarter, serviceInputsOf, type ExecutionLauncherLike } from './engine-launcher.starter';
import type { TriggeredExecutionRequest } from './trigger-execution-starter';

describe('the service inputs a firing starts with', () => {
  const names: Record<string, string> = { 'svc-web': 'web', 'svc-db': 'db' };
  const nameOf = (serviceId: string) => names[serviceId] ?? serviceId;

  it('gives each service one input, by name, with its artifact and chart version by id', () => {
    expect(
      serviceInputsOf(
        [
          { serviceId: 'svc-web', artifactSourceId: 'src-web', artifactId: 'art-1', buildNo: '1.0' },
          { serviceId: 'svc-db', artifactSourceId: 'src-db', artifactId: 'art-2', buildNo: '15' },
        ],
        [{ serviceId: 'svc-web', appManifestId: 'chart-web', manifestId: 'mv-1', version: '3.1.0' }],
        nameOf,
      ),
    ).toEqual([
      { name: 'web', artifactValueInput: { valueType: 'ARTIFACT_ID', artifactId: { artifactId: 'art-1' } }, manifestValueInput: { valueType: 'HELM_CHART_ID', helmChartId: 'mv-1' } },
      { name: 'db', artifactValueInput: { valueType: 'ARTIFACT_ID', artifactId: { artifactId: 'art-2' } } },
    ]);
  });

  it('keeps a chart version chosen without an artifact (the engine then names the missing artifact)', () => {
    expect(serviceInputsOf([], [{ serviceId: 'svc-x', appManifestId: 'chart-x', manifestId: 'mv-9', version: '1' }], nameOf)).toEqual([
      { name: 'svc-x', manifestValueInput: { valueType: 'HELM_CHART_ID', helmChartId: 'mv-9' } },
    ]);
  });
});

describe('what a firing records when the engine refuses the start', () => {
  const principal: Principal = { kind: 'user', id: 'u-1', accountId: 'acc-1', permissions: { accountPermissions: [], appPermissions: [] } };
  const request: TriggeredExecutionRequest = {
    principal,
    trigger: { id: 'trg-1', name: 'nightly' },
    applicationId: 'app-1',
    executionType: 'WORKFLOW',
    entityId: 'wf-1',
    variables: [],
    artifacts: [],
    manifests: [],
    excludeHostsWithSameArtifact: false,
    continueWithDefaultValues: false,
    notes: '',
  };
  const refusingWith = (code: string, message: string): ExecutionLauncherLike => ({
    start: () => Promise.reject(Object.assign(new Error(message), { extensions: { code } })),
    executeRequest: (_accountId, target) => Promise.resolve(executeRequestById(target)),
  });
  const noNames = () => Promise.resolve(new Map<string, string>());

  it.each([
    ['FORBIDDEN', 'NOT_AUTHORIZED'],
    ['DEPLOYMENT_LIMIT_REACHED', 'QUOTA_EXCEEDED'],
    ['BAD_USER_INPUT', 'INVALID_EXECUTION_INPUT'],
    ['NOT_FOUND', 'INVALID_EXECUTION_INPUT'],
    // The deployment quota fails closed while Redis is away: recorded with the engine's own words, not as a crash.
    ['SERVICE_UNAVAILABLE', 'START_FAILED'],
    ['CONFLICT', 'START_FAILED'],
  ])('%s becomes %s with the engine message', async (code, reason) => {
    const outcome = await new EngineLauncherStarter(refusingWith(code, `refused: ${code}`), noNames).start(request);
    expect(outcome).toEqual({ started: false, reason, message: `refused: ${code}` });
  });

  it('lets an error without a code through (the firer records it as an unexpected failure and logs it)', async () => {
    await expect(new EngineLauncherStarter(refusingWith('', 'boom'), noNames).start(request)).rejects.toThrow('boom');
  });
});
