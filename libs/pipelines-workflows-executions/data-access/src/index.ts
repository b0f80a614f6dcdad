export { PipelineRepository, type PipelineFilter, type PipelineChanges } from './pipeline/pipeline.repository';
export type { Pipeline, PipelineEnvironment } from './pipeline/pipeline.entity';
export type { PipelineStage, WorkflowStage, ApprovalStage } from './pipeline/pipeline-stage.entity';
export {
  WorkflowRepository,
  type NewWorkflow,
  type WorkflowChanges,
  type WorkflowFilter,
  type WorkflowRecord,
  type WorkflowEnvironmentType,
} from './workflow/workflow.repository';
export {
  ORCHESTRATION_WORKFLOW_TYPES,
  WORKFLOW_STEP_TYPES,
  type OrchestrationWorkflowType,
  type Variable,
  type Workflow,
  type WorkflowPhase,
  type WorkflowStep,
  type WorkflowStepType,
  type ShellScriptStep,
  type HttpStep,
  type ApprovalStep,
  type WaitStep,
  type DeployStep,
  type CreatedBy,
} from './workflow/workflow.entity';
export { TriggerRepository, type TriggerQuery } from './trigger/trigger.repository';
export * from './trigger/trigger.entity';
export { TriggerFiringRepository, type FiringOutcome } from './trigger/trigger-firing.repository';
export * from './trigger/trigger-firing.entity';
export { CollectedArtifactRepository, type CollectedArtifact } from './trigger/collected-artifact.repository';
export { DeployedArtifactRepository, type DeployedArtifact } from './trigger/deployed-artifact.repository';
export { DeployedManifestRepository, type DeployedManifest } from './trigger/deployed-manifest.repository';
export { ManifestVersionRepository, type ManifestVersion } from './trigger/manifest-version.repository';
export { AppManifestRepository, type AppManifest, type AppManifestRegistration } from './trigger/app-manifest.repository';
export { ArtifactSourceProjection, type ArtifactSourceEvent, type KnownArtifactSource, type KnownArtifact } from './artifact-source/artifact-source.projection';
export { CatalogProjection, catalogEventHandlers } from './catalog/catalog.projection';
export type {
  CatalogApplication,
  CatalogService,
  CatalogEnvironment,
  CatalogEnvironmentType,
  CatalogInfrastructureDefinition,
  CatalogEvent,
} from './catalog/catalog.entity';
export { TagLinkProjection, tagEventHandlers } from './tag/tag-link.projection';
export { PROJECTED_TAG_ENTITY_TYPES, type ProjectedTagEntityType, type TagLinkView, type TagMatch } from './tag/tag-link.entity';
