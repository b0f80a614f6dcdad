import type { CreatedBy, Variable } from '../workflow/workflow.entity';
import type { PipelineStage } from './pipeline-stage.entity';

/** An environment a pipeline's workflow stages deploy to, with its type when the pipeline was last written. */
export interface PipelineEnvironment {
  id: string;
  type: 'PROD' | 'NON_PROD';
}

export interface Pipeline {
  id: string;
  accountId: string;
  applicationId: string;
  name: string;
  description: string | null;
  variables: Variable[];
  /** In order; see PipelineStage.parallelWithPrevious for parallel groups. */
  stages: PipelineStage[];
  /**
   * The environments of its stages' workflows as of its last write (PIPELINE permissions by environment go by them);
   * absent on pipelines written before they were kept, until their next update.
   */
  environments?: PipelineEnvironment[];
  createdBy: CreatedBy;
  createdAt: number;
}
