// The execution engine: one document per execution (compare-and-set transitions), the pure state machine, the
// launcher behind startExecution (and triggers), and the engine that advances executions from a BullMQ queue.
//   starting (a subgraph):   new ExecutionLauncher({ executions, workflows, pipelines, facts, quota, advance }).start(...)
//   advancing (the broker):  new ExecutionWorker({ engine: new ExecutionEngine({...}), ... }).start(); TaskQueue's
//                            onTaskEnded: (tasks) => engine.onTasksEnded(tasks)
export * from './execution/execution.entity';
export {
  ExecutionRepository,
  type ExecutionCondition,
  type ExecutionGroupField,
  type ExecutionGroupTotals,
} from './execution/execution.repository';
export { measured, rollUpMonths, type ExecutionGroup, type ExecutionMeasure, type StatsGrouping } from './query/execution-stats';
export { canTransition, assertTransition, InvalidTransitionError } from './state-machine/execution-status';
export { mayApprove, type ApprovalDecision } from './state-machine/approval';
export { DeploymentQuota, DEPLOYMENT_LIMIT_REACHED, deploymentQuotaOptions } from './quota/deployment-quota';
export type { ExecutionFacts, RecordedManifestVersion } from './launcher/execution-facts';
export { ProjectedExecutionFacts, type ServiceCatalog, type ManifestRecords } from './launcher/projected-execution-facts';
export type { VariableInput, ServiceInput, VariableValueType } from './launcher/execution-inputs';
export {
  ExecutionLauncher,
  causeOf,
  WORKFLOW_NOT_FOUND,
  PIPELINE_NOT_FOUND,
  EXECUTION_NOT_FOUND,
  type StartExecutionRequest,
  type StartedExecution,
  type ServicesNeedingInputs,
  type ExecutionLauncherOptions,
} from './launcher/execution-launcher';
export { ExecutionControl, pendingApprovals, type ApprovalView } from './control/execution-control';
export { ExecutionAdvanceQueue, ADVANCE_QUEUE, ADVANCE_JOB, type AdvanceRequests, type AdvanceJobV1 } from './engine/advance-queue';
export { executionEndedEvent, type ExecutionEndedPublisher, type ExecutionMetrics } from './engine/execution-ended';
export { ExecutionEngine, type ExecutionEngineOptions, type EngineLogger } from './engine/execution-engine';
export { ExecutionWorker, type ExecutionWorkerOptions } from './engine/execution-worker';
export { ExecutionQuery, mayReadExecution, type ExecutionSelection } from './query/execution-query';
export { executionCondition, type ExecutionFilter, type TimeFilter, type NumberFilter } from './query/execution-filters';
export { ExecutionRows, executionRow } from './query/execution-rows';
