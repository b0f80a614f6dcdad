import type { PermissionSet } from '@fg/permissions';
import type { CreatedBy } from '../workflow/workflow.entity';

/** The write model's ConditionType (shared/API.md §2.8): the stored kind of a condition. */
export const TRIGGER_CONDITION_TYPES = ['ON_NEW_ARTIFACT', 'ON_PIPELINE_COMPLETION', 'ON_SCHEDULE', 'ON_WEBHOOK', 'ON_NEW_MANIFEST'] as const;
export type TriggerConditionType = (typeof TRIGGER_CONDITION_TYPES)[number];

export interface NewArtifactCondition {
  type: 'ON_NEW_ARTIFACT';
  artifactSourceId: string;
  /** A build number, or a regex over it when `regex`; null: every build. */
  artifactFilter: string | null;
  regex: boolean;
}

export interface PipelineCompletionCondition {
  type: 'ON_PIPELINE_COMPLETION';
  pipelineId: string;
}

export interface ScheduleCondition {
  type: 'ON_SCHEDULE';
  /** Quartz syntax, seconds first, normalised to single spaces. */
  cronExpression: string;
  onNewArtifactOnly: boolean;
}

export type WebhookSource = 'GITHUB' | 'GITLAB' | 'BITBUCKET' | 'CUSTOM';

export interface WebhookCondition {
  type: 'ON_WEBHOOK';
  webhookSource: WebhookSource;
  /** The provider's event in the schema's spelling (GitHubEventType, GitlabEvent, BitbucketEvent); null for CUSTOM. */
  event: string | null;
  /** GitHubAction; null: every action. */
  action: string | null;
  branchRegex: string | null;
  deployOnlyIfFilesChanged: boolean;
  filePaths: string[];
  gitConnectorId: string | null;
  branchName: string | null;
  repoName: string | null;
  /** The key GitHub signs deliveries with (X-Hub-Signature-256). Never returned by a read. */
  webhookSecret: string | null;
  /** The path token of the trigger's webhook URL: whoever knows it may deliver. */
  token: string;
}

export interface NewManifestCondition {
  type: 'ON_NEW_MANIFEST';
  appManifestId: string;
  versionRegex: string | null;
}

export type TriggerCondition = NewArtifactCondition | PipelineCompletionCondition | ScheduleCondition | WebhookCondition | NewManifestCondition;

export const ARTIFACT_SELECTION_TYPES = [
  'FROM_TRIGGERING_ARTIFACT',
  'FROM_TRIGGERING_PIPELINE',
  'FROM_PAYLOAD_SOURCE',
  'LAST_COLLECTED',
  'LAST_DEPLOYED_WORKFLOW',
  'LAST_DEPLOYED_PIPELINE',
] as const;
export type ArtifactSelectionType = (typeof ARTIFACT_SELECTION_TYPES)[number];

export interface ArtifactSelection {
  serviceId: string;
  type: ArtifactSelectionType;
  artifactSourceId: string | null;
  regex: boolean;
  artifactFilter: string | null;
  workflowId: string | null;
  pipelineId: string | null;
}

export const MANIFEST_SELECTION_TYPES = ['FROM_APP_MANIFEST', 'LAST_COLLECTED', 'LAST_DEPLOYED', 'PIPELINE_SOURCE', 'WEBHOOK_VARIABLE'] as const;
export type ManifestSelectionType = (typeof MANIFEST_SELECTION_TYPES)[number];

export interface ManifestSelection {
  serviceId: string;
  type: ManifestSelectionType;
  appManifestId: string | null;
  versionRegex: string | null;
  workflowId: string | null;
  pipelineId: string | null;
}

/** A variable value as StartExecutionInput's VariableInput takes it. */
export interface TriggerVariable {
  name: string;
  valueType: 'ID' | 'NAME' | 'EXPRESSION';
  value: string;
}

export interface TriggerAction {
  executionType: 'WORKFLOW' | 'PIPELINE';
  /** The workflow's or pipeline's id. */
  entityId: string;
  variables: TriggerVariable[];
  artifactSelections: ArtifactSelection[];
  manifestSelections: ManifestSelection[];
  excludeHostsWithSameArtifact: boolean;
  continueWithDefaultValues: boolean;
}

/**
 * Whom a firing acts as: the principal that last created or updated the trigger, with the permissions it had then.
 * The platform cannot recompute a user's permissions outside a request (the gateway signs them), so a trigger keeps
 * firing with these until someone updates it.
 */
export interface TriggerActor {
  kind: 'user' | 'apiKey' | 'delegate' | 'system';
  id: string;
  permissions: PermissionSet;
}

/** An environment a trigger's workflow or pipeline acts in, with its type, as of the trigger's last write. */
export interface TriggerTargetEnvironment {
  id: string;
  type: 'PROD' | 'NON_PROD';
}

export interface Trigger {
  id: string;
  accountId: string;
  applicationId: string;
  name: string;
  description: string | null;
  condition: TriggerCondition;
  action: TriggerAction;
  createdBy: CreatedBy;
  actor: TriggerActor;
  /**
   * The environments of the workflow (none or one) or pipeline it starts, as of its last create or update: reading it
   * is checked by them as reading its target is. Absent on triggers written before they were kept (and for a pipeline
   * that keeps none), which are then checked by their target's id alone.
   */
  targetEnvironments?: TriggerTargetEnvironment[];
  createdAt: number;
  updatedAt: number;
}

export type TriggerFields = Omit<Trigger, 'id' | 'accountId' | 'createdAt' | 'updatedAt'>;
