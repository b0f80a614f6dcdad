import type { CreatedBy, Variable } from '../workflow/workflow.entity';
import type { PipelineStage } from './pipeline-stage.entity';

export interface Pipeline {
  id: string;
  accountId: string;
  applicationId: string;
  name: string;
  description: string | null;
  variables: Variable[];
  /** In order; see PipelineStage.parallelWithPrevious for parallel groups. */
  stages: PipelineStage[];
  createdBy: CreatedBy;
  createdAt: number;
}
