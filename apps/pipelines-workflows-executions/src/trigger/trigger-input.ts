import { badInput } from '@fg/graphql-kit';
import type {
  ArtifactSelection,
  ManifestSelection,
  TriggerAction,
  TriggerCondition,
  TriggerConditionType,
  TriggerVariable,
} from '@fg/pipelines-workflows-executions/data-access';
import { CronSyntaxError, nextFireTime, parseQuartzCron, regexProblem } from '@fg/pipelines-workflows-executions/triggers';
import type { TriggerActionInput, TriggerConditionInput } from '../generated/resolvers-types';

/** Each condition type and the one sub-input that goes with it. */
const SUB_INPUTS = {
  ON_NEW_ARTIFACT: 'artifactConditionInput',
  ON_PIPELINE_COMPLETION: 'pipelineConditionInput',
  ON_SCHEDULE: 'scheduleConditionInput',
  ON_WEBHOOK: 'webhookConditionInput',
  ON_NEW_MANIFEST: 'manifestConditionInput',
} as const satisfies Record<TriggerConditionType, keyof TriggerConditionInput>;

/**
 * What a trigger names, for the service to check it exists in the application: workflows and pipelines of this
 * subgraph, and services and artifact sources known from other subgraphs' events (with the service each source must
 * belong to).
 */
export interface TriggerReferences {
  workflowIds: string[];
  pipelineIds: string[];
  serviceIds: string[];
  artifactSources: Array<{ id: string; serviceId: string | null }>;
  /** App manifests (known from recordManifestVersion), with the service each must belong to. */
  appManifests: Array<{ id: string; serviceId: string | null }>;
}

const required = (value: string | null | undefined, what: string): string => {
  const text = value?.trim();
  if (!text) throw badInput(`${what} is required`);
  return text;
};

const optional = (value: string | null | undefined): string | null => (value?.trim() ? value.trim() : null);

function checkedRegex(source: string | null, what: string): string | null {
  if (source === null) return null;
  const problem = regexProblem(source);
  if (problem) throw badInput(`${what} is not a valid regular expression: ${problem}`);
  return source;
}

/** A schedule must be Quartz syntax and fire at least once more. */
export function checkedCron(expression: string, now: number): string {
  try {
    const cron = parseQuartzCron(expression);
    if (nextFireTime(cron, now) === null) throw badInput(`Cron expression "${expression}" never fires again`);
    return cron.expression;
  } catch (error) {
    if (error instanceof CronSyntaxError) throw badInput(`Invalid cron expression: ${error.message}`);
    throw error;
  }
}

/**
 * The stored condition for a TriggerConditionInput: exactly the sub-input of its conditionType, checked field by
 * field. A webhook's token is the caller's to give (a new one on create, the kept one on update).
 */
export function conditionFromInput(input: TriggerConditionInput, webhookToken: () => string, now: number): TriggerCondition {
  const type = input.conditionType;
  const wanted = SUB_INPUTS[type];
  const extra = Object.values(SUB_INPUTS).filter((key) => key !== wanted && input[key] != null);
  if (extra.length > 0) throw badInput(`conditionType ${type} takes only ${wanted}; remove ${extra.join(', ')}`);
  if (input[wanted] == null) throw badInput(`conditionType ${type} needs ${wanted}`);
  switch (type) {
    case 'ON_NEW_ARTIFACT': {
      const artifact = input.artifactConditionInput!;
      const regex = artifact.regex ?? false;
      const artifactFilter = optional(artifact.artifactFilter);
      return {
        type,
        artifactSourceId: required(artifact.artifactSourceId, 'artifactConditionInput.artifactSourceId'),
        artifactFilter: regex ? checkedRegex(artifactFilter, 'artifactFilter') : artifactFilter,
        regex,
      };
    }
    case 'ON_PIPELINE_COMPLETION':
      return { type, pipelineId: required(input.pipelineConditionInput!.pipelineId, 'pipelineConditionInput.pipelineId') };
    case 'ON_SCHEDULE': {
      const schedule = input.scheduleConditionInput!;
      return {
        type,
        cronExpression: checkedCron(required(schedule.cronExpression, 'scheduleConditionInput.cronExpression'), now),
        onNewArtifactOnly: schedule.onNewArtifactOnly ?? false,
      };
    }
    case 'ON_NEW_MANIFEST': {
      const manifest = input.manifestConditionInput!;
      return {
        type,
        appManifestId: required(manifest.appManifestId, 'manifestConditionInput.appManifestId'),
        versionRegex: checkedRegex(optional(manifest.versionRegex), 'versionRegex'),
      };
    }
    case 'ON_WEBHOOK': {
      const webhook = input.webhookConditionInput!;
      const source = webhook.webhookSourceType;
      const events = { GITHUB: webhook.githubEvent, GITLAB: webhook.gitlabEvent, BITBUCKET: webhook.bitbucketEvent } as const;
      const eventInputs = { GITHUB: 'githubEvent', GITLAB: 'gitlabEvent', BITBUCKET: 'bitbucketEvent' } as const;
      for (const [kind, value] of Object.entries(events) as Array<[keyof typeof events, unknown]>) {
        if (kind !== source && value != null) throw badInput(`${eventInputs[kind]} does not apply to a ${source} webhook`);
      }
      const event = source === 'GITHUB' ? (webhook.githubEvent?.event ?? null) : source === 'GITLAB' ? (webhook.gitlabEvent ?? null) : source === 'BITBUCKET' ? (webhook.bitbucketEvent ?? null) : null;
      const action = source === 'GITHUB' ? (webhook.githubEvent?.action ?? null) : null;
      const filePaths = (webhook.filePaths ?? []).map((p) => p?.trim() ?? '').filter((p) => p.length > 0);
      const deployOnlyIfFilesChanged = webhook.deployOnlyIfFilesChanged ?? false;
      if (deployOnlyIfFilesChanged) {
        if (event !== 'PUSH') throw badInput('deployOnlyIfFilesChanged applies only to PUSH events');
        if (filePaths.length === 0) throw badInput('deployOnlyIfFilesChanged needs at least one of filePaths');
      }
      const webhookSecret = optional(webhook.webhookSecret);
      if (webhookSecret && source !== 'GITHUB') throw badInput('webhookSecret applies only to GITHUB webhooks');
      return {
        type,
        webhookSource: source,
        event,
        action,
        branchRegex: checkedRegex(optional(webhook.branchRegex), 'branchRegex'),
        deployOnlyIfFilesChanged,
        filePaths,
        gitConnectorId: optional(webhook.gitConnectorId),
        branchName: optional(webhook.branchName),
        repoName: optional(webhook.repoName),
        webhookSecret,
        token: webhookToken(),
      };
    }
  }
}

/** Which condition an artifact or manifest selection takes its artifact from, when it takes it from the firing. */
const ARTIFACT_SELECTION_NEEDS: Partial<Record<ArtifactSelection['type'], TriggerConditionType>> = {
  FROM_TRIGGERING_ARTIFACT: 'ON_NEW_ARTIFACT',
  FROM_TRIGGERING_PIPELINE: 'ON_PIPELINE_COMPLETION',
  FROM_PAYLOAD_SOURCE: 'ON_WEBHOOK',
};
const MANIFEST_SELECTION_NEEDS: Partial<Record<ManifestSelection['type'], TriggerConditionType>> = {
  FROM_APP_MANIFEST: 'ON_NEW_MANIFEST',
  PIPELINE_SOURCE: 'ON_PIPELINE_COMPLETION',
  WEBHOOK_VARIABLE: 'ON_WEBHOOK',
};

function uniqueServices(serviceIds: string[], what: string): void {
  const seen = new Set<string>();
  for (const id of serviceIds) {
    if (seen.has(id)) throw badInput(`Service ${id} has more than one ${what}`);
    seen.add(id);
  }
}

/** The stored action, and the workflows and pipelines it names. */
export function actionFromInput(input: TriggerActionInput, conditionType: TriggerConditionType): { action: TriggerAction; references: TriggerReferences } {
  const references: TriggerReferences = { workflowIds: [], pipelineIds: [], serviceIds: [], artifactSources: [], appManifests: [] };
  const entityId = required(input.entityId, 'action.entityId');
  (input.executionType === 'WORKFLOW' ? references.workflowIds : references.pipelineIds).push(entityId);

  const variables: TriggerVariable[] = (input.variables ?? []).flatMap((v) => (v ? [v] : [])).map((v) => ({
    name: required(v.name, 'A variable name'),
    valueType: v.variableValue.type,
    value: v.variableValue.value,
  }));
  const names = new Set<string>();
  for (const v of variables) {
    if (names.has(v.name)) throw badInput(`Variable ${v.name} is given more than once`);
    names.add(v.name);
  }

  const artifactSelections: ArtifactSelection[] = (input.artifactSelections ?? []).flatMap((s) => (s ? [s] : [])).map((s) => {
    const type = s.artifactSelectionType;
    const needs = ARTIFACT_SELECTION_NEEDS[type];
    if (needs && needs !== conditionType) throw badInput(`Artifact selection ${type} needs a ${needs} condition`);
    const selection: ArtifactSelection = {
      serviceId: required(s.serviceId, 'artifactSelections.serviceId'),
      type,
      artifactSourceId: optional(s.artifactSourceId),
      regex: s.regex ?? false,
      artifactFilter: optional(s.artifactFilter),
      workflowId: optional(s.workflowId),
      pipelineId: optional(s.pipelineId),
    };
    if ((type === 'LAST_COLLECTED' || type === 'FROM_PAYLOAD_SOURCE') && !selection.artifactSourceId) {
      throw badInput(`Artifact selection ${type} needs artifactSourceId`);
    }
    if (type === 'LAST_DEPLOYED_WORKFLOW') references.workflowIds.push(required(selection.workflowId, `Artifact selection ${type}: workflowId`));
    if (type === 'LAST_DEPLOYED_PIPELINE') references.pipelineIds.push(required(selection.pipelineId, `Artifact selection ${type}: pipelineId`));
    if (selection.regex) checkedRegex(selection.artifactFilter, 'artifactSelections.artifactFilter');
    references.serviceIds.push(selection.serviceId);
    if (selection.artifactSourceId) references.artifactSources.push({ id: selection.artifactSourceId, serviceId: selection.serviceId });
    return selection;
  });
  uniqueServices(artifactSelections.map((s) => s.serviceId), 'artifact selection');

  const manifestSelections: ManifestSelection[] = (input.manifestSelections ?? []).flatMap((s) => (s ? [s] : [])).map((s) => {
    const type = s.manifestSelectionType;
    const needs = MANIFEST_SELECTION_NEEDS[type];
    if (needs && needs !== conditionType) throw badInput(`Manifest selection ${type} needs a ${needs} condition`);
    const selection: ManifestSelection = {
      serviceId: required(s.serviceId, 'manifestSelections.serviceId'),
      type,
      appManifestId: optional(s.appManifestId),
      versionRegex: checkedRegex(optional(s.versionRegex), 'manifestSelections.versionRegex'),
      workflowId: optional(s.workflowId),
      pipelineId: optional(s.pipelineId),
    };
    if ((type === 'LAST_COLLECTED' || type === 'WEBHOOK_VARIABLE') && !selection.appManifestId) {
      throw badInput(`Manifest selection ${type} needs appManifestId`);
    }
    if (type === 'LAST_DEPLOYED') {
      if (!selection.workflowId === !selection.pipelineId) throw badInput('Manifest selection LAST_DEPLOYED needs one of workflowId and pipelineId');
      if (selection.workflowId) references.workflowIds.push(selection.workflowId);
      if (selection.pipelineId) references.pipelineIds.push(selection.pipelineId);
    }
    references.serviceIds.push(selection.serviceId);
    if (selection.appManifestId) references.appManifests.push({ id: selection.appManifestId, serviceId: selection.serviceId });
    return selection;
  });
  uniqueServices(manifestSelections.map((s) => s.serviceId), 'manifest selection');

  if (input.executionType === 'WORKFLOW' && input.continueWithDefaultValues != null) {
    throw badInput('continueWithDefaultValues applies only to PIPELINE actions');
  }
  return {
    action: {
      executionType: input.executionType,
      entityId,
      variables,
      artifactSelections,
      manifestSelections,
      excludeHostsWithSameArtifact: input.excludeHostsWithSameArtifact ?? false,
      continueWithDefaultValues: input.continueWithDefaultValues ?? false,
    },
    references,
  };
}
