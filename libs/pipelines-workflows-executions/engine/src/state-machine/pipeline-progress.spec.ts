import type { Pipeline } from '@fg/pipelines-workflows-executions/data-access';
import { newPipelineExecution } from '../launcher/execution-builder';
import { claimStages, completeStage, decideApprovalStage, finishPipeline, giveRuntimeInputs, nextPipelineAction, resumedStages, startPipeline, type MemberState } from './pipeline-progress';

const T0 = 5_000_000;
const wfStage = (id: string, parallelWithPrevious = false) => ({ id, name: id, type: 'WORKFLOW' as const, workflowId: `wf-${id}`, workflowVariables: [], parallelWithPrevious });
const approvalStage = { id: 'approve', name: 'approve', type: 'APPROVAL' as const, userGroupIds: ['g'], timeoutMs: 1_000, parallelWithPrevious: false };

function pipeline(stages: Pipeline['stages']) {
  const definition: Pipeline = { id: 'p', accountId: 'acc', applicationId: 'app', name: 'p', description: null, variables: [], stages, createdBy: null, createdAt: T0 };
  return startPipeline(newPipelineExecution({ pipeline: definition, cause: { type: 'USER', userId: 'u' }, notes: null, inputVariables: [], artifacts: [], manifests: [], now: T0 }), T0);
}

const none = new Map<string, MemberState>();

describe('a pipeline execution', () => {
  it('numbers parallel groups and starts a whole group at once', () => {
    const execution = pipeline([wfStage('a'), wfStage('b', true), approvalStage]);
    expect(execution.stages.map((stage) => stage.group)).toEqual([0, 0, 1]);
    const action = nextPipelineAction(execution, none, T0);
    expect(action.kind === 'startStages' && action.stages.map((stage) => stage.id)).toEqual(['a', 'b']);
  });

  it('creates members, waits for them, then moves to the approval group, and succeeds when approved', () => {
    let execution = claimStages(pipeline([wfStage('a'), wfStage('b', true), approvalStage]), new Map([['a', 'm-a'], ['b', 'm-b']]), T0);
    expect(nextPipelineAction(execution, none, T0)).toMatchObject({ kind: 'createMember', stage: { id: 'a' } });
    const running = new Map<string, MemberState>([['m-a', { status: 'SUCCESS', failureDetails: null }], ['m-b', { status: 'RUNNING', failureDetails: null }]]);
    expect(nextPipelineAction(execution, running, T0)).toMatchObject({ kind: 'completeStage', stage: { id: 'a' }, status: 'SUCCESS' });
    execution = completeStage(execution, 'a', 'SUCCESS', null, T0);
    expect(nextPipelineAction(execution, running, T0)).toEqual({ kind: 'none' });
    execution = completeStage(execution, 'b', 'SUCCESS', null, T0);
    expect(nextPipelineAction(execution, none, T0)).toMatchObject({ kind: 'startStages', stages: [{ id: 'approve' }] });
    execution = claimStages(execution, new Map([['approve', 'unused']]), T0);
    expect(execution.status).toBe('WAITING');
    execution = decideApprovalStage(execution, 'approve', { action: 'APPROVE', by: { kind: 'user', id: 'u' }, comments: null, variables: [] }, T0);
    expect(nextPipelineAction(execution, none, T0)).toMatchObject({ kind: 'completeStage', status: 'SUCCESS' });
    execution = completeStage(execution, 'approve', 'SUCCESS', null, T0);
    expect(execution.status).toBe('RUNNING');
    expect(nextPipelineAction(execution, none, T0)).toEqual({ kind: 'finish', status: 'SUCCESS', failureDetails: null });
  });

  it('ends REJECTED when its approval stage is rejected, and does not start later groups', () => {
    let execution = claimStages(pipeline([approvalStage, wfStage('later')]), new Map([['approve', 'x']]), T0);
    execution = decideApprovalStage(execution, 'approve', { action: 'REJECT', by: { kind: 'user', id: 'u' }, comments: 'no', variables: [] }, T0);
    execution = completeStage(execution, 'approve', 'REJECTED', 'Rejected: no', T0);
    expect(nextPipelineAction(execution, none, T0)).toEqual({ kind: 'finish', status: 'REJECTED', failureDetails: 'Stage approve: Rejected: no' });
  });

  it('lets the rest of a parallel group end before failing', () => {
    let execution = claimStages(pipeline([wfStage('a'), wfStage('b', true)]), new Map([['a', 'm-a'], ['b', 'm-b']]), T0);
    execution = completeStage(execution, 'a', 'FAILED', 'boom', T0);
    const members = new Map<string, MemberState>([['m-b', { status: 'RUNNING', failureDetails: null }]]);
    expect(nextPipelineAction(execution, members, T0)).toEqual({ kind: 'none' });
    execution = completeStage(execution, 'b', 'SUCCESS', null, T0);
    expect(nextPipelineAction(execution, none, T0)).toMatchObject({ kind: 'finish', status: 'FAILED' });
  });

  it('resumes at the parallel group of a stage: earlier groups keep their results, that group and later ones run again', () => {
    let execution = claimStages(pipeline([wfStage('a'), approvalStage, wfStage('c')]), new Map([['a', 'm-a']]), T0);
    execution = completeStage(execution, 'a', 'SUCCESS', null, T0);
    execution = claimStages(execution, new Map([['approve', 'x']]), T0);
    execution = completeStage(execution, 'approve', 'REJECTED', 'no', T0);
    const rejected = finishPipeline(execution, 'REJECTED', 'Stage approve: no', T0);
    const resumed = resumedStages(rejected, 'approve');
    expect(resumed?.map((stage) => [stage.id, stage.status, stage.workflowExecutionId])).toEqual([
      ['a', 'SUCCESS', 'm-a'],
      ['approve', 'QUEUED', null],
      ['c', 'QUEUED', null],
    ]);
    expect(resumedStages(rejected, 'nope')).toBeNull();
    expect(() => resumedStages(rejected, 'c')).toThrow('Stage c cannot be resumed: the earlier stage approve did not succeed');
    expect(() => resumedStages(execution, 'approve')).toThrow('Only a pipeline execution that ended without success can be resumed');
  });

  it('pauses a stage with runtime inputs until they are given once, and expires it when they do not come', () => {
    const runtime = { ...wfStage('r'), runtimeInputVariables: ['region'], runtimeInputTimeoutMs: 1_000 };
    let execution = claimStages(pipeline([runtime, approvalStage]), new Map([['r', 'm-r']]), T0);
    expect(execution).toMatchObject({ status: 'PAUSED', stages: [{ status: 'PAUSED', workflowExecutionId: 'm-r', runtimeInput: { expiresAt: T0 + 1_000, given: null } }, { status: 'QUEUED' }] });
    expect(nextPipelineAction(execution, none, T0)).toEqual({ kind: 'wakeAt', at: T0 + 1_000 });
    expect(nextPipelineAction(execution, none, T0 + 1_000)).toMatchObject({ kind: 'completeStage', status: 'EXPIRED', failure: 'Runtime inputs were not given in time' });

    const given = { variables: [{ name: 'region', value: 'eu' }], artifacts: [], manifests: [] };
    execution = giveRuntimeInputs(execution, 'r', given, T0 + 10);
    expect(execution).toMatchObject({ status: 'RUNNING', stages: [{ status: 'RUNNING', runtimeInput: { given: { ...given, at: T0 + 10 } } }, {}] });
    expect(nextPipelineAction(execution, none, T0 + 10)).toMatchObject({ kind: 'createMember', stage: { id: 'r' } });
    expect(() => giveRuntimeInputs(execution, 'r', given, T0 + 20)).toThrow('runtime inputs of stage r cannot go from RUNNING to RUNNING');
  });

  it('runs a runtime input stage at once when the execution continues with default values', () => {
    const started = pipeline([{ ...wfStage('r'), runtimeInputVariables: ['region'] }]);
    const execution = claimStages({ ...started, continueWithDefaultValues: true }, new Map([['r', 'm-r']]), T0);
    expect(execution).toMatchObject({ status: 'RUNNING', stages: [{ status: 'RUNNING', runtimeInput: null }] });
  });
});
