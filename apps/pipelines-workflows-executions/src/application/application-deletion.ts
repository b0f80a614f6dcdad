import type { EventHandlers } from '@fg/domain-events';
import type { CatalogProjection, PipelineRepository, Trigger, TriggerRepository, WorkflowRepository } from '@fg/pipelines-workflows-executions/data-access';
import type { TriggerSchedules } from '@fg/pipelines-workflows-executions/triggers';
import type { ConnectorReferencePublisher } from '../trigger/connector-reference-events';

export interface ApplicationDeletionSources {
  workflows: Pick<WorkflowRepository, 'removeOfApplication'>;
  pipelines: Pick<PipelineRepository, 'removeOfApplication'>;
  triggers: Pick<TriggerRepository, 'ofApplication' | 'removeOfApplication'>;
  schedules: Pick<TriggerSchedules, 'remove'>;
  /** Must reject when a publish fails: the trigger stays, and the retried event announces it again. */
  connectorReferences: Pick<ConnectorReferencePublisher, 'unreferenced'>;
}

/** What one pass deleted (a redelivered event finds less, or nothing). */
export interface ApplicationDeletionResult {
  workflows: number;
  pipelines: number;
  triggers: number;
}

const TRIGGER_PAGE = 100;

/**
 * What deleting an application in apps-services does here: its workflows, pipelines and triggers are deleted, with
 * what each trigger holds outside its document (its BullMQ job scheduler, its git connector reference). Its executions
 * stay: they are the audit trail.
 *
 * Safe to repeat and to cut short, since application.deleted is delivered at least once and retried until a pass
 * completes: each step deletes what is still there, and a trigger's document goes only after its scheduler and
 * connector reference did, so a redelivery still finds every trigger whose teardown did not finish.
 */
export class ApplicationDeletion {
  constructor(private readonly sources: ApplicationDeletionSources) {}

  async applicationDeleted(accountId: string, applicationId: string): Promise<ApplicationDeletionResult> {
    // Workflows and pipelines first: a trigger can only be created for one that exists, so from here on none is.
    const workflows = await this.sources.workflows.removeOfApplication(accountId, applicationId);
    const pipelines = await this.sources.pipelines.removeOfApplication(accountId, applicationId);
    let triggers = 0;
    for (;;) {
      const page = await this.sources.triggers.ofApplication(accountId, applicationId, TRIGGER_PAGE);
      if (page.length === 0) break;
      for (const trigger of page) await this.tearDown(trigger);
      triggers += await this.sources.triggers.removeOfApplication(
        accountId,
        applicationId,
        page.map((trigger) => trigger.id),
      );
    }
    return { workflows, pipelines, triggers };
  }

  private async tearDown(trigger: Trigger): Promise<void> {
    // Whatever the condition says now: no scheduler may outlive its trigger (removing a missing one is a no-op).
    await this.sources.schedules.remove(trigger.id);
    if (trigger.condition.type === 'ON_WEBHOOK' && trigger.condition.gitConnectorId) {
      const referrer = { accountId: trigger.accountId, triggerId: trigger.id, triggerName: trigger.name };
      await this.sources.connectorReferences.unreferenced(referrer, trigger.condition.gitConnectorId);
    }
  }
}

/**
 * application.deleted for this subgraph's consumer group: the catalog's tombstone first (from then on no new workflow,
 * pipeline or execution can name the application), then the cascade. A failure leaves the event pending, and its
 * retry runs both again.
 */
export function applicationDeletionHandlers(
  catalog: Pick<CatalogProjection, 'apply'>,
  deletion: ApplicationDeletion,
  logger: { info(obj: object, msg: string): void },
): EventHandlers {
  return {
    'application.deleted': async (event, { position }) => {
      await catalog.apply(event, position);
      const applicationId = event.payload.appId;
      const deleted = await deletion.applicationDeleted(event.accountId, applicationId);
      logger.info({ accountId: event.accountId, applicationId, deleted }, 'deleted the workflows, pipelines and triggers of a deleted application');
    },
  };
}
