import { newId } from '@fg/tenancy';
import type { WorkflowRepository } from '@fg/pipelines-workflows-executions/data-access';
import {
  DelegateTaskError,
  type DelegateTask,
  type EndedTask,
  type EnqueueTaskInput,
  type HttpMethod,
  type TaskPayload,
  type TaskQueue,
} from '@fg/pipelines-workflows-executions/delegate-tasks';
import { isFinal, type Execution, type PipelineExecution, type StepExecution, type TaskOutcome, type WorkflowExecution } from '../execution/execution.entity';
import type { ExecutionRepository } from '../execution/execution.repository';
import { expandVariables } from '../launcher/execution-inputs';
import { deployedServiceIds, newWorkflowExecution } from '../launcher/execution-builder';
import type { ExecutionFacts } from '../launcher/execution-facts';
import { missingDeploymentTarget } from '../launcher/deployment-targets';
import type { DeploymentQuota } from '../quota/deployment-quota';
import {
  claimStages,
  completeStage,
  finishPipeline,
  nextPipelineAction,
  startPipeline,
  type MemberState,
} from '../state-machine/pipeline-progress';
import {
  claimStep,
  completeStep,
  finishWorkflow,
  markQuotaReleased,
  nextWorkflowAction,
  recordDeployment,
  recordTaskEnded,
  recordTaskQueued,
  startWorkflow,
  isTaskStep,
} from '../state-machine/workflow-progress';
import { ExecutionControl } from '../control/execution-control';
import type { AdvanceRequests } from './advance-queue';
import { executionEndedEvent, type ExecutionEndedPublisher, type ExecutionMetrics } from './execution-ended';

export interface EngineLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface ExecutionEngineOptions {
  executions: ExecutionRepository;
  workflows: WorkflowRepository;
  tasks: TaskQueue;
  quota: DeploymentQuota;
  facts: ExecutionFacts;
  advance: AdvanceRequests;
  logger: EngineLogger;
  /** execution.ended goes here (triggers consume it); without one, ends are not announced (tests). */
  events?: ExecutionEndedPublisher;
  /** Status changes are counted here (fg_executions_total). */
  metrics?: ExecutionMetrics;
  /** How long a step's delegate task may wait for a delegate before it expires (and the step fails). */
  taskQueueTimeoutMs?: number;
  /** A delegate's lease on a task, renewed while it runs. */
  taskLeaseMs?: number;
  now?: () => number;
}

// One advance does every transition that needs nothing from outside; this bounds a run-away loop (a bug) only.
const MAX_TRANSITIONS_PER_ADVANCE = 200;

function outcomeOf(task: DelegateTask): TaskOutcome | null {
  if (task.status !== 'SUCCEEDED' && task.status !== 'FAILED' && task.status !== 'EXPIRED') return null;
  return {
    status: task.status,
    exitCode: task.result?.exitCode ?? null,
    httpStatus: task.result?.httpStatus ?? null,
    output: task.result?.output ?? null,
    error: task.result?.error ?? task.reason ?? null,
  };
}

/**
 * Advances executions: reads the document, decides the next action (pure state machine), performs it and writes the
 * result with a compare-and-set on the version; a lost race just reads again. Side effects (a task queued, a member
 * execution created, the quota committed) happen only after the write that claimed them, or are idempotent, so an
 * execution resumed after a crash does each thing once.
 */
export class ExecutionEngine {
  private readonly now: () => number;
  private readonly taskQueueTimeoutMs: number;
  private readonly taskLeaseMs: number;

  private readonly control: ExecutionControl;

  constructor(private readonly options: ExecutionEngineOptions) {
    this.now = options.now ?? Date.now;
    this.control = new ExecutionControl(options.executions, options.advance, this.now);
    this.taskQueueTimeoutMs = options.taskQueueTimeoutMs ?? 10 * 60_000;
    this.taskLeaseMs = options.taskLeaseMs ?? 60_000;
  }

  async advance(accountId: string, executionId: string): Promise<Execution | null> {
    let execution = await this.options.executions.byId(accountId, executionId);
    for (let i = 0; execution && i < MAX_TRANSITIONS_PER_ADVANCE; i++) {
      const next = execution.executionType === 'WORKFLOW' ? await this.stepWorkflow(execution) : await this.stepPipeline(execution);
      if (next === 'idle') return execution;
      execution = next ?? (await this.options.executions.byId(accountId, executionId));
    }
    return execution;
  }

  /** The broker's TaskQueue onTaskEnded: the step's execution records the end and moves on. */
  async onTasksEnded(tasks: EndedTask[]): Promise<void> {
    for (const task of tasks) {
      const executionId = task.context?.executionId;
      if (!executionId) continue;
      await this.options.advance.request(task.accountId, executionId, `task.${task.id}`);
    }
  }

  private async write(current: Execution, next: Execution): Promise<Execution | null> {
    const written = await this.options.executions.replace(current, next);
    // Counted by the writer whose compare-and-set won: each status an execution reaches counts once.
    if (written && written.status !== current.status) this.options.metrics?.executionReached(written.status);
    return written;
  }

  /**
   * Announces an end. Called only by the writer whose compare-and-set moved the execution to its final status (a
   * retry, or a racing advance, reads the final state and finds nothing to do), so an end is published once. The
   * window: a crash between that write and this publish loses the event (at most once); a failed publish is logged.
   */
  private async announceEnd(execution: Execution): Promise<void> {
    const events = this.options.events;
    if (!events || !isFinal(execution.status)) return;
    try {
      const members = execution.executionType === 'PIPELINE' ? await this.options.executions.membersOf(execution.accountId, [execution.id]) : [];
      await events.publish(executionEndedEvent(execution, members));
    } catch (err) {
      this.options.logger.error({ err, executionId: execution.id }, 'execution.ended could not be published; triggers on this end will not fire');
    }
  }

  /** One transition of a workflow execution: the new state, null when the write lost a race, 'idle' when done. */
  private async stepWorkflow(execution: WorkflowExecution): Promise<Execution | null | 'idle'> {
    const now = this.now();
    const action = nextWorkflowAction(execution, now);
    switch (action.kind) {
      case 'none':
        if (isFinal(execution.status)) await this.afterEnd(execution);
        return 'idle';
      case 'wakeAt':
        await this.options.advance.request(execution.accountId, execution.id, `at.${action.at}`, action.at - now);
        return 'idle';
      case 'start':
        return this.write(execution, startWorkflow(execution, now));
      case 'finish': {
        let ending = execution;
        if (execution.quota && !execution.quota.committed && !execution.quota.released) {
          // Given back before the final write: a retry after a crash releases again, which is harmless.
          await this.options.quota.release(execution.accountId, execution.quota.reservationId);
          ending = markQuotaReleased(execution);
        }
        const written = await this.write(execution, finishWorkflow(ending, action.status, action.failureDetails, now));
        if (written) await this.ended(written);
        return written;
      }
      case 'runStep':
        if (action.step.definition.type === 'DEPLOY') return this.deploy(execution, action.step, now);
        {
          const claimed = await this.write(execution, claimStep(execution, action.step.id, now));
          // Only the claimer queues the step's task, so concurrent advances of one execution queue it once.
          if (claimed && isTaskStep(action.step)) return this.queueTask(claimed as WorkflowExecution, action.step);
          if (claimed && action.step.definition.type === 'WAIT') {
            const step = (claimed as WorkflowExecution).steps.find((candidate) => candidate.id === action.step.id);
            if (step?.wakeAt) await this.options.advance.request(execution.accountId, execution.id, `wait.${step.id}`, step.wakeAt - now);
          }
          if (claimed && action.step.definition.type === 'APPROVAL') {
            const step = (claimed as WorkflowExecution).steps.find((candidate) => candidate.id === action.step.id);
            if (step?.approval) await this.options.advance.request(execution.accountId, execution.id, `expiry.${step.id}`, step.approval.expiresAt - now);
          }
          return claimed;
        }
      case 'queueTask':
        return this.queueTask(execution, action.step);
      case 'checkTask': {
        const task = await this.options.tasks.getTask(execution.accountId, action.step.taskId as string);
        const outcome = task ? outcomeOf(task) : { status: 'FAILED' as const, exitCode: null, httpStatus: null, output: null, error: 'The step task is gone' };
        if (!outcome) return 'idle';
        return this.write(execution, recordTaskEnded(execution, action.step.id, action.step.taskId as string, outcome, now));
      }
      case 'completeStep':
        return this.write(execution, completeStep(execution, action.step.id, action.status, action.failure, now));
    }
  }

  /** Queues the step's task and records its id, re-reading while other writes (an abort flag, say) get in between. */
  private async queueTask(claimed: WorkflowExecution, step: StepExecution): Promise<Execution | null> {
    let task: DelegateTask;
    try {
      task = await this.options.tasks.enqueue(claimed.accountId, this.taskFor(claimed, step));
    } catch (error) {
      // A step no delegate can run (an HTTP method the task protocol lacks, say) fails, saying why.
      if (!(error instanceof DelegateTaskError) || error.code !== 'INVALID_INPUT') throw error;
      return this.write(claimed, completeStep(claimed, step.id, 'FAILED', `The step cannot run on a delegate: ${error.message}`, this.now()));
    }
    let current: Execution | null = claimed;
    for (let attempt = 0; current && attempt < 20; attempt++) {
      const fresh = current.executionType === 'WORKFLOW' ? current.steps.find((candidate) => candidate.id === step.id) : undefined;
      if (!fresh || fresh.status !== 'RUNNING' || fresh.taskId !== null) break;
      const written = await this.write(current, recordTaskQueued(current as WorkflowExecution, step.id, task.id));
      if (written) return written;
      current = await this.options.executions.byId(claimed.accountId, claimed.id);
    }
    this.options.logger.warn({ executionId: claimed.id, stepId: step.id, taskId: task.id }, 'a step task was queued but the step had moved on');
    return null;
  }

  private taskFor(execution: WorkflowExecution, step: StepExecution): EnqueueTaskInput {
    const context = {
      applicationId: execution.applicationId,
      environmentId: execution.environmentId,
      environmentType: execution.environmentType,
      executionId: execution.id,
      stepId: step.id,
    };
    const base = { timeoutMs: this.taskQueueTimeoutMs, leaseMs: this.taskLeaseMs, context };
    const definition = step.definition;
    if (definition.type === 'SHELL_SCRIPT') {
      return {
        ...base,
        type: 'SHELL_SCRIPT',
        selectors: definition.delegateSelectors,
        payload: { version: 1, type: 'SHELL_SCRIPT', script: expandVariables(definition.script, execution.inputVariables), timeoutMs: definition.timeoutMs },
      };
    }
    if (definition.type === 'HTTP') {
      const expand = (text: string) => expandVariables(text, execution.inputVariables);
      const request = { type: 'HTTP' as const, url: expand(definition.url), method: definition.method as HttpMethod, expectedStatus: definition.expectedStatus };
      const headers = definition.headers.map(({ name, value }) => ({ name, value: expand(value) }));
      // Version 2 carries headers and a body; a step without them stays version 1, which every delegate runs.
      const payload: TaskPayload =
        headers.length > 0 || definition.body !== null
          ? { version: 2, ...request, headers, body: definition.body === null ? null : expand(definition.body) }
          : { version: 1, ...request };
      return { ...base, type: 'HTTP', selectors: definition.delegateSelectors, payload };
    }
    throw new Error(`step ${definition.name} does not run on a delegate`);
  }

  /** Commits the quota unit and records the deployment in one write; a lapsed reservation is replaced by a new one. */
  private async deploy(execution: WorkflowExecution, step: StepExecution, now: number): Promise<Execution | null> {
    if (step.definition.type !== 'DEPLOY') throw new Error('not a DEPLOY step');
    const definition = step.definition;
    let reservationId = execution.quota?.reservationId ?? null;
    const alreadyCounted = execution.quota?.committed === true;
    if (!alreadyCounted) {
      const quota = this.options.quota;
      let committed = reservationId !== null && ((await quota.commit(execution.accountId, reservationId)) || (await quota.isCommitted(execution.accountId, reservationId)));
      if (!committed) {
        try {
          // Named after the step's first attempt at it, so engines racing here count one deployment.
          reservationId = await this.options.quota.reserve(execution.accountId, `${execution.id}:${step.id}`);
          committed = (await this.options.quota.commit(execution.accountId, reservationId)) || (await this.options.quota.isCommitted(execution.accountId, reservationId));
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          return this.write(execution, completeStep(execution, step.id, 'FAILED', message, now));
        }
      }
    }
    const artifact = execution.artifacts.find((candidate) => candidate.serviceId === definition.serviceId);
    // The chart version goes out with the artifact: both are the service's deployment.
    const manifest = (execution.manifests ?? []).find((candidate) => candidate.serviceId === definition.serviceId) ?? null;
    const record = {
      stepId: step.id,
      serviceId: definition.serviceId,
      environmentId: execution.environmentId,
      infrastructureDefinitionId: definition.infrastructureDefinitionId,
      artifactId: artifact?.artifactId ?? null,
      buildNo: artifact?.buildNo ?? null,
      manifest,
      deployedAt: now,
    };
    return this.write(execution, recordDeployment(execution, record, reservationId as string, now));
  }

  /**
   * Ends an execution the engine could not advance (its last retry failed): ERROR, its quota unit given back if it had
   * not deployed. The error id points at the log line with the details.
   */
  async endWithError(accountId: string, executionId: string, errorId: string): Promise<void> {
    for (let attempt = 0; attempt < 20; attempt++) {
      const execution = await this.options.executions.byId(accountId, executionId);
      if (!execution || isFinal(execution.status)) return;
      const failure = `An internal error stopped the execution (error id: ${errorId})`;
      let ending: Execution = execution;
      if (execution.executionType === 'WORKFLOW' && execution.quota && !execution.quota.committed && !execution.quota.released) {
        await this.options.quota.release(accountId, execution.quota.reservationId);
        ending = markQuotaReleased(execution);
      }
      const next = ending.executionType === 'WORKFLOW' ? finishWorkflow(ending, 'ERROR', failure, this.now()) : finishPipeline(ending, 'ERROR', failure, this.now());
      const written = await this.write(execution, next);
      if (written) {
        await this.ended(written);
        return;
      }
    }
  }

  /** After the final write this process won: announced, then what the end sets off. */
  private async ended(execution: Execution): Promise<void> {
    await this.announceEnd(execution);
    await this.afterEnd(execution);
  }

  /** After a final write: a member wakes its pipeline; a pipeline's running members are told to stop. */
  private async afterEnd(execution: Execution): Promise<void> {
    if (execution.executionType === 'WORKFLOW' && execution.pipelineExecutionId) {
      await this.options.advance.request(execution.accountId, execution.pipelineExecutionId, `member.${execution.id}`);
    }
    if (execution.executionType === 'PIPELINE' && execution.status !== 'SUCCESS') {
      for (const stage of execution.stages) {
        if (stage.workflowExecutionId) await this.control.abort(execution.accountId, stage.workflowExecutionId);
      }
    }
  }

  private async stepPipeline(execution: PipelineExecution): Promise<Execution | null | 'idle'> {
    const now = this.now();
    const members = await this.memberStates(execution);
    const action = nextPipelineAction(execution, members, now);
    switch (action.kind) {
      case 'none':
        if (isFinal(execution.status)) await this.afterEnd(execution);
        return 'idle';
      case 'wakeAt':
        await this.options.advance.request(execution.accountId, execution.id, `at.${action.at}`, action.at - now);
        return 'idle';
      case 'start':
        return this.write(execution, startPipeline(execution, now));
      case 'finish': {
        const written = await this.write(execution, finishPipeline(execution, action.status, action.failureDetails, now));
        if (written) await this.ended(written);
        return written;
      }
      case 'startStages': {
        const ids = new Map(action.stages.map((stage) => [stage.id, newId()]));
        const claimed = await this.write(execution, claimStages(execution, ids, now));
        for (const stage of (claimed as PipelineExecution | null)?.stages ?? []) {
          if (ids.has(stage.id) && stage.approval) await this.options.advance.request(execution.accountId, execution.id, `expiry.${stage.id}`, stage.approval.expiresAt - now);
          if (ids.has(stage.id) && stage.runtimeInput) await this.options.advance.request(execution.accountId, execution.id, `inputs.${stage.id}`, stage.runtimeInput.expiresAt - now);
        }
        return claimed;
      }
      case 'createMember':
        await this.createMember(execution, action.stage.id);
        return null;
      case 'completeStage':
        return this.write(execution, completeStage(execution, action.stage.id, action.status, action.failure, now));
    }
  }

  private async memberStates(execution: PipelineExecution): Promise<Map<string, MemberState>> {
    const ids = execution.stages.flatMap((stage) => (stage.workflowExecutionId && !isFinal(stage.status) ? [stage.workflowExecutionId] : []));
    if (ids.length === 0) return new Map();
    const members = await this.options.executions.byIds(execution.accountId, ids);
    return new Map(members.map((member) => [member.id, { status: member.status, failureDetails: member.failureDetails }]));
  }

  /**
   * Creates a workflow stage's member execution under the id its stage was claimed with (so a retry creates it once),
   * reserving its deployment quota unit first. A workflow that is gone, or whose environment or infrastructure
   * definition is (deleted since the pipeline started), or a quota refusal makes a member that ends
   * FAILED at once, which fails the stage like any failed member.
   */
  private async createMember(pipeline: PipelineExecution, stageId: string): Promise<void> {
    const stage = pipeline.stages.find((candidate) => candidate.id === stageId);
    if (!stage || stage.definition.type !== 'WORKFLOW' || !stage.workflowExecutionId) return;
    const now = this.now();
    const [workflow] = await this.options.workflows.byIds(pipeline.accountId, [stage.definition.workflowId]);
    const refused = workflow ? (await missingDeploymentTarget(this.options.facts, pipeline.accountId, [workflow]))?.message : 'Workflow does not exist';
    if (!workflow || refused) {
      const { execution: failed, inserted } = await this.options.executions.createIfAbsent(this.failedMember(pipeline, stage.workflowExecutionId, stage.definition.name, refused ?? 'Workflow does not exist', now));
      if (inserted) {
        this.options.metrics?.executionReached(failed.status);
        await this.announceEnd(failed);
      }
      return;
    }
    // Runtime inputs given for the stage win over its defaults (its workflowVariables values, the workflow's defaults).
    const given = stage.runtimeInput?.given ?? null;
    const values = [
      ...stage.definition.workflowVariables
        .filter(({ name }) => !given?.variables.some((variable) => variable.name === name))
        .map(({ name, value }) => ({ name, value: expandVariables(value, pipeline.inputVariables) })),
      ...(given?.variables ?? []),
    ];
    const inputVariables = [
      ...workflow.variables.flatMap((variable) => (variable.defaultValue && !values.some((value) => value.name === variable.name) ? [{ name: variable.name, value: variable.defaultValue }] : [])),
      ...values,
    ];
    let reservationId: string | null = null;
    let refusal: string | null = null;
    if (deployedServiceIds(workflow).length > 0) {
      try {
        // Named after the member: engines racing to create it share one unit, so none is refused by the other's.
        reservationId = await this.options.quota.reserve(pipeline.accountId, stage.workflowExecutionId);
      } catch (error) {
        refusal = error instanceof Error ? error.message : String(error);
      }
    }
    const environmentType = workflow.environmentId ? await this.options.facts.environmentType(pipeline.accountId, workflow.environmentId) : null;
    const member = newWorkflowExecution({
      id: stage.workflowExecutionId,
      workflow,
      cause: { type: 'PIPELINE', pipelineExecutionId: pipeline.id },
      notes: pipeline.notes,
      inputVariables,
      artifacts: [...pipeline.artifacts, ...(given?.artifacts ?? [])],
      manifests: [...(pipeline.manifests ?? []), ...(given?.manifests ?? [])],
      environmentType,
      pipelineExecutionId: pipeline.id,
      reservationId,
      now,
    });
    const { execution: created, inserted } = await this.options.executions.createIfAbsent(
      refusal ? { ...member, status: 'FAILED', failureDetails: refusal, startedAt: now, endedAt: now, quota: null, steps: member.steps.map((step) => ({ ...step, status: 'SKIPPED' })) } : member,
    );
    if (inserted) this.options.metrics?.executionReached(created.status);
    // A member born FAILED ends with its insert: the inserter announces it.
    if (inserted && isFinal(created.status)) await this.announceEnd(created);
    if (reservationId && (created.executionType !== 'WORKFLOW' || created.quota?.reservationId !== reservationId)) {
      // Another process created the member first: this reservation pays for nothing.
      await this.options.quota.release(pipeline.accountId, reservationId);
    }
    await this.options.advance.request(pipeline.accountId, created.id, 'v0');
  }

  private failedMember(pipeline: PipelineExecution, id: string, name: string, failure: string, now: number): WorkflowExecution {
    return {
      id,
      accountId: pipeline.accountId,
      applicationId: pipeline.applicationId,
      executionType: 'WORKFLOW',
      workflowId: '',
      version: 0,
      status: 'FAILED',
      name,
      cause: { type: 'PIPELINE', pipelineExecutionId: pipeline.id },
      notes: pipeline.notes,
      failureDetails: failure,
      inputVariables: [],
      abortRequested: false,
      createdAt: now,
      startedAt: now,
      endedAt: now,
      environmentId: null,
      environmentType: null,
      pipelineExecutionId: pipeline.id,
      serviceIds: [],
      artifacts: [],
      manifests: [],
      steps: [],
      quota: null,
      deployments: [],
    };
  }
}
