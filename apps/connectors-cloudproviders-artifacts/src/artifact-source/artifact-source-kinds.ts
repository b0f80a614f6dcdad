import type {
  ArtifactSourceType,
  CloudProviderType,
  ConnectorType,
} from '@fg/connectors-cloudproviders-artifacts/data-access';
import type { ArtifactSourceResolvers, NexusPropsResolvers } from '../generated/resolvers-types';

export interface ArtifactSourceKind {
  /** The sub-input slot in Create/UpdateArtifactSourceInput. */
  slot: string;
  graphqlType: ArtifactSourceTypeName;
  /** The connector the kind reads through, the field naming it, and the error when it is missing or of another kind. */
  connector?: { field: string; type: ConnectorType; notFound: string };
  cloudProvider?: { field: string; type: CloudProviderType; notFound: string };
  /** A kind whose sub-input may be left out (it has no required settings). */
  slotOptional?: boolean;
}

const AWS = { type: 'AWS', notFound: 'AWS Cloud provider does not exist' } as const;
const GCP = { type: 'GCP', notFound: 'Google Cloud provider does not exist' } as const;
const AZURE = { type: 'AZURE', notFound: 'Azure Cloud provider does not exist' } as const;

export const ARTIFACT_SOURCE_KINDS: Record<ArtifactSourceType, ArtifactSourceKind> = {
  JENKINS: {
    slot: 'jenkins',
    graphqlType: 'JenkinsArtifactSource',
    connector: { field: 'jenkinsConnectorId', type: 'JENKINS', notFound: 'Jenkins connector does not exist' },
  },
  BAMBOO: {
    slot: 'bamboo',
    graphqlType: 'BambooArtifactSource',
    connector: { field: 'bambooConnectorId', type: 'BAMBOO', notFound: 'Bamboo connector does not exist' },
  },
  DOCKER: {
    slot: 'docker',
    graphqlType: 'DockerArtifactSource',
    connector: { field: 'dockerConnectorId', type: 'DOCKER', notFound: 'Docker connector does not exist' },
  },
  ECR: { slot: 'ecr', graphqlType: 'ECRArtifactSource', cloudProvider: { field: 'awsCloudProviderId', ...AWS } },
  GCR: { slot: 'gcr', graphqlType: 'GCRArtifactSource', cloudProvider: { field: 'gcpCloudProviderId', ...GCP } },
  ACR: { slot: 'acr', graphqlType: 'ACRArtifactSource', cloudProvider: { field: 'azureCloudProviderId', ...AZURE } },
  NEXUS: {
    slot: 'nexus',
    graphqlType: 'NexusArtifactSource',
    connector: { field: 'nexusConnectorId', type: 'NEXUS', notFound: 'Nexus connector does not exist' },
  },
  ARTIFACTORY: {
    slot: 'artifactory',
    graphqlType: 'ArtifactoryArtifactSource',
    connector: { field: 'artifactoryConnectorId', type: 'ARTIFACTORY', notFound: 'Artifactory connector does not exist' },
  },
  AMAZON_S3: { slot: 'amazonS3', graphqlType: 'AmazonS3ArtifactSource', cloudProvider: { field: 'awsCloudProviderId', ...AWS } },
  AMI: { slot: 'ami', graphqlType: 'AMIArtifactSource', cloudProvider: { field: 'awsCloudProviderId', ...AWS } },
  GCS: { slot: 'gcs', graphqlType: 'GCSArtifactSource', cloudProvider: { field: 'gcpCloudProviderId', ...GCP } },
  SMB: {
    slot: 'smb',
    graphqlType: 'SMBArtifactSource',
    connector: { field: 'smbConnectorId', type: 'SMB', notFound: 'SMB connector does not exist' },
  },
  SFTP: {
    slot: 'sftp',
    graphqlType: 'SFTPArtifactSource',
    connector: { field: 'sftpConnectorId', type: 'SFTP', notFound: 'SFTP connector does not exist' },
  },
  // Azure Artifacts connectors are not among the 32 connector kinds, so there is nothing here to check the id against.
  AZURE_ARTIFACTS: { slot: 'azureArtifacts', graphqlType: 'AzureArtifactsArtifactSource' },
  AZURE_MACHINE_IMAGE: {
    slot: 'azureMachineImage',
    graphqlType: 'AzureMachineImageArtifactSource',
    cloudProvider: { field: 'azureCloudProviderId', ...AZURE },
  },
  CUSTOM: { slot: 'custom', graphqlType: 'CustomArtifactSource', slotOptional: true },
};

export const ARTIFACT_SOURCE_SLOTS = Object.values(ARTIFACT_SOURCE_KINDS).map((kind) => kind.slot);

/** The fields each Nexus repository format needs (the reference's NexusProps variants). */
/** The schema's types that implement ArtifactSource, and NexusProps. */
export type ArtifactSourceTypeName = NonNullable<Awaited<ReturnType<ArtifactSourceResolvers['__resolveType']>>>;
type NexusPropsTypeName = NonNullable<Awaited<ReturnType<NexusPropsResolvers['__resolveType']>>>;

export const NEXUS_FORMAT_FIELDS: Record<string, { required: string[]; graphqlType: NexusPropsTypeName }> = {
  DOCKER: { required: ['dockerImageName'], graphqlType: 'NexusDockerProps' },
  MAVEN: { required: ['groupId', 'artifactId'], graphqlType: 'NexusMavenProps' },
  NPM: { required: ['packageName'], graphqlType: 'NexusNpmProps' },
  NUGET: { required: ['packageName'], graphqlType: 'NexusNugetProps' },
  RAW: { required: ['packageName'], graphqlType: 'NexusRawProps' },
};
