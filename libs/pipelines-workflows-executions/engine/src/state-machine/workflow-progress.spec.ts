import type { Workflow } from '@fg/pipelines-workflows-executions/data-access';
import { newWorkflowExecution } from '../launcher/execution-builder';
import type { WorkflowExecution } from '../execution/execution.entity';
import { canTransition } from './execution-status';
import {
  claimStep,
  completeStep,
  decideApprovalStep,
  finishWorkflow,
  nextWorkflowAction,
  recordDeployment,
  recordTaskEnded,
  recordTaskQueued,
  startWorkflow,
  TASK_CLAIM_GRACE_MS,
} from './workflow-progress';

const T0 = 1_000_000;

function workflow(steps: Workflow['phases'][number]['steps']): Workflow {
  return {
    id: 'wf-1',
    accountId: 'acc',
    applicationId: 'app',
    name: 'deploy',
    description: null,
    workflowType: 'BASIC',
    environmentId: 'env-1',
    variables: [],
    phases: [{ name: 'phase 1', steps }],
    createdBy: null,
    createdAt: T0,
    updatedAt: T0,
  };
}

const script = { type: 'SHELL_SCRIPT' as const, name: 'build', script: 'echo hi', delegateSelectors: [], timeoutMs: 60_000 };
const deploy = { type: 'DEPLOY' as const, name: 'deploy', serviceId: 'svc-1', infrastructureDefinitionId: 'infra-1' };
const approval = { type: 'APPROVAL' as const, name: 'approve', userGroupIds: ['g-1'], timeoutMs: 10_000 };
const wait = { type: 'WAIT' as const, name: 'pause', durationMs: 5_000 };

function queued(steps: Workflow['phases'][number]['steps']): WorkflowExecution {
  return newWorkflowExecution({ workflow: workflow(steps), cause: { type: 'API_KEY', apiKeyId: 'k' }, notes: null, inputVariables: [], artifacts: [], manifests: [], environmentType: 'NON_PROD', pipelineExecutionId: null, reservationId: 'r-1', now: T0 });
}

describe('the execution status machine', () => {
  it('allows QUEUED → RUNNING → WAITING → RUNNING → SUCCESS and never leaves a final status', () => {
    expect(canTransition('QUEUED', 'RUNNING')).toBe(true);
    expect(canTransition('RUNNING', 'WAITING')).toBe(true);
    expect(canTransition('WAITING', 'RUNNING')).toBe(true);
    expect(canTransition('RUNNING', 'SUCCESS')).toBe(true);
    expect(canTransition('SUCCESS', 'RUNNING')).toBe(false);
    expect(canTransition('FAILED', 'FAILED')).toBe(false);
    expect(canTransition('QUEUED', 'SUCCESS')).toBe(false);
  });
});

describe('a workflow execution', () => {
  it('starts, runs a script step on a delegate task, deploys and succeeds', () => {
    let execution = queued([script, deploy]);
    expect(nextWorkflowAction(execution, T0)).toEqual({ kind: 'start' });
    execution = startWorkflow(execution, T0);
    expect(execution.status).toBe('RUNNING');
    const run = nextWorkflowAction(execution, T0);
    expect(run).toMatchObject({ kind: 'runStep', step: { id: '0.0' } });
    execution = claimStep(execution, '0.0', T0);
    // The claimer queues the task; another advance takes over only when the claimer has not within the grace time.
    expect(nextWorkflowAction(execution, T0 + 1)).toEqual({ kind: 'wakeAt', at: T0 + TASK_CLAIM_GRACE_MS });
    expect(nextWorkflowAction(execution, T0 + TASK_CLAIM_GRACE_MS)).toMatchObject({ kind: 'queueTask', step: { id: '0.0' } });
    execution = recordTaskQueued(execution, '0.0', 'task-1');
    expect(nextWorkflowAction(execution, T0)).toMatchObject({ kind: 'checkTask', step: { taskId: 'task-1' } });
    execution = recordTaskEnded(execution, '0.0', 'task-1', { status: 'SUCCEEDED', exitCode: 0, httpStatus: null, output: 'hi\n', error: null }, T0 + 5);
    expect(execution.steps[0]).toMatchObject({ status: 'SUCCESS', task: { output: 'hi\n' }, endedAt: T0 + 5 });
    expect(nextWorkflowAction(execution, T0)).toMatchObject({ kind: 'runStep', step: { id: '0.1' } });
    execution = recordDeployment(execution, { stepId: '0.1', serviceId: 'svc-1', environmentId: 'env-1', infrastructureDefinitionId: 'infra-1', artifactId: null, buildNo: '7', deployedAt: T0 }, 'r-1', T0);
    expect(execution.quota).toEqual({ reservationId: 'r-1', committed: true, released: false });
    expect(nextWorkflowAction(execution, T0)).toEqual({ kind: 'finish', status: 'SUCCESS', failureDetails: null });
    execution = finishWorkflow(execution, 'SUCCESS', null, T0 + 10);
    expect(execution).toMatchObject({ status: 'SUCCESS', endedAt: T0 + 10 });
    expect(nextWorkflowAction(execution, T0)).toEqual({ kind: 'none' });
  });

  it('fails with the failed step named in failureDetails, and skips the steps after it', () => {
    let execution = claimStep(startWorkflow(queued([script, deploy]), T0), '0.0', T0);
    execution = recordTaskQueued(execution, '0.0', 'task-1');
    execution = recordTaskEnded(execution, '0.0', 'task-1', { status: 'FAILED', exitCode: 3, httpStatus: null, output: 'boom', error: null }, T0);
    const action = nextWorkflowAction(execution, T0);
    expect(action).toEqual({ kind: 'finish', status: 'FAILED', failureDetails: 'Step build: The script exited with code 3' });
    execution = finishWorkflow(execution, 'FAILED', 'x', T0);
    expect(execution.steps.map((step) => step.status)).toEqual(['FAILED', 'SKIPPED']);
  });

  it('records a task end once: a second report of the task is refused', () => {
    let execution = recordTaskQueued(claimStep(startWorkflow(queued([script]), T0), '0.0', T0), '0.0', 'task-1');
    execution = recordTaskEnded(execution, '0.0', 'task-1', { status: 'SUCCEEDED', exitCode: 0, httpStatus: null, output: '', error: null }, T0);
    expect(() => recordTaskEnded(execution, '0.0', 'task-1', { status: 'FAILED', exitCode: 1, httpStatus: null, output: '', error: null }, T0)).toThrow(/cannot go/);
  });

  it('waits for an approval (WAITING), then goes on when it is approved', () => {
    let execution = claimStep(startWorkflow(queued([approval, script]), T0), '0.0', T0);
    expect(execution.status).toBe('WAITING');
    expect(nextWorkflowAction(execution, T0 + 1)).toEqual({ kind: 'wakeAt', at: T0 + 10_000 });
    execution = decideApprovalStep(execution, '0.0', { action: 'APPROVE', by: { kind: 'user', id: 'u' }, comments: 'ok', variables: [] }, T0 + 2);
    const action = nextWorkflowAction(execution, T0 + 2);
    expect(action).toMatchObject({ kind: 'completeStep', status: 'SUCCESS' });
    execution = completeStep(execution, '0.0', 'SUCCESS', null, T0 + 2);
    expect(execution.status).toBe('RUNNING');
    expect(execution.steps[0]?.approval?.decision).toMatchObject({ action: 'APPROVE', comments: 'ok' });
  });

  it('ends REJECTED when the approval is rejected, and EXPIRED when nobody acts in time', () => {
    const waiting = claimStep(startWorkflow(queued([approval]), T0), '0.0', T0);
    const rejected = decideApprovalStep(waiting, '0.0', { action: 'REJECT', by: { kind: 'user', id: 'u' }, comments: 'no', variables: [] }, T0);
    const afterReject = completeStep(rejected, '0.0', 'REJECTED', 'Rejected: no', T0);
    expect(nextWorkflowAction(afterReject, T0)).toMatchObject({ kind: 'finish', status: 'REJECTED' });
    expect(nextWorkflowAction(waiting, T0 + 10_000)).toMatchObject({ kind: 'completeStep', status: 'EXPIRED' });
    const expired = completeStep(waiting, '0.0', 'EXPIRED', 'late', T0 + 10_000);
    expect(nextWorkflowAction(expired, T0 + 10_000)).toMatchObject({ kind: 'finish', status: 'EXPIRED' });
  });

  it('sleeps through a WAIT step until its time', () => {
    const execution = claimStep(startWorkflow(queued([wait]), T0), '0.0', T0);
    expect(nextWorkflowAction(execution, T0 + 1)).toEqual({ kind: 'wakeAt', at: T0 + 5_000 });
    expect(nextWorkflowAction(execution, T0 + 5_000)).toMatchObject({ kind: 'completeStep', status: 'SUCCESS' });
  });

  it('ends ABORTED once an abort is requested, whatever step it is at', () => {
    const execution = { ...claimStep(startWorkflow(queued([script]), T0), '0.0', T0), abortRequested: true };
    expect(nextWorkflowAction(execution, T0)).toMatchObject({ kind: 'finish', status: 'ABORTED' });
    expect(finishWorkflow(execution, 'ABORTED', 'x', T0).steps[0]?.status).toBe('ABORTED');
  });

  it('refuses to finish an execution that has already ended', () => {
    const done = finishWorkflow(startWorkflow(queued([]), T0), 'SUCCESS', null, T0);
    expect(() => finishWorkflow(done, 'FAILED', 'x', T0)).toThrow(/cannot go from SUCCESS to FAILED/);
  });
});
