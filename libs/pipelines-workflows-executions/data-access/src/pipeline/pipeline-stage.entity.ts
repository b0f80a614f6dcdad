interface StageBase {
  /** Stable across updates of the pipeline: the reference's pipelineStageElementId. */
  id: string;
  name: string;
  /**
   * Runs together with the stage before it: consecutive stages with this set form one parallel group, and the
   * pipeline moves to the next group when every stage of the group has ended.
   */
  parallelWithPrevious: boolean;
}

/** Runs a workflow of the same application with these variable values (`${pipeline.variables.x}` expands). */
export interface WorkflowStage extends StageBase {
  type: 'WORKFLOW';
  workflowId: string;
  workflowVariables: Array<{ name: string; value: string }>;
  /**
   * Variables of the workflow given when the stage is reached (pipelineResumeRuntime), not at start; a value in
   * workflowVariables is their default. Absent on stages stored before runtime inputs existed: none.
   */
  runtimeInputVariables?: string[];
  /** How long the stage waits for its runtime inputs before the pipeline ends EXPIRED. */
  runtimeInputTimeoutMs?: number;
}

/** Waits for a member of one of the user groups to approve or reject; EXPIRED after the timeout. */
export interface ApprovalStage extends StageBase {
  type: 'APPROVAL';
  userGroupIds: string[];
  timeoutMs: number;
}

export type PipelineStage = WorkflowStage | ApprovalStage;
