import type { CollectedArtifact, FiringArtifact, ManifestVersion } from '@fg/pipelines-workflows-executions/data-access';
import type { WebhookDelivery } from '../webhook/webhook-delivery';
import type { FiringManifest } from './trigger-execution-starter';

/**
 * What set a firing off. `deliveryId` is unique per trigger for one real-world occurrence (a webhook's delivery id, an
 * event's id, a schedule tick): seen twice, it fires once.
 */
export type FiringOccasion =
  | { kind: 'ARTIFACT'; deliveryId: string; artifact: CollectedArtifact }
  | { kind: 'PIPELINE'; deliveryId: string; execution: { executionId: string; artifacts: FiringArtifact[]; manifests: FiringManifest[] } }
  | { kind: 'SCHEDULE'; deliveryId: string; tickAt: number }
  | { kind: 'WEBHOOK'; deliveryId: string; delivery: WebhookDelivery }
  | { kind: 'MANIFEST'; deliveryId: string; manifest: ManifestVersion };
