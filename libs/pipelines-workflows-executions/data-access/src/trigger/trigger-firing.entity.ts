import type { TriggerConditionType } from './trigger.entity';

/** FIRING: claimed, not yet settled (a process that died mid-firing leaves it so: nothing is started twice). */
export type TriggerFiringStatus = 'FIRING' | 'STARTED' | 'REFUSED';

/** Why a firing started nothing: the answer to "why didn't my trigger run?". */
export const TRIGGER_REFUSAL_REASONS = [
  'NO_MATCHING_ARTIFACT',
  'QUOTA_EXCEEDED',
  'NOT_AUTHORIZED',
  'TRIGGERS_DISABLED',
  'INVALID_EXECUTION_INPUT',
  'ENGINE_UNAVAILABLE',
  'START_FAILED',
] as const;
export type TriggerRefusalReason = (typeof TRIGGER_REFUSAL_REASONS)[number];

/** An artifact a firing chose for a service. */
export interface FiringArtifact {
  serviceId: string;
  artifactSourceId: string;
  artifactId: string;
  buildNo: string;
}

/** A chart version a firing chose for a service (recordManifestVersion's version; its id is the HELM_CHART_ID input). */
export interface FiringManifest {
  serviceId: string;
  appManifestId: string;
  manifestId: string;
  version: string;
}

export interface TriggerFiring {
  id: string;
  accountId: string;
  triggerId: string;
  applicationId: string;
  conditionType: TriggerConditionType;
  /** What set it off, unique per trigger: a webhook delivery id, an event id, a schedule tick. */
  deliveryId: string;
  firedAt: number;
  status: TriggerFiringStatus;
  executionId: string | null;
  reason: TriggerRefusalReason | null;
  /** For people: the engine's warning or refusal, or what was missing. */
  message: string | null;
  artifacts: FiringArtifact[];
  /** Absent on firings recorded before chart versions were kept: none. */
  manifests: FiringManifest[];
}
