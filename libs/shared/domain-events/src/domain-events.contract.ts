// WIRE CONTRACT: stream names, event type names and payload versions are read by every running release of every
// subgraph (a rolling deploy runs old and new side by side, and stored events outlive both). NEVER rename these
// constants or change the meaning of a payload version. To change a payload, add a version: first release consumers
// that accept it, then producers that publish it (a consumer acks and logs a version it does not know, so publishing
// first would lose those events for it).
//
// Adding an event: a type constant, its payload interface and zod schema, a row in each of DomainEventVersions,
// CURRENT_VERSIONS, PAYLOAD_SCHEMAS and EVENT_STREAMS. Every event of one entity must go to the same stream: order is
// kept only within a stream, and projections rely on it (see eventPosition).
import { z } from 'zod';

/** Streams are `${keyPrefix}${STREAM_KEY_PREFIX}:${stream}`, e.g. `fg:domain-events:secrets`. */
export const STREAM_KEY_PREFIX = 'domain-events';

/** Where a message goes after too many failed attempts: `${keyPrefix}${DEAD_LETTER_STREAM}`. */
export const DEAD_LETTER_STREAM = 'domain-events:dead-letter';

/** The one field of a stream entry: the event envelope as JSON. */
export const EVENT_FIELD = 'event';

export const EVENT_TYPES = {
  secretCreated: 'secret.created',
  secretUpdated: 'secret.updated',
  secretDeleted: 'secret.deleted',
  secretReferenced: 'secret.referenced',
  secretUnreferenced: 'secret.unreferenced',
  connectorCreated: 'connector.created',
  connectorDeleted: 'connector.deleted',
  connectorReferenced: 'connector.referenced',
  connectorUnreferenced: 'connector.unreferenced',
  cloudProviderCreated: 'cloudProvider.created',
  cloudProviderDeleted: 'cloudProvider.deleted',
  artifactCollected: 'artifact.collected',
  artifactSourceCreated: 'artifactSource.created',
  artifactSourceDeleted: 'artifactSource.deleted',
  tagAttached: 'tag.attached',
  tagDetached: 'tag.detached',
  executionEnded: 'execution.ended',
  applicationCreated: 'application.created',
  applicationUpdated: 'application.updated',
  applicationDeleted: 'application.deleted',
  serviceCreated: 'service.created',
  serviceUpdated: 'service.updated',
  serviceDeleted: 'service.deleted',
  environmentCreated: 'environment.created',
  environmentUpdated: 'environment.updated',
  environmentDeleted: 'environment.deleted',
  infrastructureDefinitionCreated: 'infrastructureDefinition.created',
  infrastructureDefinitionUpdated: 'infrastructureDefinition.updated',
  infrastructureDefinitionDeleted: 'infrastructureDefinition.deleted',
} as const;

// ---- payloads, version 1 -------------------------------------------------------------------------------------------

/** The reference API's UsageScope: which applications and environments may use a secret. */
export interface UsageScopeV1 {
  appEnvScopes: Array<{
    application: { filterType?: 'ALL' | null; appId?: string | null };
    environment: { filterType?: 'PRODUCTION_ENVIRONMENTS' | 'NON_PRODUCTION_ENVIRONMENTS' | null; envId?: string | null };
  }>;
}

/** secret.created, secret.updated (the secret's state after the change), secret.deleted. Never carries a value. */
export interface SecretEventV1 {
  accountId: string;
  secretId: string;
  name: string;
  secretType: 'ENCRYPTED_TEXT' | 'ENCRYPTED_FILE' | 'WINRM_CREDENTIAL' | 'SSH_CREDENTIAL';
  /** null: usable by the whole account (no scope set). */
  usageScope: UsageScopeV1 | null;
}

/**
 * secret.referenced (also when the referrer's name changes), secret.unreferenced: another subgraph's entity (a
 * connector, a cloud provider, …) starts or stops using a secret, so the secrets subgraph can refuse deleting it.
 * referrer.type names the kind of entity (CONNECTOR, CLOUD_PROVIDER, GIT_SYNC, …).
 */
export interface SecretReferenceV1 {
  accountId: string;
  secretId: string;
  referrer: { type: string; id: string; name: string };
}

/**
 * connector.created (also when its name changes), connector.deleted. connectorType is the reference's ConnectorType
 * (GIT, DOCKER, …).
 */
export interface ConnectorEventV1 {
  accountId: string;
  connectorId: string;
  name: string;
  connectorType: string;
}

/**
 * connector.referenced (also when the referrer's name changes), connector.unreferenced: another subgraph's entity (an
 * application's git sync config, …) starts or stops using a connector, so the connectors subgraph can refuse deleting
 * it. referrer.type names the kind of entity (GIT_SYNC: apps-services' git sync config; TRIGGER: a webhook trigger of
 * pipelines-workflows-executions).
 */
export interface ConnectorReferenceV1 {
  accountId: string;
  connectorId: string;
  referrer: { type: string; id: string; name: string };
}

/** cloudProvider.created, cloudProvider.deleted. cloudProviderType is the reference's CloudProviderType (AWS, …). */
export interface CloudProviderEventV1 {
  accountId: string;
  cloudProviderId: string;
  name: string;
  cloudProviderType: string;
}

/** artifact.collected: a new build of an artifact source was found. */
export interface ArtifactCollectedV1 {
  accountId: string;
  artifactSourceId: string;
  serviceId: string;
  appId: string;
  artifactId: string;
  buildNo: string;
  /** Epoch milliseconds. */
  collectedAt: number;
}

/**
 * artifactSource.created (also when its name changes), artifactSource.deleted: a service's artifact source, which
 * executions name in their service inputs (artifactSourceName + buildNumber).
 */
export interface ArtifactSourceEventV1 {
  accountId: string;
  artifactSourceId: string;
  name: string;
  serviceId: string;
  appId: string;
}

/**
 * tag.attached (also when an attached tag's value changes), tag.detached. entityType is apps-services' TagEntityType:
 * the reference's, plus TRIGGER (an Extension).
 */
export interface TagEventV1 {
  accountId: string;
  entityType: string;
  entityId: string;
  appId: string;
  name: string;
  /** Empty for a tag without a value. */
  value: string;
}

/**
 * execution.ended: a workflow or pipeline execution reached a final status (the engine publishes it once per
 * execution). Triggers consume it: ON_PIPELINE_COMPLETION fires on a pipeline's SUCCESS, and LAST_DEPLOYED_* /
 * FROM_TRIGGERING_PIPELINE selections read the artifacts it deployed.
 */
export interface ExecutionEndedV1 {
  accountId: string;
  executionId: string;
  appId: string;
  executionType: 'WORKFLOW' | 'PIPELINE';
  /** The workflow's or pipeline's id. */
  entityId: string;
  /** The reference's ExecutionStatus (SUCCESS, FAILED, ABORTED, …). */
  status: string;
  /** Epoch milliseconds. */
  endedAt: number;
  /** The artifact deployed per service (a pipeline's: of its member workflow executions). */
  artifacts: Array<{ serviceId: string; artifactSourceId: string; artifactId: string; buildNo: string }>;
}

/**
 * execution.ended, version 2: version 1 and the chart versions deployed (LAST_DEPLOYED and PIPELINE_SOURCE manifest
 * selections read them).
 */
export interface ExecutionEndedV2 extends ExecutionEndedV1 {
  /** The chart version deployed per service (recordManifestVersion's versions; a pipeline's: of its members). */
  manifests: Array<{ serviceId: string; appManifestId: string; manifestId: string; version: string }>;
}

/**
 * application.created, application.updated (the application's state after the change), application.deleted (its last
 * state). Deleting an application also deletes its services, environments and infrastructure definitions without an
 * event of their own: consumers treat an entity whose application is deleted as deleted.
 */
export interface ApplicationEventV1 {
  accountId: string;
  appId: string;
  name: string;
  /** Triggers of the application do not fire while set. */
  disableTriggers: boolean;
  isManualTriggerAuthorized: boolean;
  areWebHookSecretsMandated: boolean;
}

/** service.created, service.updated, service.deleted: the service's state (after the change, or its last). */
export interface ServiceEventV1 {
  accountId: string;
  serviceId: string;
  appId: string;
  name: string;
  /** The reference's DeploymentType (KUBERNETES, SSH, …); null when not set. */
  deploymentType: string | null;
  /** The reference's ArtifactType (DOCKER, …); null when not set. */
  artifactType: string | null;
}

/**
 * environment.created, environment.updated, environment.deleted. Deleting an environment also deletes its
 * infrastructure definitions without an event of their own (as for applications).
 */
export interface EnvironmentEventV1 {
  accountId: string;
  environmentId: string;
  appId: string;
  name: string;
  environmentType: 'PROD' | 'NON_PROD';
}

/** infrastructureDefinition.created, .updated, .deleted: the definition's state (after the change, or its last). */
export interface InfrastructureDefinitionEventV1 {
  accountId: string;
  infrastructureDefinitionId: string;
  appId: string;
  environmentId: string;
  name: string;
  deploymentType: string;
  cloudProviderId: string | null;
  /** Services it is limited to; empty means every service of the application. */
  scopedToServices: string[];
}

/** Every payload version of every event type. A type's union of envelopes is built from its row. */
export interface DomainEventVersions {
  'secret.created': { 1: SecretEventV1 };
  'secret.updated': { 1: SecretEventV1 };
  'secret.deleted': { 1: SecretEventV1 };
  'secret.referenced': { 1: SecretReferenceV1 };
  'secret.unreferenced': { 1: SecretReferenceV1 };
  'connector.created': { 1: ConnectorEventV1 };
  'connector.deleted': { 1: ConnectorEventV1 };
  'connector.referenced': { 1: ConnectorReferenceV1 };
  'connector.unreferenced': { 1: ConnectorReferenceV1 };
  'cloudProvider.created': { 1: CloudProviderEventV1 };
  'cloudProvider.deleted': { 1: CloudProviderEventV1 };
  'artifact.collected': { 1: ArtifactCollectedV1 };
  'artifactSource.created': { 1: ArtifactSourceEventV1 };
  'artifactSource.deleted': { 1: ArtifactSourceEventV1 };
  'tag.attached': { 1: TagEventV1 };
  'tag.detached': { 1: TagEventV1 };
  'execution.ended': { 1: ExecutionEndedV1; 2: ExecutionEndedV2 };
  'application.created': { 1: ApplicationEventV1 };
  'application.updated': { 1: ApplicationEventV1 };
  'application.deleted': { 1: ApplicationEventV1 };
  'service.created': { 1: ServiceEventV1 };
  'service.updated': { 1: ServiceEventV1 };
  'service.deleted': { 1: ServiceEventV1 };
  'environment.created': { 1: EnvironmentEventV1 };
  'environment.updated': { 1: EnvironmentEventV1 };
  'environment.deleted': { 1: EnvironmentEventV1 };
  'infrastructureDefinition.created': { 1: InfrastructureDefinitionEventV1 };
  'infrastructureDefinition.updated': { 1: InfrastructureDefinitionEventV1 };
  'infrastructureDefinition.deleted': { 1: InfrastructureDefinitionEventV1 };
}

export type DomainEventType = keyof DomainEventVersions;

/** The version producers publish now (createDomainEvent uses it). */
export const CURRENT_VERSIONS = {
  'secret.created': 1,
  'secret.updated': 1,
  'secret.deleted': 1,
  'secret.referenced': 1,
  'secret.unreferenced': 1,
  'connector.created': 1,
  'connector.deleted': 1,
  'connector.referenced': 1,
  'connector.unreferenced': 1,
  'cloudProvider.created': 1,
  'cloudProvider.deleted': 1,
  'artifact.collected': 1,
  'artifactSource.created': 1,
  'artifactSource.deleted': 1,
  'tag.attached': 1,
  'tag.detached': 1,
  'execution.ended': 2,
  'application.created': 1,
  'application.updated': 1,
  'application.deleted': 1,
  'service.created': 1,
  'service.updated': 1,
  'service.deleted': 1,
  'environment.created': 1,
  'environment.updated': 1,
  'environment.deleted': 1,
  'infrastructureDefinition.created': 1,
  'infrastructureDefinition.updated': 1,
  'infrastructureDefinition.deleted': 1,
} as const satisfies { [T in DomainEventType]: keyof DomainEventVersions[T] };

/** Which stream each type goes to: one per kind of entity, so each entity's events stay in order. */
export const EVENT_STREAMS = {
  'secret.created': 'secrets',
  'secret.updated': 'secrets',
  'secret.deleted': 'secrets',
  // Ordered per (secret, referrer): one stream for every reference of every referrer.
  'secret.referenced': 'secret-references',
  'secret.unreferenced': 'secret-references',
  'connector.created': 'connectors',
  'connector.deleted': 'connectors',
  // Ordered per (connector, referrer), like secret references.
  'connector.referenced': 'connector-references',
  'connector.unreferenced': 'connector-references',
  'cloudProvider.created': 'cloud-providers',
  'cloudProvider.deleted': 'cloud-providers',
  'artifact.collected': 'artifacts',
  // With the artifacts they collect, so a source's deletion is never read before its last collected artifact.
  'artifactSource.created': 'artifacts',
  'artifactSource.deleted': 'artifacts',
  'tag.attached': 'tags',
  'tag.detached': 'tags',
  'execution.ended': 'executions',
  // Apart from the secrets stream: the referrers' subgraphs publish these, the secrets subgraph only consumes them.
  // apps-services' catalog, one stream per kind of entity. An application's deletion and its children's events travel
  // on different streams, so their relative order is not kept: consumers check the parent when they read a child.
  'application.created': 'applications',
  'application.updated': 'applications',
  'application.deleted': 'applications',
  'service.created': 'services',
  'service.updated': 'services',
  'service.deleted': 'services',
  'environment.created': 'environments',
  'environment.updated': 'environments',
  'environment.deleted': 'environments',
  'infrastructureDefinition.created': 'infrastructure-definitions',
  'infrastructureDefinition.updated': 'infrastructure-definitions',
  'infrastructureDefinition.deleted': 'infrastructure-definitions',
} as const satisfies Record<DomainEventType, string>;

/** What travels: the same envelope around every payload. */
export interface DomainEventEnvelope<T extends DomainEventType, V extends number, P> {
  /** Unique per event (a UUID); a redelivered message carries the same id. */
  id: string;
  type: T;
  version: V;
  accountId: string;
  /** Epoch milliseconds at the producer. */
  occurredAt: number;
  payload: P;
}

type EnvelopesOf<T extends DomainEventType> = {
  [V in keyof DomainEventVersions[T] & number]: DomainEventEnvelope<T, V, DomainEventVersions[T][V]>;
}[keyof DomainEventVersions[T] & number];

/** Any version of the events of type T (all events when T is omitted); switch on `version` to read the payload. */
export type DomainEvent<T extends DomainEventType = DomainEventType> = { [K in T]: EnvelopesOf<K> }[T];

/** The payload producers publish now for type T. */
export type CurrentPayload<T extends DomainEventType> = DomainEventVersions[T][(typeof CURRENT_VERSIONS)[T] & keyof DomainEventVersions[T]];

// ---- schemas, checked on receipt (and before publishing) ------------------------------------------------------------

const id = z.string().min(1);

const usageScopeV1 = z.object({
  appEnvScopes: z.array(
    z.object({
      application: z.object({ filterType: z.literal('ALL').nullish(), appId: z.string().nullish() }),
      environment: z.object({
        filterType: z.enum(['PRODUCTION_ENVIRONMENTS', 'NON_PRODUCTION_ENVIRONMENTS']).nullish(),
        envId: z.string().nullish(),
      }),
    }),
  ),
});

const secretEventV1 = z.object({
  accountId: id,
  secretId: id,
  name: z.string(),
  secretType: z.enum(['ENCRYPTED_TEXT', 'ENCRYPTED_FILE', 'WINRM_CREDENTIAL', 'SSH_CREDENTIAL']),
  usageScope: usageScopeV1.nullable(),
});

const secretReferenceV1 = z.object({ accountId: id, secretId: id, referrer: z.object({ type: id, id, name: z.string() }) });

const connectorEventV1 = z.object({ accountId: id, connectorId: id, name: z.string(), connectorType: id });

const connectorReferenceV1 = z.object({
  accountId: id,
  connectorId: id,
  referrer: z.object({ type: id, id, name: z.string() }),
});

const cloudProviderEventV1 = z.object({ accountId: id, cloudProviderId: id, name: z.string(), cloudProviderType: id });

const artifactCollectedV1 = z.object({
  accountId: id,
  artifactSourceId: id,
  serviceId: id,
  appId: id,
  artifactId: id,
  buildNo: z.string(),
  collectedAt: z.number().int().nonnegative(),
});

const artifactSourceEventV1 = z.object({ accountId: id, artifactSourceId: id, name: z.string(), serviceId: id, appId: id });

const tagEventV1 = z.object({
  accountId: id,
  entityType: id,
  entityId: id,
  appId: z.string(),
  name: id,
  value: z.string(),
});

const executionEndedV1 = z.object({
  accountId: id,
  executionId: id,
  appId: id,
  executionType: z.enum(['WORKFLOW', 'PIPELINE']),
  entityId: id,
  status: id,
  endedAt: z.number().int().nonnegative(),
  artifacts: z.array(z.object({ serviceId: id, artifactSourceId: id, artifactId: id, buildNo: z.string() })),
});

const executionEndedV2 = executionEndedV1.extend({
  manifests: z.array(z.object({ serviceId: id, appManifestId: id, manifestId: id, version: z.string() })),
});

const applicationEventV1 = z.object({
  accountId: id,
  appId: id,
  name: z.string(),
  disableTriggers: z.boolean(),
  isManualTriggerAuthorized: z.boolean(),
  areWebHookSecretsMandated: z.boolean(),
});

const serviceEventV1 = z.object({
  accountId: id,
  serviceId: id,
  appId: id,
  name: z.string(),
  deploymentType: z.string().nullable(),
  artifactType: z.string().nullable(),
});

const environmentEventV1 = z.object({ accountId: id, environmentId: id, appId: id, name: z.string(), environmentType: z.enum(['PROD', 'NON_PROD']) });

const infrastructureDefinitionEventV1 = z.object({
  accountId: id,
  infrastructureDefinitionId: id,
  appId: id,
  environmentId: id,
  name: z.string(),
  deploymentType: z.string(),
  cloudProviderId: z.string().nullable(),
  scopedToServices: z.array(id),
});

/** Payload schemas by type and version; the annotation ties each schema to its interface above. */
export const PAYLOAD_SCHEMAS: {
  [T in DomainEventType]: { [V in keyof DomainEventVersions[T]]: z.ZodType<DomainEventVersions[T][V], z.ZodTypeDef, unknown> };
} = {
  'secret.created': { 1: secretEventV1 },
  'secret.updated': { 1: secretEventV1 },
  'secret.deleted': { 1: secretEventV1 },
  'secret.referenced': { 1: secretReferenceV1 },
  'secret.unreferenced': { 1: secretReferenceV1 },
  'connector.created': { 1: connectorEventV1 },
  'connector.deleted': { 1: connectorEventV1 },
  'connector.referenced': { 1: connectorReferenceV1 },
  'connector.unreferenced': { 1: connectorReferenceV1 },
  'cloudProvider.created': { 1: cloudProviderEventV1 },
  'cloudProvider.deleted': { 1: cloudProviderEventV1 },
  'artifact.collected': { 1: artifactCollectedV1 },
  'artifactSource.created': { 1: artifactSourceEventV1 },
  'artifactSource.deleted': { 1: artifactSourceEventV1 },
  'tag.attached': { 1: tagEventV1 },
  'tag.detached': { 1: tagEventV1 },
  'execution.ended': { 1: executionEndedV1, 2: executionEndedV2 },
  'application.created': { 1: applicationEventV1 },
  'application.updated': { 1: applicationEventV1 },
  'application.deleted': { 1: applicationEventV1 },
  'service.created': { 1: serviceEventV1 },
  'service.updated': { 1: serviceEventV1 },
  'service.deleted': { 1: serviceEventV1 },
  'environment.created': { 1: environmentEventV1 },
  'environment.updated': { 1: environmentEventV1 },
  'environment.deleted': { 1: environmentEventV1 },
  'infrastructureDefinition.created': { 1: infrastructureDefinitionEventV1 },
  'infrastructureDefinition.updated': { 1: infrastructureDefinitionEventV1 },
  'infrastructureDefinition.deleted': { 1: infrastructureDefinitionEventV1 },
};

/** The envelope without its payload, which is checked by PAYLOAD_SCHEMAS once type and version are known. */
export const envelopeSchema = z.object({
  id,
  type: z.string().min(1),
  version: z.number().int().positive(),
  accountId: id,
  occurredAt: z.number().int().nonnegative(),
  payload: z.unknown(),
});

export function isDomainEventType(type: string): type is DomainEventType {
  return Object.prototype.hasOwnProperty.call(EVENT_STREAMS, type);
}

export function streamKey(keyPrefix: string, type: DomainEventType): string {
  return `${keyPrefix}${STREAM_KEY_PREFIX}:${EVENT_STREAMS[type]}`;
}

export function deadLetterKey(keyPrefix: string): string {
  return `${keyPrefix}${DEAD_LETTER_STREAM}`;
}
