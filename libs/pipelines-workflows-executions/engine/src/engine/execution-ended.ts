import { createDomainEvent, type DomainEvent, type ExecutionEndedV1 } from '@fg/domain-events';
import type { Execution, WorkflowExecution } from '../execution/execution.entity';

/** Where the engine announces ends (a DomainEventPublisher in the broker). */
export interface ExecutionEndedPublisher {
  publish(event: DomainEvent): Promise<unknown>;
}

/** The status hooks of @fg/metrics' PlatformMetrics the engine and the launcher report to. */
export interface ExecutionMetrics {
  executionReached(status: string): void;
}

/**
 * What a workflow execution deployed, as triggers remember it: its DEPLOY steps' services with the artifact chosen for
 * each. A build the platform never collected (no artifact id) cannot be selected again by a trigger and is left out.
 */
function deployedArtifacts(execution: WorkflowExecution): ExecutionEndedV1['artifacts'] {
  const artifacts: ExecutionEndedV1['artifacts'] = [];
  for (const deployment of execution.deployments) {
    const chosen = execution.artifacts.find((artifact) => artifact.serviceId === deployment.serviceId);
    const artifactId = deployment.artifactId ?? chosen?.artifactId ?? null;
    const buildNo = deployment.buildNo ?? chosen?.buildNo ?? null;
    if (!artifactId || !chosen?.artifactSourceId || buildNo === null) continue;
    if (artifacts.some((artifact) => artifact.serviceId === deployment.serviceId)) continue;
    artifacts.push({ serviceId: deployment.serviceId, artifactSourceId: chosen.artifactSourceId, artifactId, buildNo });
  }
  return artifacts;
}

/** The execution.ended event of an execution in a final status; a pipeline's artifacts are its members'. */
export function executionEndedEvent(execution: Execution, members: readonly Execution[]): DomainEvent<'execution.ended'> {
  const artifacts =
    execution.executionType === 'WORKFLOW'
      ? deployedArtifacts(execution)
      : members.flatMap((member) => (member.executionType === 'WORKFLOW' && member.status === 'SUCCESS' ? deployedArtifacts(member) : []));
  return createDomainEvent('execution.ended', {
    accountId: execution.accountId,
    executionId: execution.id,
    appId: execution.applicationId,
    executionType: execution.executionType,
    entityId: execution.executionType === 'WORKFLOW' ? execution.workflowId : execution.pipelineId,
    status: execution.status,
    endedAt: execution.endedAt ?? Date.now(),
    artifacts,
  },
  // One id per execution: were it ever published twice, consumers (trigger firings key on it) would see one occurrence.
  { id: `execution.ended:${execution.id}`, occurredAt: execution.endedAt ?? undefined });
}
