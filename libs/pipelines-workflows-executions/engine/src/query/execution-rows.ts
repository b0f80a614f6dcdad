import type { Principal } from '@fg/internal-auth';
import type { Execution } from '../execution/execution.entity';
import type { ExecutionFilter } from './execution-filters';
import type { ExecutionQuery } from './execution-query';

/** One execution as an export file shows it: the fields `executions` answers, as plain JSON. */
export function executionRow(execution: Execution): Record<string, unknown> {
  const common = {
    id: execution.id,
    type: execution.executionType === 'WORKFLOW' ? 'WorkflowExecution' : 'PipelineExecution',
    applicationId: execution.applicationId,
    name: execution.name,
    status: execution.status,
    createdAt: execution.createdAt,
    startedAt: execution.startedAt,
    endedAt: execution.endedAt,
    cause: execution.cause,
    notes: execution.notes,
    failureDetails: execution.failureDetails,
    inputVariables: execution.inputVariables,
  };
  if (execution.executionType === 'PIPELINE') {
    return { ...common, pipelineId: execution.pipelineId, stages: execution.stages.map((stage) => ({ id: stage.id, name: stage.definition.name, status: stage.status, workflowExecutionId: stage.workflowExecutionId })) };
  }
  return {
    ...common,
    workflowId: execution.workflowId,
    pipelineExecutionId: execution.pipelineExecutionId,
    environmentId: execution.environmentId,
    artifacts: execution.artifacts,
    manifests: execution.manifests ?? [],
    deployments: execution.deployments,
  };
}

/** The exports' ExecutionRowSource: the `executions` selection, newest first, as rows. */
export class ExecutionRows {
  constructor(private readonly query: ExecutionQuery) {}

  async page(principal: Principal, filters: ReadonlyArray<Record<string, unknown>>, offset: number, count: number): Promise<Record<string, unknown>[]> {
    const selection = await this.query.select(principal, filters as ReadonlyArray<ExecutionFilter>, false);
    return (await this.query.page(principal, selection, offset, count)).map(executionRow);
  }
}
