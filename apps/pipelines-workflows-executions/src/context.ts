import type { Identity } from '@fg/internal-auth';
import type { PipelineService } from './pipeline/pipeline.service';

export interface PipelinesContext {
  identity: Identity;
  pipelines: PipelineService;
}
