export { ApplicationRepository, type ApplicationQuery } from './application/application.repository';
export type { Application, ApplicationFields, GitSyncConfig } from './application/application.entity';
export { ServiceRepository, type ServiceQuery } from './service/service.repository';
export type { Service, ServiceFields } from './service/service.entity';
export { EnvironmentRepository, type EnvironmentQuery } from './environment/environment.repository';
export type { Environment, EnvironmentFields, EnvironmentType } from './environment/environment.entity';
export {
  InfrastructureDefinitionRepository,
  type InfrastructureDefinitionQuery,
} from './infrastructure-definition/infrastructure-definition.repository';
export type {
  InfrastructureDefinition,
  InfrastructureDefinitionFields,
} from './infrastructure-definition/infrastructure-definition.entity';
export { TagDefinitionRepository, type TagDefinitionQuery } from './tag/tag-definition.repository';
export { TagLinkRepository, MAX_TAG_FILTER_MATCHES, type TagUsageQuery } from './tag/tag-link.repository';
export type { TagDefinition, TagLink, TagEntityType, TagMatch } from './tag/tag.entity';
export type { Condition } from './shared/conditions';
