export {
  ConnectorRepository,
  CONNECTOR_TYPES,
  type Connector,
  type ConnectorType,
  type ConnectorSettings,
  type ConnectorChange,
  type ConnectorQuery,
  type NewConnector,
} from './connector/connector.repository';
export {
  CloudProviderRepository,
  CLOUD_PROVIDER_TYPES,
  type CloudProvider,
  type CloudProviderType,
  type CloudProviderSettings,
  type CloudProviderQuery,
  type NewCloudProvider,
} from './cloud-provider/cloud-provider.repository';
export {
  ArtifactSourceRepository,
  ARTIFACT_SOURCE_TYPES,
  type ArtifactSource,
  type ArtifactSourceType,
  type ArtifactSourceChange,
  type NewArtifactSource,
} from './artifact-source/artifact-source.repository';
export { ArtifactRepository, type Artifact, type ArtifactQuery, type NewArtifact } from './artifact/artifact.repository';
export { SecretProjection, type KnownSecret } from './secret-projection/secret-projection.repository';
export type { SecretEvent, SecretType } from './secret-projection/secret-event';
export {
  applicationReach,
  applicationsNotCovered,
  type ApplicationReach,
  type UsageScope,
  type AppEnvScope,
} from './usage-scope/usage-scope';
export { enumFilterCondition, timeFilterCondition, allOf, type EnumFilter, type TimeFilter } from './filters/list-filters';
export {
  ConnectorReferenceProjection,
  type ConnectorReferrer,
  type ConnectorReferenceEvent,
} from './connector-reference/connector-reference.projection';
