export { PipelineRepository, type PipelineFilter } from './pipeline/pipeline.repository';
export type { Pipeline } from './pipeline/pipeline.entity';
export type { PipelineStage, WorkflowStage, ApprovalStage } from './pipeline/pipeline-stage.entity';
export { WorkflowRepository, type NewWorkflow } from './workflow/workflow.repository';
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
export { CatalogProjection, catalogEventHandlers } from './catalog/catalog.projection';
export type {
  CatalogApplication,
  CatalogService,
  CatalogEnvironment,
  CatalogEnvironmentType,
  CatalogInfrastructureDefinition,
  CatalogEvent,
} from './catalog/catalog.entity';
