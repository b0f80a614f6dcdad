import type { Principal } from '@fg/internal-auth';
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

export type StartOutcome =
  | { started: true; executionId: string; warningMessage: string | null }
  | { started: false; reason: TriggerRefusalReason; message: string };

/**
 * The one way trigger firings start executions. The engine's launcher sits behind it (see
 * engine-launcher.starter.ts); a refusal is an answer, not an error, so that the firing records it.
 */
export interface TriggerExecutionStarter {
  start(request: TriggeredExecutionRequest): Promise<StartOutcome>;
}

/** Until the execution engine is wired in, every firing is recorded as refused with ENGINE_UNAVAILABLE. */
export class EngineNotWiredStarter implements TriggerExecutionStarter {
  async start(): Promise<StartOutcome> {
    return { started: false, reason: 'ENGINE_UNAVAILABLE', message: 'The execution engine is not available in this deployment' };
  }
}
