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
export { ArtifactSourceProjection, type ArtifactSourceEvent, type KnownArtifactSource, type KnownArtifact } from './artifact-source/artifact-source.projection';
