import type { Principal } from '@fg/internal-auth';
import type { AppPermissionRequest } from '@fg/permissions';
import type { FiringArtifact, FiringManifest, TriggerRefusalReason, TriggerVariable } from '@fg/pipelines-workflows-executions/data-access';

// The firing record keeps the chosen chart versions, so their shape belongs to the data layer.
export type { FiringManifest };

/** What a firing asks the execution engine to start, as the trigger's actor, with cause ExecutedByTrigger. */
export interface TriggeredExecutionRequest {
  principal: Principal;
  applicationId: string;
  executionType: 'WORKFLOW' | 'PIPELINE';
  entityId: string;
  variables: TriggerVariable[];
  artifacts: FiringArtifact[];
  manifests: FiringManifest[];
  excludeHostsWithSameArtifact: boolean;
  continueWithDefaultValues: boolean;
  trigger: { id: string; name: string };
  notes: string;
}

/** What a trigger executes: the workflow or pipeline its action names. */
export interface TriggerTarget {
  applicationId: string;
  executionType: 'WORKFLOW' | 'PIPELINE';
  entityId: string;
}

/** EXECUTE_WORKFLOW / EXECUTE_PIPELINE on a target by its id alone, for starters that cannot read the stored entity. */
export function executeRequestById(target: TriggerTarget): AppPermissionRequest {
  return target.executionType === 'WORKFLOW'
    ? { entityType: 'WORKFLOW', action: 'EXECUTE_WORKFLOW', appId: target.applicationId, entityId: target.entityId }
    : { entityType: 'PIPELINE', action: 'EXECUTE_PIPELINE', appId: target.applicationId, entityId: target.entityId };
}

export type StartOutcome =
  | { started: true; executionId: string; warningMessage: string | null }
  | { started: false; reason: TriggerRefusalReason; message: string };

/**
 * The one way trigger firings start executions. The engine's launcher sits behind it (see
 * engine-launcher.starter.ts); a refusal is an answer, not an error, so that the firing records it.
 */
export interface TriggerExecutionStarter {
  start(request: TriggeredExecutionRequest): Promise<StartOutcome>;
  /**
   * The permission request starting the target is checked against, as the engine checks it (a workflow by its
   * environment, a pipeline by its stages' environments): saving a trigger and the firer's pre-check ask it.
   */
  executeRequest(accountId: string, target: TriggerTarget): Promise<AppPermissionRequest>;
}

/** Until the execution engine is wired in, every firing is recorded as refused with ENGINE_UNAVAILABLE. */
export class EngineNotWiredStarter implements TriggerExecutionStarter {
  async start(): Promise<StartOutcome> {
    return { started: false, reason: 'ENGINE_UNAVAILABLE', message: 'The execution engine is not available in this deployment' };
  }

  async executeRequest(_accountId: string, target: TriggerTarget): Promise<AppPermissionRequest> {
    return executeRequestById(target);
  }
}
