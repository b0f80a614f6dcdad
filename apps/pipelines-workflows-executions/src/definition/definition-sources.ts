import type {
  CatalogProjection,
  PipelineRepository,
  TagLinkProjection,
  WorkflowRepository,
} from '@fg/pipelines-workflows-executions/data-access';

/** What workflow and pipeline definitions are read from and checked against (one set per process). */
export interface DefinitionSources {
  workflows: WorkflowRepository;
  pipelines: PipelineRepository;
  /** apps-services' applications, services, environments and infrastructure definitions. */
  catalog: CatalogProjection;
  /** apps-services' tags of applications, workflows and pipelines. */
  tags: TagLinkProjection;
}
