export { PipelineRepository } from './pipeline/pipeline.repository';
export type { Pipeline } from './pipeline/pipeline.entity';
