import { createDomainEvent, type DomainEvent, type ExecutionEndedV2 } from '@fg/domain-events';
import type { Execution, WorkflowExecution } from '../execution/execution.entity';

/** Where the engine announces ends (a DomainEventPublisher in the broker). */
export interface ExecutionEndedPublisher {
  publish(event: DomainEvent): Promise<unknown>;
}

/** The status hooks of @fg/metrics' PlatformMetrics the engine and the launcher report to. */
export interface ExecutionMetrics {
  executionReached(status: string): void;
}

type Deployed = Pick<ExecutionEndedV2, 'artifacts' | 'manifests'>;

/**
 * What a workflow execution deployed, as triggers remember it: its DEPLOY steps' services with the artifact and the
 * chart version chosen for each, once per service. A build the platform never collected (no artifact id) cannot be
 * selected again by a trigger and is left out; the service's chart version is not.
 */
function deployedBy(execution: WorkflowExecution): Deployed {
  const deployed: Deployed = { artifacts: [], manifests: [] };
  for (const deployment of execution.deployments) {
    const { serviceId } = deployment;
    const chosen = execution.artifacts.find((artifact) => artifact.serviceId === serviceId);
    const artifactId = deployment.artifactId ?? chosen?.artifactId ?? null;
    const buildNo = deployment.buildNo ?? chosen?.buildNo ?? null;
    if (artifactId && chosen?.artifactSourceId && buildNo !== null && !deployed.artifacts.some((artifact) => artifact.serviceId === serviceId)) {
      deployed.artifacts.push({ serviceId, artifactSourceId: chosen.artifactSourceId, artifactId, buildNo });
    }
    const manifest = deployment.manifest;
    if (manifest && !deployed.manifests.some((known) => known.serviceId === serviceId)) {
      deployed.manifests.push({ serviceId, appManifestId: manifest.appManifestId, manifestId: manifest.manifestId, version: manifest.version });
    }
  }
  return deployed;
}

/** The execution.ended event of an execution in a final status; a pipeline's artifacts and manifests are its successful members'. */
export function executionEndedEvent(execution: Execution, members: readonly Execution[]): DomainEvent<'execution.ended'> {
  const deployed =
    execution.executionType === 'WORKFLOW'
      ? [deployedBy(execution)]
      : members.flatMap((member) => (member.executionType === 'WORKFLOW' && member.status === 'SUCCESS' ? [deployedBy(member)] : []));
  return createDomainEvent('execution.ended', {
    accountId: execution.accountId,
    executionId: execution.id,
    appId: execution.applicationId,
    executionType: execution.executionType,
    entityId: execution.executionType === 'WORKFLOW' ? execution.workflowId : execution.pipelineId,
    status: execution.status,
    endedAt: execution.endedAt ?? Date.now(),
    artifacts: deployed.flatMap((part) => part.artifacts),
    manifests: deployed.flatMap((part) => part.manifests),
  },
  // One id per execution: were it ever published twice, consumers (trigger firings key on it) would see one occurrence.
  { id: `execution.ended:${execution.id}`, occurredAt: execution.endedAt ?? undefined });
}
