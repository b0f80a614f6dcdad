import type { Principal } from '@fg/internal-auth';
import { hasAppPermission } from '@fg/permissions';
import type {
  FiringArtifact,
  FiringOutcome,
  Trigger,
  TriggerFiring,
  TriggerFiringRepository,
} from '@fg/pipelines-workflows-executions/data-access';
import type { FiringOccasion } from './firing-occasion';
import type { SelectionResolver } from './selection-resolver';
import type { FiringManifest, TriggerExecutionStarter } from './trigger-execution-starter';

/** Whether an application has turned its triggers off (the reference's Application.disableTriggers). */
export interface TriggerApplicationGate {
  triggersDisabled(accountId: string, applicationId: string): Promise<boolean>;
}

/** For tests and processes without the catalog: no application has disabled its triggers. */
export const NO_APPLICATION_GATE: TriggerApplicationGate = { triggersDisabled: async () => false };

/** The gate over the catalog projection of apps-services' applications (an unknown application is not disabled). */
export function applicationGateOf(catalog: { application(accountId: string, appId: string): Promise<{ disableTriggers: boolean } | null> }): TriggerApplicationGate {
  return { triggersDisabled: async (accountId, applicationId) => (await catalog.application(accountId, applicationId))?.disableTriggers ?? false };
}

export type FireResult = { duplicate: true } | { duplicate: false; firing: TriggerFiring };

export interface FirerLogger {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** The principal a trigger acts as: its actor, in the trigger's account. */
export function actingPrincipal(trigger: Trigger): Principal {
  return { kind: trigger.actor.kind, id: trigger.actor.id, accountId: trigger.accountId, permissions: trigger.actor.permissions };
}

const sameArtifacts = (a: FiringArtifact[], b: FiringArtifact[]) =>
  a.length === b.length && a.every((x) => b.some((y) => y.serviceId === x.serviceId && y.artifactId === x.artifactId));

/**
 * The one firing pipeline every kind of trigger goes through: claim the delivery (a second claim of the same one is
 * a duplicate and does nothing), check the application and the actor's permission, resolve artifact and manifest
 * selections, start through the TriggerExecutionStarter, and record the outcome on the claimed firing.
 */
export class TriggerFirer {
  constructor(
    private readonly deps: {
      firings: TriggerFiringRepository;
      selections: SelectionResolver;
      starter: TriggerExecutionStarter;
      applications: TriggerApplicationGate;
      logger: FirerLogger;
      now?: () => number;
    },
  ) {}

  async fire(trigger: Trigger, occasion: FiringOccasion): Promise<FireResult> {
    const { firings, logger } = this.deps;
    const claimed = await firings.claim(trigger.accountId, {
      triggerId: trigger.id,
      applicationId: trigger.applicationId,
      conditionType: trigger.condition.type,
      deliveryId: occasion.deliveryId,
      firedAt: (this.deps.now ?? Date.now)(),
    });
    if (!claimed) return { duplicate: true };
    let outcome: FiringOutcome;
    try {
      outcome = await this.decide(trigger, occasion, claimed);
    } catch (error) {
      logger.error({ err: error, triggerId: trigger.id, firingId: claimed.id }, 'trigger firing failed');
      outcome = { status: 'REFUSED', reason: 'START_FAILED', message: 'Starting the execution failed unexpectedly; see the platform log', artifacts: [], manifests: [] };
    }
    const settled = await firings.settle(trigger.accountId, claimed.id, outcome);
    logger.info({ triggerId: trigger.id, firingId: claimed.id, status: outcome.status, deliveryId: occasion.deliveryId }, 'trigger fired');
    return { duplicate: false, firing: settled ?? claimed };
  }

  private async decide(trigger: Trigger, occasion: FiringOccasion, claimed: TriggerFiring): Promise<FiringOutcome> {
    const refuse = (reason: Extract<FiringOutcome, { status: 'REFUSED' }>['reason'], message: string, artifacts: FiringArtifact[] = [], manifests: FiringManifest[] = []): FiringOutcome => ({
      status: 'REFUSED',
      reason,
      message,
      artifacts,
      manifests,
    });
    if (await this.deps.applications.triggersDisabled(trigger.accountId, trigger.applicationId)) {
      return refuse('TRIGGERS_DISABLED', 'The application has disabled its triggers');
    }
    const principal = actingPrincipal(trigger);
    const { executionType, entityId } = trigger.action;
    // The engine's own question (environments included), so that a firing is not refused what a start would allow.
    const mayExecute = hasAppPermission(principal.permissions, await this.deps.starter.executeRequest(trigger.accountId, { applicationId: trigger.applicationId, executionType, entityId }));
    if (!mayExecute) return refuse('NOT_AUTHORIZED', `The trigger's creator (${principal.kind} ${principal.id}) may not execute ${executionType.toLowerCase()} ${entityId}`);

    const artifacts: FiringArtifact[] = [];
    for (const selection of trigger.action.artifactSelections) {
      const resolved = await this.deps.selections.artifact(trigger.accountId, selection, occasion);
      if (!resolved.ok) return refuse('NO_MATCHING_ARTIFACT', resolved.message, artifacts);
      artifacts.push(resolved.value);
    }
    const manifests: FiringManifest[] = [];
    for (const selection of trigger.action.manifestSelections) {
      const resolved = await this.deps.selections.manifest(trigger.accountId, selection, occasion);
      if (!resolved.ok) return refuse('NO_MATCHING_ARTIFACT', resolved.message, artifacts, manifests);
      manifests.push(resolved.value);
    }
    if (trigger.condition.type === 'ON_SCHEDULE' && trigger.condition.onNewArtifactOnly) {
      const last = await this.deps.firings.lastStarted(trigger.accountId, trigger.id, claimed.id);
      if (artifacts.length === 0 || (last && sameArtifacts(artifacts, last.artifacts))) {
        return refuse('NO_MATCHING_ARTIFACT', 'No new artifact since the last execution this schedule started', artifacts, manifests);
      }
    }

    const started = await this.deps.starter.start({
      principal,
      applicationId: trigger.applicationId,
      executionType,
      entityId,
      variables: trigger.action.variables,
      artifacts,
      manifests,
      excludeHostsWithSameArtifact: trigger.action.excludeHostsWithSameArtifact,
      continueWithDefaultValues: trigger.action.continueWithDefaultValues,
      trigger: { id: trigger.id, name: trigger.name },
      notes: `Started by trigger ${trigger.name}`,
    });
    return started.started
      ? { status: 'STARTED', executionId: started.executionId, message: started.warningMessage, artifacts, manifests }
      : refuse(started.reason, started.message, artifacts, manifests);
  }
}
