import type {
  CollectedArtifact,
  CollectedArtifactRepository,
  DeployedArtifactRepository,
  DeployedManifestRepository,
  ManifestVersion,
  Trigger,
  TriggerFiring,
  TriggerRepository,
} from '@fg/pipelines-workflows-executions/data-access';
import { readWebhookDelivery, WebhookPayloadError, type WebhookHeaders } from '../webhook/webhook-delivery';
import { matchWebhook } from '../webhook/webhook-matching';
import { githubSignatureMatches } from '../webhook/webhook-signature';
import { buildFilter } from './build-filter';
import type { TriggerFirer } from './trigger-firer';
import type { FiringManifest } from './trigger-execution-starter';

/** execution.ended as triggers read it (the domain event's payload, version 2; a version 1 event deployed no manifests). */
export interface EndedExecution {
  accountId: string;
  executionId: string;
  appId: string;
  executionType: 'WORKFLOW' | 'PIPELINE';
  entityId: string;
  status: string;
  endedAt: number;
  artifacts: Array<{ serviceId: string; artifactSourceId: string; artifactId: string; buildNo: string }>;
  manifests: FiringManifest[];
}

/** What the webhook endpoint answers; `status` is the HTTP status. */
export type WebhookAnswer =
  | { status: 404 | 401 | 400; code: 'NOT_FOUND' | 'UNAUTHENTICATED' | 'BAD_USER_INPUT'; message: string }
  | { status: 200; matched: false; reason: string }
  | { status: 200; matched: true; duplicate: true }
  | { status: 200; matched: true; duplicate: false; firing: TriggerFiring };

/**
 * Turns what happened (an event, a tick, a delivery) into firings of the triggers it concerns. Every path ends in
 * TriggerFirer.fire with a delivery id that names the occurrence, so redelivery fires nothing twice.
 */
export class TriggerDispatcher {
  constructor(
    private readonly deps: {
      triggers: TriggerRepository;
      artifacts: CollectedArtifactRepository;
      deployed: DeployedArtifactRepository;
      deployedManifests: DeployedManifestRepository;
      firer: TriggerFirer;
    },
  ) {}

  /** artifact.collected: remember the build, then fire ON_NEW_ARTIFACT triggers whose filter it passes. */
  async artifactCollected(eventId: string, artifact: CollectedArtifact): Promise<TriggerFiring[]> {
    await this.deps.artifacts.record(artifact);
    const watching = await this.deps.triggers.watching(artifact.accountId, 'ON_NEW_ARTIFACT', artifact.artifactSourceId);
    const matching = watching.filter(
      (t) => t.condition.type === 'ON_NEW_ARTIFACT' && buildFilter(t.condition.artifactFilter, t.condition.regex)(artifact.buildNo),
    );
    return this.fireAll(matching, (t) => this.deps.firer.fire(t, { kind: 'ARTIFACT', deliveryId: `event:${eventId}`, artifact }));
  }

  /** execution.ended: remember what a success deployed (artifacts and chart versions); a pipeline's success fires its ON_PIPELINE_COMPLETION triggers. */
  async executionEnded(eventId: string, ended: EndedExecution): Promise<TriggerFiring[]> {
    if (ended.status !== 'SUCCESS') return [];
    const deployment = { accountId: ended.accountId, entityId: ended.entityId, executionId: ended.executionId, endedAt: ended.endedAt };
    for (const artifact of ended.artifacts) await this.deps.deployed.record({ ...artifact, ...deployment });
    for (const manifest of ended.manifests) await this.deps.deployedManifests.record({ ...manifest, ...deployment });
    if (ended.executionType !== 'PIPELINE') return [];
    const watching = await this.deps.triggers.watching(ended.accountId, 'ON_PIPELINE_COMPLETION', ended.entityId);
    const execution = { executionId: ended.executionId, artifacts: ended.artifacts, manifests: ended.manifests };
    return this.fireAll(watching, (t) => this.deps.firer.fire(t, { kind: 'PIPELINE', deliveryId: `event:${eventId}`, execution }));
  }

  /** A schedule tick; a trigger deleted or changed to another kind since is not fired. */
  async scheduleTick(accountId: string, triggerId: string, tickId: string, tickAt: number): Promise<TriggerFiring | null> {
    const [trigger] = await this.deps.triggers.byIds(accountId, [triggerId]);
    if (!trigger || trigger.condition.type !== 'ON_SCHEDULE') return null;
    const result = await this.deps.firer.fire(trigger, { kind: 'SCHEDULE', deliveryId: tickId, tickAt });
    return result.duplicate ? null : result.firing;
  }

  /** A recorded chart version fires the ON_NEW_MANIFEST triggers of its manifest whose version regex it passes. */
  async manifestRecorded(manifest: ManifestVersion): Promise<TriggerFiring[]> {
    const watching = await this.deps.triggers.watching(manifest.accountId, 'ON_NEW_MANIFEST', manifest.appManifestId);
    const matching = watching.filter((t) => t.condition.type === 'ON_NEW_MANIFEST' && buildFilter(t.condition.versionRegex, true)(manifest.version));
    return this.fireAll(matching, (t) => this.deps.firer.fire(t, { kind: 'MANIFEST', deliveryId: `manifest:${manifest.id}`, manifest }));
  }

  /** A delivery to a trigger's webhook URL: the token names the trigger, a GitHub secret must have signed the body. */
  async webhook(token: string, headers: WebhookHeaders, rawBody: string): Promise<WebhookAnswer> {
    const trigger = token ? await this.deps.triggers.byWebhookToken(token) : null;
    if (!trigger || trigger.condition.type !== 'ON_WEBHOOK') return { status: 404, code: 'NOT_FOUND', message: 'No trigger has this webhook URL' };
    const condition = trigger.condition;
    if (condition.webhookSecret && !githubSignatureMatches(condition.webhookSecret, rawBody, headers['x-hub-signature-256'])) {
      return { status: 401, code: 'UNAUTHENTICATED', message: 'The X-Hub-Signature-256 header does not match the body under the webhook secret' };
    }
    let delivery;
    try {
      delivery = readWebhookDelivery(headers, rawBody);
    } catch (error) {
      if (error instanceof WebhookPayloadError) return { status: 400, code: 'BAD_USER_INPUT', message: error.message };
      throw error;
    }
    const match = matchWebhook(condition, delivery);
    if (!match.matches) return { status: 200, matched: false, reason: match.reason };
    const result = await this.deps.firer.fire(trigger, { kind: 'WEBHOOK', deliveryId: `delivery:${delivery.deliveryId}`, delivery });
    return result.duplicate ? { status: 200, matched: true, duplicate: true } : { status: 200, matched: true, duplicate: false, firing: result.firing };
  }

  private async fireAll(triggers: Trigger[], fire: (t: Trigger) => Promise<{ duplicate: boolean; firing?: TriggerFiring }>): Promise<TriggerFiring[]> {
    const fired: TriggerFiring[] = [];
    for (const trigger of triggers) {
      const result = await fire(trigger);
      if (result.firing) fired.push(result.firing);
    }
    return fired;
  }
}
