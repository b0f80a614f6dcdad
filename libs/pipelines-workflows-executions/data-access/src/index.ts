export { PipelineRepository, type PipelineFilter } from './pipeline/pipeline.repository';
export type { Pipeline } from './pipeline/pipeline.entity';
