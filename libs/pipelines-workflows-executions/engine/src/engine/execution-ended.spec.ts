import type { DeploymentRecord, ExecutionManifest, PipelineExecution, WorkflowExecution } from '../execution/execution.entity';
import { executionEndedEvent } from './execution-ended';

const chart = (serviceId: string, version: string): ExecutionManifest => ({ serviceId, manifestId: `mv-${version}`, appManifestId: `chart-${serviceId}`, version, recordedAt: 1 });

const deployment = (serviceId: string, fields: Partial<DeploymentRecord> = {}): DeploymentRecord => ({
  stepId: `step-${serviceId}`,
  serviceId,
  environmentId: 'env-1',
  infrastructureDefinitionId: null,
  artifactId: `art-${serviceId}`,
  buildNo: '1',
  deployedAt: 5,
  ...fields,
});

function workflowExecution(id: string, fields: Partial<WorkflowExecution>): WorkflowExecution {
  return {
    id,
    accountId: 'acc',
    applicationId: 'app',
    executionType: 'WORKFLOW',
    workflowId: 'wf',
    version: 3,
    status: 'SUCCESS',
    name: 'deploy',
    cause: { type: 'USER', userId: 'u' },
    notes: null,
    failureDetails: null,
    inputVariables: [],
    abortRequested: false,
    createdAt: 1,
    startedAt: 2,
    endedAt: 10,
    environmentId: 'env-1',
    environmentType: 'NON_PROD',
    pipelineExecutionId: null,
    serviceIds: [],
    artifacts: [],
    steps: [],
    quota: null,
    deployments: [],
    ...fields,
  };
}

describe('the execution.ended event', () => {
  it('carries each deployed service once: its collected artifact, and its chart version when one was deployed', () => {
    const execution = workflowExecution('e-1', {
      artifacts: [
        { serviceId: 'web', artifactSourceId: 'src-web', artifactId: 'art-web', buildNo: '1' },
        // Built outside the platform: no artifact id, so no artifact a trigger could select again.
        { serviceId: 'db', artifactSourceId: 'src-db', artifactId: null, buildNo: '15' },
      ],
      manifests: [chart('web', '2.0.0'), chart('db', '9.1.0')],
      deployments: [
        deployment('web', { manifest: chart('web', '2.0.0') }),
        deployment('web', { stepId: 'again', manifest: chart('web', '2.0.0') }),
        deployment('db', { artifactId: null, buildNo: '15', manifest: chart('db', '9.1.0') }),
        // Recorded before executions took manifests.
        deployment('cache'),
      ],
    });
    const event = executionEndedEvent(execution, []);
    expect(event).toMatchObject({ id: 'execution.ended:e-1', type: 'execution.ended', version: 2, occurredAt: 10 });
    expect(event.payload).toMatchObject({
      artifacts: [{ serviceId: 'web', artifactSourceId: 'src-web', artifactId: 'art-web', buildNo: '1' }],
      manifests: [
        { serviceId: 'web', appManifestId: 'chart-web', manifestId: 'mv-2.0.0', version: '2.0.0' },
        { serviceId: 'db', appManifestId: 'chart-db', manifestId: 'mv-9.1.0', version: '9.1.0' },
      ],
    });
  });

  it("gives a pipeline its successful members' chart versions only", () => {
    const pipeline: PipelineExecution = {
      id: 'p-1',
      accountId: 'acc',
      applicationId: 'app',
      executionType: 'PIPELINE',
      pipelineId: 'pl',
      version: 9,
      status: 'FAILED',
      name: 'release',
      cause: { type: 'USER', userId: 'u' },
      notes: null,
      failureDetails: 'Stage b failed',
      inputVariables: [],
      abortRequested: false,
      createdAt: 1,
      startedAt: 2,
      endedAt: 20,
      stages: [],
      artifacts: [],
    };
    const succeeded = workflowExecution('m-1', { status: 'SUCCESS', deployments: [deployment('web', { manifest: chart('web', '3.0.0') })] });
    const failed = workflowExecution('m-2', { status: 'FAILED', deployments: [deployment('api', { manifest: chart('api', '1.0.0') })] });
    expect(executionEndedEvent(pipeline, [succeeded, failed]).payload).toMatchObject({
      executionType: 'PIPELINE',
      entityId: 'pl',
      manifests: [{ serviceId: 'web', manifestId: 'mv-3.0.0', version: '3.0.0' }],
    });
  });
});
