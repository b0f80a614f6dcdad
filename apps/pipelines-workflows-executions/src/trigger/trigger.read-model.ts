import type { ManifestVersion, Trigger, TriggerFiring } from '@fg/pipelines-workflows-executions/data-access';
import { describeQuartzCron, parseQuartzCron } from '@fg/pipelines-workflows-executions/triggers';
import type { ResolversInterfaceTypes, ResolversTypes } from '../generated/resolvers-types';

/** A Manifest as the API shows it: a recorded chart version, or one a trigger firing chose (which keeps no record time). */
export type ManifestModel = Omit<ManifestVersion, 'createdAt'> & { createdAt: number | null };

/** TriggerFiring.manifests: the chosen versions, by the ids the firing kept. */
export const firingManifests = (firing: TriggerFiring): ManifestModel[] =>
  firing.manifests.map(({ manifestId, serviceId, appManifestId, version }) => ({
    id: manifestId,
    accountId: firing.accountId,
    applicationId: firing.applicationId,
    serviceId,
    appManifestId,
    version,
    createdAt: null,
  }));

/** The gateway route that receives deliveries: `<PUBLIC_BASE_URL>/api/webhooks/triggers/<token>`. */
export const TRIGGER_WEBHOOK_PATH_PREFIX = '/api/webhooks/triggers/';

export const triggerWebhookUrl = (publicBaseUrl: string, token: string) => `${publicBaseUrl}${TRIGGER_WEBHOOK_PATH_PREFIX}${token}`;

/** Names of what a trigger mentions (null when one no longer exists, or is not known here yet). */
export interface MentionedNames {
  workflow(id: string | null): string | null;
  pipeline(id: string | null): string | null;
  service(id: string | null): string | null;
  artifactSource(id: string | null): string | null;
  gitConnector(id: string | null): string | null;
  /** An app manifest's name and the service it belongs to. */
  appManifest(id: string | null): { name: string; serviceId: string } | null;
}

type ConditionView = ResolversInterfaceTypes<ResolversTypes>['TriggerCondition'];
type ActionView = ResolversInterfaceTypes<ResolversTypes>['TriggerAction'];

/** The read model's TriggerConditionType for a stored ConditionType. */
const CONDITION_TYPES = {
  ON_NEW_ARTIFACT: 'NEW_ARTIFACT',
  ON_PIPELINE_COMPLETION: 'PIPELINE_COMPLETION',
  ON_SCHEDULE: 'SCHEDULED',
  ON_WEBHOOK: 'WEBHOOK',
  ON_NEW_MANIFEST: 'NEW_MANIFEST',
} as const;

export function conditionView(trigger: Trigger, names: MentionedNames, publicBaseUrl: string): ConditionView {
  const c = trigger.condition;
  const triggerConditionType = CONDITION_TYPES[c.type];
  switch (c.type) {
    case 'ON_NEW_ARTIFACT':
      return { __typename: 'OnNewArtifact', triggerConditionType, artifactSourceId: c.artifactSourceId, artifactSourceName: names.artifactSource(c.artifactSourceId), artifactFilter: c.artifactFilter, regex: c.regex };
    case 'ON_PIPELINE_COMPLETION':
      return { __typename: 'OnPipelineCompletion', triggerConditionType, pipelineId: c.pipelineId, pipelineName: names.pipeline(c.pipelineId) };
    case 'ON_SCHEDULE':
      return {
        __typename: 'OnSchedule',
        triggerConditionType,
        cronExpression: c.cronExpression,
        cronDescription: describeQuartzCron(parseQuartzCron(c.cronExpression)),
        onNewArtifactOnly: c.onNewArtifactOnly,
      };
    case 'ON_NEW_MANIFEST':
      return {
        __typename: 'OnNewManifest',
        triggerConditionType,
        appManifestId: c.appManifestId,
        appManifestName: names.appManifest(c.appManifestId)?.name ?? null,
        versionRegex: c.versionRegex,
        serviceId: names.appManifest(c.appManifestId)?.serviceId ?? null,
      };
    case 'ON_WEBHOOK':
      return {
        __typename: 'OnWebhook',
        triggerConditionType,
        webhookSource: c.webhookSource,
        webhookDetails: {
          __typename: 'WebhoookDetails',
          webhookURL: triggerWebhookUrl(publicBaseUrl, c.token),
          method: 'POST',
          header: 'content-type: application/json',
          // A custom sender names the builds to deploy (FROM_PAYLOAD_SOURCE); git providers send their own payloads.
          payload:
            c.webhookSource === 'CUSTOM'
              ? JSON.stringify({
                  application: trigger.applicationId,
                  artifacts: trigger.action.artifactSelections
                    .filter((s) => s.type === 'FROM_PAYLOAD_SOURCE')
                    .map((s) => ({ service: s.serviceId, buildNumber: `<${s.serviceId} build number>` })),
                  manifests: trigger.action.manifestSelections
                    .filter((s) => s.type === 'WEBHOOK_VARIABLE')
                    .map((s) => ({ service: s.serviceId, versionNumber: `<${s.appManifestId} version>` })),
                })
              : null,
        },
        webhookEvent: c.event ? { __typename: 'WebhookEvent', event: c.event, action: c.action } : null,
        branchRegex: c.branchRegex,
        branchName: c.branchName,
        repoName: c.repoName,
        deployOnlyIfFilesChanged: c.deployOnlyIfFilesChanged,
        filePaths: c.filePaths,
        gitConnectorId: c.gitConnectorId,
        gitConnectorName: names.gitConnector(c.gitConnectorId),
        webhookSecret: null,
      };
  }
}

export function actionView(trigger: Trigger, names: MentionedNames): ActionView {
  const a = trigger.action;
  const variables = a.variables.map((v) => ({ __typename: 'TriggerVariableValue' as const, name: v.name, value: v.value }));
  const artifactSelections = a.artifactSelections.map((s): ResolversInterfaceTypes<ResolversTypes>['ArtifactSelection'] => {
    const base = { serviceId: s.serviceId, serviceName: names.service(s.serviceId) };
    switch (s.type) {
      case 'FROM_TRIGGERING_ARTIFACT':
        return { __typename: 'FromTriggeringArtifactSource', ...base };
      case 'FROM_TRIGGERING_PIPELINE':
        return { __typename: 'FromTriggeringPipeline', ...base };
      case 'FROM_PAYLOAD_SOURCE':
        return { __typename: 'FromWebhookPayload', ...base, artifactSourceId: s.artifactSourceId, artifactSourceName: names.artifactSource(s.artifactSourceId) };
      case 'LAST_COLLECTED':
        return { __typename: 'LastCollected', ...base, artifactSourceId: s.artifactSourceId, artifactSourceName: names.artifactSource(s.artifactSourceId), regex: s.regex, artifactFilter: s.artifactFilter };
      case 'LAST_DEPLOYED_WORKFLOW':
        return { __typename: 'LastDeployedFromWorkflow', ...base, workflowId: s.workflowId, workflowName: names.workflow(s.workflowId) };
      case 'LAST_DEPLOYED_PIPELINE':
        return { __typename: 'LastDeployedFromPipeline', ...base, pipelineId: s.pipelineId, pipelineName: names.pipeline(s.pipelineId) };
    }
  });
  const manifestSelections = a.manifestSelections.map((s): ResolversInterfaceTypes<ResolversTypes>['ManifestSelection'] => {
    const base = { serviceId: s.serviceId, serviceName: names.service(s.serviceId), manifestSelectionType: s.type };
    switch (s.type) {
      case 'FROM_APP_MANIFEST':
        return { __typename: 'FromTriggeringAppManifest', ...base };
      case 'PIPELINE_SOURCE':
        return { __typename: 'ManifestFromTriggeringPipeline', ...base };
      case 'LAST_COLLECTED':
        return { __typename: 'LastCollectedManifest', ...base, appManifestId: s.appManifestId, appManifestName: names.appManifest(s.appManifestId)?.name ?? null, versionRegex: s.versionRegex };
      case 'WEBHOOK_VARIABLE':
        return { __typename: 'ManifestFromWebhookPayload', ...base, appManifestId: s.appManifestId, appManifestName: names.appManifest(s.appManifestId)?.name ?? null };
      case 'LAST_DEPLOYED':
        return s.workflowId
          ? { __typename: 'LastDeployedManifestFromWorkflow', ...base, workflowId: s.workflowId, workflowName: names.workflow(s.workflowId) }
          : { __typename: 'LastDeployedManifestFromPipeline', ...base, pipelineId: s.pipelineId, pipelineName: names.pipeline(s.pipelineId) };
    }
  });
  return a.executionType === 'WORKFLOW'
    ? { __typename: 'WorkflowAction', workflowId: a.entityId, workflowName: names.workflow(a.entityId), variables, artifactSelections, manifestSelections }
    : {
        __typename: 'PipelineAction',
        pipelineId: a.entityId,
        pipelineName: names.pipeline(a.entityId),
        variables,
        artifactSelections,
        manifestSelections,
        continueWithDefaultValues: a.continueWithDefaultValues,
      };
}
