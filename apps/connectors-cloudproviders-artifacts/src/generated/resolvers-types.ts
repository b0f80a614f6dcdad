import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CloudProviderView as CloudProviderViewModel } from '../cloud-provider/cloud-provider.resolver';
import type { ConnectorView as ConnectorViewModel } from '../connector/connector.resolver';
import type { ArtifactSourceView as ArtifactSourceViewModel, ArtifactPropsView as ArtifactPropsViewModel } from '../artifact-source/artifact-source.resolver';
import type { Connection as ConnectionModel } from '@fg/graphql-kit';
import type { Artifact as ArtifactModel } from '@fg/connectors-cloudproviders-artifacts/data-access';
import type { ServiceReference as ServiceReferenceModel, ConnectorsContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Epoch milliseconds. */
  DateTime: { input: number; output: number; }
  /** An int, long or double. */
  Number: { input: number; output: number; }
  _FieldSet: { input: string; output: string; }
};

export type AcrArtifactSource = ArtifactSource & {
  __typename?: 'ACRArtifactSource';
  artifacts?: Maybe<ArtifactConnection>;
  azureCloudProviderId?: Maybe<Scalars['String']['output']>;
  collectionEnabled?: Maybe<Scalars['Boolean']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  registryName?: Maybe<Scalars['String']['output']>;
  repositoryName?: Maybe<Scalars['String']['output']>;
  subscriptionId?: Maybe<Scalars['String']['output']>;
};


export type AcrArtifactSourceArtifactsArgs = {
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type AcrArtifactSourceInput = {
  azureCloudProviderId: Scalars['String']['input'];
  registryName: Scalars['String']['input'];
  repositoryName: Scalars['String']['input'];
  subscriptionId: Scalars['String']['input'];
};

export type AmiArtifactSource = ArtifactSource & {
  __typename?: 'AMIArtifactSource';
  amiResourceFilters?: Maybe<Array<Maybe<KeyValuePair>>>;
  artifacts?: Maybe<ArtifactConnection>;
  awsCloudProviderId?: Maybe<Scalars['String']['output']>;
  awsTags?: Maybe<Array<Maybe<KeyValuePair>>>;
  collectionEnabled?: Maybe<Scalars['Boolean']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  region?: Maybe<Scalars['String']['output']>;
};


export type AmiArtifactSourceArtifactsArgs = {
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type AmiArtifactSourceInput = {
  amiResourceFilters?: InputMaybe<Array<KeyValuePairInput>>;
  awsCloudProviderId: Scalars['String']['input'];
  awsTags?: InputMaybe<Array<KeyValuePairInput>>;
  region: Scalars['String']['input'];
};

export type AmazonS3ArtifactSource = ArtifactSource & {
  __typename?: 'AmazonS3ArtifactSource';
  artifactPaths?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  artifacts?: Maybe<ArtifactConnection>;
  awsCloudProviderId?: Maybe<Scalars['String']['output']>;
  bucket?: Maybe<Scalars['String']['output']>;
  collectionEnabled?: Maybe<Scalars['Boolean']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};


export type AmazonS3ArtifactSourceArtifactsArgs = {
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type AmazonS3ArtifactSourceInput = {
  artifactPaths?: InputMaybe<Array<Scalars['String']['input']>>;
  awsCloudProviderId: Scalars['String']['input'];
  bucket: Scalars['String']['input'];
};

export type AmazonS3Connector = Connector & {
  __typename?: 'AmazonS3Connector';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type AmazonS3HelmRepoConnector = Connector & {
  __typename?: 'AmazonS3HelmRepoConnector';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type AmazonS3PlatformInput = {
  /** Id of an AWS cloud provider. */
  awsCloudProvider: Scalars['String']['input'];
  bucketName: Scalars['String']['input'];
  region: Scalars['String']['input'];
};

export type ApmVerificationConnector = Connector & {
  __typename?: 'ApmVerificationConnector';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type AppDynamicsConnector = Connector & {
  __typename?: 'AppDynamicsConnector';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type AppEnvScope = {
  __typename?: 'AppEnvScope';
  application?: Maybe<AppScopeFilter>;
  environment?: Maybe<EnvScopeFilter>;
};

export type AppEnvScopeInput = {
  application: AppScopeFilterInput;
  environment: EnvScopeFilterInput;
};

export type AppScopeFilter = {
  __typename?: 'AppScopeFilter';
  appId?: Maybe<Scalars['String']['output']>;
  filterType?: Maybe<FilterType>;
};

export type AppScopeFilterInput = {
  appId?: InputMaybe<Scalars['String']['input']>;
  filterType?: InputMaybe<FilterType>;
};

export type Artifact = {
  __typename?: 'Artifact';
  artifactSource?: Maybe<ArtifactSource>;
  buildNo?: Maybe<Scalars['String']['output']>;
  collectedAt?: Maybe<Scalars['DateTime']['output']>;
  id?: Maybe<Scalars['String']['output']>;
};

export type ArtifactCleanUpPayload = {
  __typename?: 'ArtifactCleanUpPayload';
  message?: Maybe<Scalars['String']['output']>;
};

export type ArtifactCleanupInput = {
  artifactStreamId: Scalars['String']['input'];
};

export type ArtifactConnection = {
  __typename?: 'ArtifactConnection';
  nodes?: Maybe<Array<Maybe<Artifact>>>;
  pageInfo?: Maybe<PageInfo>;
};

export type ArtifactFilter = {
  artifact?: InputMaybe<IdFilter>;
  artifactSource?: InputMaybe<IdFilter>;
  /** Values are artifact source kinds (ArtifactSourceType), e.g. DOCKER. */
  artifactStreamType?: InputMaybe<IdFilter>;
};

export type ArtifactSource = {
  artifacts?: Maybe<ArtifactConnection>;
  collectionEnabled?: Maybe<Scalars['Boolean']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};


export type ArtifactSourceArtifactsArgs = {
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** Extension: the kinds of artifact source (the reference's artifact stream types). */
export type ArtifactSourceType =
  | 'ACR'
  | 'AMAZON_S3'
  | 'AMI'
  | 'ARTIFACTORY'
  | 'AZURE_ARTIFACTS'
  | 'AZURE_MACHINE_IMAGE'
  | 'BAMBOO'
  | 'CUSTOM'
  | 'DOCKER'
  | 'ECR'
  | 'GCR'
  | 'GCS'
  | 'JENKINS'
  | 'NEXUS'
  | 'SFTP'
  | 'SMB';

export type ArtifactoryArtifactSource = ArtifactSource & {
  __typename?: 'ArtifactoryArtifactSource';
  artifacts?: Maybe<ArtifactConnection>;
  collectionEnabled?: Maybe<Scalars['Boolean']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  properties?: Maybe<ArtifactoryProps>;
};


export type ArtifactoryArtifactSourceArtifactsArgs = {
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** With dockerImageName the source is a Docker repository (ArtifactoryDockerProps), with artifactPath a file repository (ArtifactoryFileProps). */
export type ArtifactoryArtifactSourceInput = {
  artifactPath?: InputMaybe<Scalars['String']['input']>;
  artifactoryConnectorId: Scalars['String']['input'];
  dockerImageName?: InputMaybe<Scalars['String']['input']>;
  dockerRepositoryServer?: InputMaybe<Scalars['String']['input']>;
  repository: Scalars['String']['input'];
};

export type ArtifactoryConnector = Connector & {
  __typename?: 'ArtifactoryConnector';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  delegateSelectors?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type ArtifactoryDockerProps = ArtifactoryProps & {
  __typename?: 'ArtifactoryDockerProps';
  artifactoryConnectorId?: Maybe<Scalars['String']['output']>;
  dockerImageName?: Maybe<Scalars['String']['output']>;
  dockerRepositoryServer?: Maybe<Scalars['String']['output']>;
  repository?: Maybe<Scalars['String']['output']>;
};

export type ArtifactoryFileProps = ArtifactoryProps & {
  __typename?: 'ArtifactoryFileProps';
  artifactPath?: Maybe<Scalars['String']['output']>;
  artifactoryConnectorId?: Maybe<Scalars['String']['output']>;
  repository?: Maybe<Scalars['String']['output']>;
};

export type ArtifactoryProps = {
  artifactoryConnectorId?: Maybe<Scalars['String']['output']>;
  repository?: Maybe<Scalars['String']['output']>;
};

export type AwsCloudProvider = CloudProvider & {
  __typename?: 'AwsCloudProvider';
  ceHealthStatus?: Maybe<CeHealthStatus>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  isContinuousEfficiencyEnabled?: Maybe<Scalars['Boolean']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  type?: Maybe<Scalars['String']['output']>;
};

export type AwsCloudProviderInput = {
  credentialsType?: InputMaybe<AwsCredentialsType>;
  crossAccountAttributes?: InputMaybe<AwsCrossAccountAttributes>;
  defaultRegion?: InputMaybe<Scalars['String']['input']>;
  ec2IamCredentials?: InputMaybe<Ec2IamCredentials>;
  irsaCredentials?: InputMaybe<IrsaCredentials>;
  manualCredentials?: InputMaybe<AwsManualCredentials>;
  name: Scalars['String']['input'];
};

export type AwsCredentialsType =
  | 'EC2_IAM'
  | 'IRSA'
  | 'MANUAL';

export type AwsCrossAccountAttributes = {
  assumeCrossAccountRole?: InputMaybe<Scalars['Boolean']['input']>;
  crossAccountRoleArn: Scalars['String']['input'];
  externalId?: InputMaybe<Scalars['String']['input']>;
};

export type AwsManualCredentials = {
  accessKey?: InputMaybe<Scalars['String']['input']>;
  accessKeySecretId?: InputMaybe<Scalars['String']['input']>;
  secretKeySecretId: Scalars['String']['input'];
};

export type AzureArtifactsArtifactSource = ArtifactSource & {
  __typename?: 'AzureArtifactsArtifactSource';
  artifacts?: Maybe<ArtifactConnection>;
  azureConnectorId?: Maybe<Scalars['String']['output']>;
  collectionEnabled?: Maybe<Scalars['Boolean']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  feedName?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  packageName?: Maybe<Scalars['String']['output']>;
  packageType?: Maybe<Scalars['String']['output']>;
  project?: Maybe<Scalars['String']['output']>;
  scope?: Maybe<Scalars['String']['output']>;
};


export type AzureArtifactsArtifactSourceArtifactsArgs = {
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** The Azure Artifacts connector is not one of the 32 connector kinds, so azureConnectorId is stored as given. */
export type AzureArtifactsArtifactSourceInput = {
  azureConnectorId: Scalars['String']['input'];
  feedName: Scalars['String']['input'];
  packageName: Scalars['String']['input'];
  packageType: Scalars['String']['input'];
  project?: InputMaybe<Scalars['String']['input']>;
  scope?: InputMaybe<Scalars['String']['input']>;
};

export type AzureCloudProvider = CloudProvider & {
  __typename?: 'AzureCloudProvider';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  isContinuousEfficiencyEnabled?: Maybe<Scalars['Boolean']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  type?: Maybe<Scalars['String']['output']>;
};

export type AzureCloudProviderInput = {
  clientId: Scalars['String']['input'];
  keySecretId: Scalars['String']['input'];
  name: Scalars['String']['input'];
  tenantId: Scalars['String']['input'];
};

export type AzureImageDefinitionInput = {
  imageDefinitionName: Scalars['String']['input'];
  imageGalleryName: Scalars['String']['input'];
  resourceGroup: Scalars['String']['input'];
};

export type AzureImageDefinitionProps = {
  __typename?: 'AzureImageDefinitionProps';
  imageDefinitionName?: Maybe<Scalars['String']['output']>;
  imageGalleryName?: Maybe<Scalars['String']['output']>;
  resourceGroup?: Maybe<Scalars['String']['output']>;
};

export type AzureImageType =
  | 'IMAGE_GALLERY';

export type AzureMachineImageArtifactSource = ArtifactSource & {
  __typename?: 'AzureMachineImageArtifactSource';
  artifacts?: Maybe<ArtifactConnection>;
  azureCloudProviderId?: Maybe<Scalars['String']['output']>;
  collectionEnabled?: Maybe<Scalars['Boolean']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  imageDefinition?: Maybe<AzureImageDefinitionProps>;
  imageType?: Maybe<AzureImageType>;
  name?: Maybe<Scalars['String']['output']>;
  subscriptionId?: Maybe<Scalars['String']['output']>;
};


export type AzureMachineImageArtifactSourceArtifactsArgs = {
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type AzureMachineImageArtifactSourceInput = {
  azureCloudProviderId: Scalars['String']['input'];
  imageDefinition: AzureImageDefinitionInput;
  imageType: AzureImageType;
  subscriptionId: Scalars['String']['input'];
};

export type BambooArtifactSource = ArtifactSource & {
  __typename?: 'BambooArtifactSource';
  artifactPaths?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  artifacts?: Maybe<ArtifactConnection>;
  bambooConnectorId?: Maybe<Scalars['String']['output']>;
  collectionEnabled?: Maybe<Scalars['Boolean']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  planKey?: Maybe<Scalars['String']['output']>;
};


export type BambooArtifactSourceArtifactsArgs = {
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type BambooArtifactSourceInput = {
  artifactPaths?: InputMaybe<Array<Scalars['String']['input']>>;
  bambooConnectorId: Scalars['String']['input'];
  planKey: Scalars['String']['input'];
};

export type BambooConnector = Connector & {
  __typename?: 'BambooConnector';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type BugSnagConnector = Connector & {
  __typename?: 'BugSnagConnector';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type CeClusterHealth = {
  __typename?: 'CEClusterHealth';
  clusterId?: Maybe<Scalars['String']['output']>;
  clusterName?: Maybe<Scalars['String']['output']>;
  errors?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  lastEventTimestamp?: Maybe<Scalars['Number']['output']>;
  messages?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
};

export type CeEnabledFilter = {
  operator?: InputMaybe<EnumOperator>;
  values?: InputMaybe<Array<InputMaybe<Scalars['Boolean']['input']>>>;
};

export type CeHealthStatus = {
  __typename?: 'CEHealthStatus';
  clusterHealthStatusList?: Maybe<Array<Maybe<CeClusterHealth>>>;
  isCEConnector?: Maybe<Scalars['Boolean']['output']>;
  isHealthy?: Maybe<Scalars['Boolean']['output']>;
  messages?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
};

export type CloudProvider = {
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  isContinuousEfficiencyEnabled?: Maybe<Scalars['Boolean']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  type?: Maybe<Scalars['String']['output']>;
};

export type CloudProviderConnection = {
  __typename?: 'CloudProviderConnection';
  nodes?: Maybe<Array<Maybe<CloudProvider>>>;
  pageInfo?: Maybe<PageInfo>;
};

export type CloudProviderFilter = {
  cloudProvider?: InputMaybe<IdFilter>;
  cloudProviderType?: InputMaybe<CloudProviderTypeFilter>;
  createdAt?: InputMaybe<TimeFilter>;
  isCEEnabled?: InputMaybe<CeEnabledFilter>;
};

export type CloudProviderType =
  | 'AWS'
  | 'AZURE'
  | 'GCP'
  | 'KUBERNETES_CLUSTER'
  | 'PCF'
  | 'PHYSICAL_DATA_CENTER'
  | 'RANCHER'
  | 'SPOT_INST';

export type CloudProviderTypeFilter = {
  operator?: InputMaybe<EnumOperator>;
  values?: InputMaybe<Array<InputMaybe<CloudProviderType>>>;
};

export type ClusterDetailsType =
  | 'INHERIT_CLUSTER_DETAILS'
  | 'MANUAL_CLUSTER_DETAILS';

export type Connector = {
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type ConnectorConnection = {
  __typename?: 'ConnectorConnection';
  nodes?: Maybe<Array<Maybe<Connector>>>;
  pageInfo?: Maybe<PageInfo>;
};

export type ConnectorFilter = {
  connector?: InputMaybe<IdFilter>;
  connectorType?: InputMaybe<ConnectorTypeFilter>;
  createdAt?: InputMaybe<TimeFilter>;
};

export type ConnectorType =
  | 'AMAZON_S3'
  | 'AMAZON_S3_HELM_REPO'
  | 'APM_VERIFICATION'
  | 'APP_DYNAMICS'
  | 'ARTIFACTORY'
  | 'BAMBOO'
  | 'BUG_SNAG'
  | 'DATA_DOG'
  | 'DOCKER'
  | 'DYNA_TRACE'
  | 'ECR'
  | 'ELB'
  | 'ELK'
  | 'GCR'
  | 'GCS'
  | 'GCS_HELM_REPO'
  | 'GIT'
  | 'HTTP_HELM_REPO'
  | 'JENKINS'
  | 'JIRA'
  | 'LOGZ'
  | 'NEW_RELIC'
  | 'NEXUS'
  | 'OCI_HELM_REPO'
  | 'PROMETHEUS'
  | 'SERVICENOW'
  | 'SFTP'
  | 'SLACK'
  | 'SMB'
  | 'SMTP'
  | 'SPLUNK'
  | 'SUMO';

export type ConnectorTypeFilter = {
  operator?: InputMaybe<EnumOperator>;
  values?: InputMaybe<Array<InputMaybe<ConnectorType>>>;
};

/** Extension. */
export type CreateArtifactSourceInput = {
  acr?: InputMaybe<AcrArtifactSourceInput>;
  amazonS3?: InputMaybe<AmazonS3ArtifactSourceInput>;
  ami?: InputMaybe<AmiArtifactSourceInput>;
  appId: Scalars['String']['input'];
  artifactSourceType: ArtifactSourceType;
  artifactory?: InputMaybe<ArtifactoryArtifactSourceInput>;
  azureArtifacts?: InputMaybe<AzureArtifactsArtifactSourceInput>;
  azureMachineImage?: InputMaybe<AzureMachineImageArtifactSourceInput>;
  bamboo?: InputMaybe<BambooArtifactSourceInput>;
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  custom?: InputMaybe<CustomArtifactSourceInput>;
  docker?: InputMaybe<DockerArtifactSourceInput>;
  ecr?: InputMaybe<EcrArtifactSourceInput>;
  gcr?: InputMaybe<GcrArtifactSourceInput>;
  gcs?: InputMaybe<GcsArtifactSourceInput>;
  jenkins?: InputMaybe<JenkinsArtifactSourceInput>;
  name: Scalars['String']['input'];
  nexus?: InputMaybe<NexusArtifactSourceInput>;
  serviceId: Scalars['String']['input'];
  sftp?: InputMaybe<SftpArtifactSourceInput>;
  smb?: InputMaybe<SmbArtifactSourceInput>;
};

/** Extension. */
export type CreateArtifactSourcePayload = {
  __typename?: 'CreateArtifactSourcePayload';
  artifactSource?: Maybe<ArtifactSource>;
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The token a CI system presents to record builds of this source; stored only as a hash, so shown only here. */
  collectionToken?: Maybe<Scalars['String']['output']>;
};

export type CreateCloudProviderInput = {
  awsCloudProvider?: InputMaybe<AwsCloudProviderInput>;
  azureCloudProvider?: InputMaybe<AzureCloudProviderInput>;
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  cloudProviderType: CloudProviderType;
  gcpCloudProvider?: InputMaybe<GcpCloudProviderInput>;
  k8sCloudProvider?: InputMaybe<K8sCloudProviderInput>;
  pcfCloudProvider?: InputMaybe<PcfCloudProviderInput>;
  physicalDataCenterCloudProvider?: InputMaybe<PhysicalDataCenterCloudProviderInput>;
  rancherCloudProvider?: InputMaybe<RancherCloudProviderInput>;
  spotInstCloudProvider?: InputMaybe<SpotInstCloudProviderInput>;
};

export type CreateCloudProviderPayload = {
  __typename?: 'CreateCloudProviderPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  cloudProvider?: Maybe<CloudProvider>;
};

export type CreateConnectorInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  connectorType: ConnectorType;
  dockerConnector?: InputMaybe<DockerConnectorInput>;
  gitConnector?: InputMaybe<GitConnectorInput>;
  helmConnector?: InputMaybe<HelmConnectorInput>;
  nexusConnector?: InputMaybe<NexusConnectorInput>;
};

export type CreateConnectorPayload = {
  __typename?: 'CreateConnectorPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  connector?: Maybe<Connector>;
};

export type CustomArtifactSource = ArtifactSource & {
  __typename?: 'CustomArtifactSource';
  artifacts?: Maybe<ArtifactConnection>;
  collectionEnabled?: Maybe<Scalars['Boolean']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};


export type CustomArtifactSourceArtifactsArgs = {
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** A custom source has no settings; the input exists so that every kind names its slot. */
export type CustomArtifactSourceInput = {
  script?: InputMaybe<Scalars['String']['input']>;
};

export type CustomCommitDetails = {
  __typename?: 'CustomCommitDetails';
  authorEmailId?: Maybe<Scalars['String']['output']>;
  authorName?: Maybe<Scalars['String']['output']>;
  commitMessage?: Maybe<Scalars['String']['output']>;
};

export type CustomCommitDetailsInput = {
  authorEmailId?: InputMaybe<Scalars['String']['input']>;
  authorName?: InputMaybe<Scalars['String']['input']>;
  commitMessage?: InputMaybe<Scalars['String']['input']>;
};

export type DataDogConnector = Connector & {
  __typename?: 'DataDogConnector';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

/** Extension. */
export type DeleteArtifactSourceInput = {
  artifactSourceId: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
};

/** Extension. */
export type DeleteArtifactSourcePayload = {
  __typename?: 'DeleteArtifactSourcePayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
};

export type DeleteCloudProviderInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  cloudProviderId: Scalars['String']['input'];
};

export type DeleteCloudProviderPayload = {
  __typename?: 'DeleteCloudProviderPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
};

export type DeleteConnectorInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  connectorId: Scalars['String']['input'];
};

export type DeleteConnectorPayload = {
  __typename?: 'DeleteConnectorPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
};

export type DockerArtifactSource = ArtifactSource & {
  __typename?: 'DockerArtifactSource';
  artifacts?: Maybe<ArtifactConnection>;
  collectionEnabled?: Maybe<Scalars['Boolean']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  dockerConnectorId?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  imageName?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};


export type DockerArtifactSourceArtifactsArgs = {
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type DockerArtifactSourceInput = {
  dockerConnectorId: Scalars['String']['input'];
  imageName: Scalars['String']['input'];
};

export type DockerConnector = Connector & {
  __typename?: 'DockerConnector';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  delegateSelectors?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type DockerConnectorInput = {
  URL: Scalars['String']['input'];
  delegateSelectors?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  name: Scalars['String']['input'];
  passwordSecretId?: InputMaybe<Scalars['String']['input']>;
  userName?: InputMaybe<Scalars['String']['input']>;
};

export type DynaTraceConnector = Connector & {
  __typename?: 'DynaTraceConnector';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type EcrArtifactSource = ArtifactSource & {
  __typename?: 'ECRArtifactSource';
  artifacts?: Maybe<ArtifactConnection>;
  awsCloudProviderId?: Maybe<Scalars['String']['output']>;
  collectionEnabled?: Maybe<Scalars['Boolean']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  imageName?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  region?: Maybe<Scalars['String']['output']>;
};


export type EcrArtifactSourceArtifactsArgs = {
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type EcrArtifactSourceInput = {
  awsCloudProviderId: Scalars['String']['input'];
  imageName: Scalars['String']['input'];
  region: Scalars['String']['input'];
};

export type EcrConnector = Connector & {
  __typename?: 'ECRConnector';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type Ec2IamCredentials = {
  delegateSelector: Scalars['String']['input'];
  usageScope?: InputMaybe<UsageScopeInput>;
};

export type ElbConnector = Connector & {
  __typename?: 'ElbConnector';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type ElkConnector = Connector & {
  __typename?: 'ElkConnector';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type EnumOperator =
  | 'EQUALS'
  | 'IN';

export type EnvFilterType =
  | 'NON_PRODUCTION_ENVIRONMENTS'
  | 'PRODUCTION_ENVIRONMENTS';

export type EnvScopeFilter = {
  __typename?: 'EnvScopeFilter';
  envId?: Maybe<Scalars['String']['output']>;
  filterType?: Maybe<EnvFilterType>;
};

export type EnvScopeFilterInput = {
  envId?: InputMaybe<Scalars['String']['input']>;
  filterType?: InputMaybe<EnvFilterType>;
};

export type FilterType =
  | 'ALL';

export type GcrArtifactSource = ArtifactSource & {
  __typename?: 'GCRArtifactSource';
  artifacts?: Maybe<ArtifactConnection>;
  collectionEnabled?: Maybe<Scalars['Boolean']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  dockerImageName?: Maybe<Scalars['String']['output']>;
  gcpCloudProviderId?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  registryHostName?: Maybe<Scalars['String']['output']>;
};


export type GcrArtifactSourceArtifactsArgs = {
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type GcrArtifactSourceInput = {
  dockerImageName: Scalars['String']['input'];
  gcpCloudProviderId: Scalars['String']['input'];
  registryHostName: Scalars['String']['input'];
};

export type GcrConnector = Connector & {
  __typename?: 'GCRConnector';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type GcsArtifactSource = ArtifactSource & {
  __typename?: 'GCSArtifactSource';
  artifactPaths?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  artifacts?: Maybe<ArtifactConnection>;
  bucket?: Maybe<Scalars['String']['output']>;
  collectionEnabled?: Maybe<Scalars['Boolean']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  gcpCloudProviderId?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  projectId?: Maybe<Scalars['String']['output']>;
};


export type GcsArtifactSourceArtifactsArgs = {
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type GcsArtifactSourceInput = {
  artifactPaths?: InputMaybe<Array<Scalars['String']['input']>>;
  bucket: Scalars['String']['input'];
  gcpCloudProviderId: Scalars['String']['input'];
  projectId: Scalars['String']['input'];
};

export type GcsConnector = Connector & {
  __typename?: 'GCSConnector';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type GcsHelmRepoConnector = Connector & {
  __typename?: 'GCSHelmRepoConnector';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type GcsPlatformInput = {
  bucketName: Scalars['String']['input'];
  /** Id of a GCP cloud provider. */
  googleCloudProvider: Scalars['String']['input'];
};

export type GcpCloudProvider = CloudProvider & {
  __typename?: 'GcpCloudProvider';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  delegateSelectors?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  isContinuousEfficiencyEnabled?: Maybe<Scalars['Boolean']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  type?: Maybe<Scalars['String']['output']>;
};

export type GcpCloudProviderInput = {
  delegateSelector?: InputMaybe<Scalars['String']['input']>;
  delegateSelectors?: InputMaybe<Array<Scalars['String']['input']>>;
  name: Scalars['String']['input'];
  serviceAccountKeySecretId?: InputMaybe<Scalars['String']['input']>;
  skipValidation?: InputMaybe<Scalars['Boolean']['input']>;
  useDelegate?: InputMaybe<Scalars['Boolean']['input']>;
  useDelegateSelectors?: InputMaybe<Scalars['Boolean']['input']>;
};

export type GitConnector = Connector & {
  __typename?: 'GitConnector';
  URL?: Maybe<Scalars['String']['output']>;
  branch?: Maybe<Scalars['String']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  customCommitDetails?: Maybe<CustomCommitDetails>;
  delegateSelectors?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  description?: Maybe<Scalars['String']['output']>;
  disableUserGitConfig?: Maybe<Scalars['Boolean']['output']>;
  generateWebhookUrl?: Maybe<Scalars['Boolean']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  passwordSecretId?: Maybe<Scalars['String']['output']>;
  providerType?: Maybe<ProviderType>;
  sshSettingId?: Maybe<Scalars['String']['output']>;
  urlType?: Maybe<UrlType>;
  usageScope?: Maybe<UsageScope>;
  userName?: Maybe<Scalars['String']['output']>;
  /** Where the git provider sends push events; set while generateWebhookUrl is true. */
  webhookUrl?: Maybe<Scalars['String']['output']>;
};

export type GitConnectorInput = {
  URL: Scalars['String']['input'];
  branch?: InputMaybe<Scalars['String']['input']>;
  customCommitDetails?: InputMaybe<CustomCommitDetailsInput>;
  delegateSelectors?: InputMaybe<Array<Scalars['String']['input']>>;
  disableUserGitConfig?: InputMaybe<Scalars['Boolean']['input']>;
  generateWebhookUrl?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  passwordSecretId?: InputMaybe<Scalars['String']['input']>;
  providerType?: InputMaybe<ProviderType>;
  sshSettingId?: InputMaybe<Scalars['String']['input']>;
  urlType: UrlType;
  usageScope?: InputMaybe<UsageScopeInput>;
  userName?: InputMaybe<Scalars['String']['input']>;
};

export type HelmConnectorInput = {
  amazonS3PlatformDetails?: InputMaybe<AmazonS3PlatformInput>;
  gcsPlatformDetails?: InputMaybe<GcsPlatformInput>;
  httpServerPlatformDetails?: InputMaybe<HttpServerPlatformInput>;
  name: Scalars['String']['input'];
  ociPlatformDetails?: InputMaybe<OciPlatformInput>;
};

export type HttpHelmRepoConnector = Connector & {
  __typename?: 'HttpHelmRepoConnector';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type HttpServerPlatformInput = {
  URL: Scalars['String']['input'];
  passwordSecretId?: InputMaybe<Scalars['String']['input']>;
  userName?: InputMaybe<Scalars['String']['input']>;
};

export type IdFilter = {
  operator: IdOperator;
  values: Array<InputMaybe<Scalars['String']['input']>>;
};

export type IdOperator =
  | 'EQUALS'
  | 'IN'
  | 'LIKE'
  | 'NOT_IN'
  | 'NOT_NULL';

export type InheritClusterDetails = {
  delegateName?: InputMaybe<Scalars['String']['input']>;
  delegateSelectors?: InputMaybe<Array<Scalars['String']['input']>>;
  usageScope?: InputMaybe<UsageScopeInput>;
};

export type IrsaCredentials = {
  delegateSelector: Scalars['String']['input'];
  usageScope?: InputMaybe<UsageScopeInput>;
};

export type JenkinsArtifactSource = ArtifactSource & {
  __typename?: 'JenkinsArtifactSource';
  artifactPaths?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  artifacts?: Maybe<ArtifactConnection>;
  collectionEnabled?: Maybe<Scalars['Boolean']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  jenkinsConnectorId?: Maybe<Scalars['String']['output']>;
  jobName?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};


export type JenkinsArtifactSourceArtifactsArgs = {
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type JenkinsArtifactSourceInput = {
  artifactPaths?: InputMaybe<Array<Scalars['String']['input']>>;
  jenkinsConnectorId: Scalars['String']['input'];
  jobName: Scalars['String']['input'];
};

export type JenkinsConnector = Connector & {
  __typename?: 'JenkinsConnector';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type JiraConnector = Connector & {
  __typename?: 'JiraConnector';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  delegateSelectors?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type K8sCloudProviderInput = {
  clusterDetailsType: ClusterDetailsType;
  inheritClusterDetails?: InputMaybe<InheritClusterDetails>;
  manualClusterDetails?: InputMaybe<ManualClusterDetails>;
  name: Scalars['String']['input'];
  skipValidation?: InputMaybe<Scalars['Boolean']['input']>;
};

export type KeyValuePair = {
  __typename?: 'KeyValuePair';
  key?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['String']['output']>;
};

export type KeyValuePairInput = {
  key: Scalars['String']['input'];
  value?: InputMaybe<Scalars['String']['input']>;
};

export type KubernetesCloudProvider = CloudProvider & {
  __typename?: 'KubernetesCloudProvider';
  ceHealthStatus?: Maybe<CeHealthStatus>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  isContinuousEfficiencyEnabled?: Maybe<Scalars['Boolean']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  skipK8sEventCollection?: Maybe<Scalars['Boolean']['output']>;
  type?: Maybe<Scalars['String']['output']>;
};

export type LogzConnector = Connector & {
  __typename?: 'LogzConnector';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type ManualClusterDetails = {
  masterUrl: Scalars['String']['input'];
  none?: InputMaybe<None>;
  oidcToken?: InputMaybe<OidcToken>;
  serviceAccountToken?: InputMaybe<ServiceAccountToken>;
  type: ManualClusterDetailsAuthenticationType;
  usageScope?: InputMaybe<UsageScopeInput>;
  usernameAndPassword?: InputMaybe<UsernameAndPasswordAuthentication>;
};

export type ManualClusterDetailsAuthenticationType =
  | 'CLIENT_KEY_AND_CERTIFICATE'
  | 'CUSTOM'
  | 'OIDC_TOKEN'
  | 'SERVICE_ACCOUNT_TOKEN'
  | 'USERNAME_AND_PASSWORD';

export type Mutation = {
  __typename?: 'Mutation';
  artifactCleanup?: Maybe<ArtifactCleanUpPayload>;
  /** Extension: adds an artifact source to a service. The payload carries the source's collection token, shown only once. */
  createArtifactSource?: Maybe<CreateArtifactSourcePayload>;
  /** Beta. */
  createCloudProvider?: Maybe<CreateCloudProviderPayload>;
  createConnector?: Maybe<CreateConnectorPayload>;
  /** Extension: deletes an artifact source together with its collected artifacts. */
  deleteArtifactSource?: Maybe<DeleteArtifactSourcePayload>;
  /** Beta. Refused while an artifact source or a Helm connector still uses the cloud provider. */
  deleteCloudProvider?: Maybe<DeleteCloudProviderPayload>;
  /** Refused while an artifact source still uses the connector. */
  deleteConnector?: Maybe<DeleteConnectorPayload>;
  /** Extension: records a new build of an artifact source (what collection from the registry would find). Recording the same build number again answers the stored artifact. */
  recordArtifactBuild?: Maybe<RecordArtifactBuildPayload>;
  setArtifactCollectionEnabled?: Maybe<SetArtifactCollectionEnabledPayload>;
  /** Extension: replaces the name and the kind's settings of an artifact source; its kind cannot change. */
  updateArtifactSource?: Maybe<UpdateArtifactSourcePayload>;
  /** Beta. */
  updateCloudProvider?: Maybe<UpdateCloudProviderPayload>;
  updateConnector?: Maybe<UpdateConnectorPayload>;
};


export type MutationArtifactCleanupArgs = {
  input: ArtifactCleanupInput;
};


export type MutationCreateArtifactSourceArgs = {
  input: CreateArtifactSourceInput;
};


export type MutationCreateCloudProviderArgs = {
  input: CreateCloudProviderInput;
};


export type MutationCreateConnectorArgs = {
  input: CreateConnectorInput;
};


export type MutationDeleteArtifactSourceArgs = {
  input: DeleteArtifactSourceInput;
};


export type MutationDeleteCloudProviderArgs = {
  input: DeleteCloudProviderInput;
};


export type MutationDeleteConnectorArgs = {
  input: DeleteConnectorInput;
};


export type MutationRecordArtifactBuildArgs = {
  input: RecordArtifactBuildInput;
};


export type MutationSetArtifactCollectionEnabledArgs = {
  input: SetArtifactCollectionEnabledInput;
};


export type MutationUpdateArtifactSourceArgs = {
  input: UpdateArtifactSourceInput;
};


export type MutationUpdateCloudProviderArgs = {
  input: UpdateCloudProviderInput;
};


export type MutationUpdateConnectorArgs = {
  input: UpdateConnectorInput;
};

export type NewRelicConnector = Connector & {
  __typename?: 'NewRelicConnector';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type NexusArtifactSource = ArtifactSource & {
  __typename?: 'NexusArtifactSource';
  artifacts?: Maybe<ArtifactConnection>;
  collectionEnabled?: Maybe<Scalars['Boolean']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  parameters?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  properties?: Maybe<NexusProps>;
};


export type NexusArtifactSourceArtifactsArgs = {
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** repositoryFormat decides which of the format's fields apply (DOCKER: dockerImageName; MAVEN: groupId, artifactId; NPM, NUGET, RAW: packageName). */
export type NexusArtifactSourceInput = {
  artifactId?: InputMaybe<Array<Scalars['String']['input']>>;
  classifier?: InputMaybe<Scalars['String']['input']>;
  dockerImageName?: InputMaybe<Scalars['String']['input']>;
  dockerRegistryUrl?: InputMaybe<Scalars['String']['input']>;
  extension?: InputMaybe<Scalars['String']['input']>;
  groupId?: InputMaybe<Scalars['String']['input']>;
  nexusConnectorId: Scalars['String']['input'];
  packageName?: InputMaybe<Scalars['String']['input']>;
  parameters?: InputMaybe<Array<Scalars['String']['input']>>;
  repository: Scalars['String']['input'];
  repositoryFormat: NexusRepositoryFormat;
};

export type NexusConnector = Connector & {
  __typename?: 'NexusConnector';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  delegateSelectors?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type NexusConnectorInput = {
  URL: Scalars['String']['input'];
  delegateSelectors?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  name: Scalars['String']['input'];
  passwordSecretId?: InputMaybe<Scalars['String']['input']>;
  userName?: InputMaybe<Scalars['String']['input']>;
  version: NexusVersion;
};

export type NexusDockerProps = NexusProps & {
  __typename?: 'NexusDockerProps';
  dockerImageName?: Maybe<Scalars['String']['output']>;
  dockerRegistryUrl?: Maybe<Scalars['String']['output']>;
  nexusConnectorId?: Maybe<Scalars['String']['output']>;
  repository?: Maybe<Scalars['String']['output']>;
  repositoryFormat?: Maybe<NexusRepositoryFormat>;
};

export type NexusMavenProps = NexusProps & {
  __typename?: 'NexusMavenProps';
  artifactId?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  classifier?: Maybe<Scalars['String']['output']>;
  extension?: Maybe<Scalars['String']['output']>;
  groupId?: Maybe<Scalars['String']['output']>;
  nexusConnectorId?: Maybe<Scalars['String']['output']>;
  repository?: Maybe<Scalars['String']['output']>;
  repositoryFormat?: Maybe<NexusRepositoryFormat>;
};

export type NexusNpmProps = NexusProps & {
  __typename?: 'NexusNpmProps';
  nexusConnectorId?: Maybe<Scalars['String']['output']>;
  packageName?: Maybe<Scalars['String']['output']>;
  repository?: Maybe<Scalars['String']['output']>;
  repositoryFormat?: Maybe<NexusRepositoryFormat>;
};

export type NexusNugetProps = NexusProps & {
  __typename?: 'NexusNugetProps';
  nexusConnectorId?: Maybe<Scalars['String']['output']>;
  packageName?: Maybe<Scalars['String']['output']>;
  repository?: Maybe<Scalars['String']['output']>;
  repositoryFormat?: Maybe<NexusRepositoryFormat>;
};

export type NexusProps = {
  nexusConnectorId?: Maybe<Scalars['String']['output']>;
  repository?: Maybe<Scalars['String']['output']>;
  repositoryFormat?: Maybe<NexusRepositoryFormat>;
};

export type NexusRawProps = NexusProps & {
  __typename?: 'NexusRawProps';
  nexusConnectorId?: Maybe<Scalars['String']['output']>;
  packageName?: Maybe<Scalars['String']['output']>;
  repository?: Maybe<Scalars['String']['output']>;
  repositoryFormat?: Maybe<NexusRepositoryFormat>;
};

export type NexusRepositoryFormat =
  | 'DOCKER'
  | 'MAVEN'
  | 'NPM'
  | 'NUGET'
  | 'RAW';

export type NexusVersion =
  | 'V2'
  | 'V3';

export type None = {
  caCertificateSecretId: Scalars['String']['input'];
  clientCertificateSecretId: Scalars['String']['input'];
  clientKeyAlgorithm: Scalars['String']['input'];
  clientKeyPassphraseSecretId: Scalars['String']['input'];
  clientKeySecretId: Scalars['String']['input'];
  passwordSecretId: Scalars['String']['input'];
  serviceAccountTokenSecretId: Scalars['String']['input'];
  usageScope?: InputMaybe<UsageScopeInput>;
  userName: Scalars['String']['input'];
};

export type OciPlatformInput = {
  URL: Scalars['String']['input'];
  passwordSecretId?: InputMaybe<Scalars['String']['input']>;
  userName?: InputMaybe<Scalars['String']['input']>;
};

export type OidcToken = {
  clientIdSecretId: Scalars['String']['input'];
  clientSecretSecretId: Scalars['String']['input'];
  identityProviderUrl: Scalars['String']['input'];
  passwordSecretId: Scalars['String']['input'];
  scopes: Scalars['String']['input'];
  userName: Scalars['String']['input'];
};

export type OciHelmRepoConnector = Connector & {
  __typename?: 'OciHelmRepoConnector';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  hasMore?: Maybe<Scalars['Boolean']['output']>;
  limit?: Maybe<Scalars['Int']['output']>;
  offset?: Maybe<Scalars['Int']['output']>;
  total?: Maybe<Scalars['Int']['output']>;
};

export type PcfCloudProvider = CloudProvider & {
  __typename?: 'PcfCloudProvider';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  isContinuousEfficiencyEnabled?: Maybe<Scalars['Boolean']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  type?: Maybe<Scalars['String']['output']>;
};

export type PcfCloudProviderInput = {
  endpointUrl: Scalars['String']['input'];
  name: Scalars['String']['input'];
  passwordSecretId: Scalars['String']['input'];
  skipValidation?: InputMaybe<Scalars['Boolean']['input']>;
  userName?: InputMaybe<Scalars['String']['input']>;
  userNameSecretId?: InputMaybe<Scalars['String']['input']>;
};

export type PhysicalDataCenterCloudProvider = CloudProvider & {
  __typename?: 'PhysicalDataCenterCloudProvider';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  isContinuousEfficiencyEnabled?: Maybe<Scalars['Boolean']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  type?: Maybe<Scalars['String']['output']>;
};

export type PhysicalDataCenterCloudProviderInput = {
  name: Scalars['String']['input'];
  usageScope?: InputMaybe<UsageScopeInput>;
};

export type PrometheusConnector = Connector & {
  __typename?: 'PrometheusConnector';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type ProviderType =
  | 'BITBUCKET'
  | 'GIT'
  | 'GITHUB'
  | 'GITLAB';

export type Query = {
  __typename?: 'Query';
  artifact?: Maybe<Artifact>;
  artifacts?: Maybe<ArtifactConnection>;
  cloudProvider?: Maybe<CloudProvider>;
  /** Beta. */
  cloudProviderByName?: Maybe<CloudProvider>;
  cloudProviders?: Maybe<CloudProviderConnection>;
  connector?: Maybe<Connector>;
  connectors?: Maybe<ConnectorConnection>;
};


export type QueryArtifactArgs = {
  artifactId: Scalars['String']['input'];
};


export type QueryArtifactsArgs = {
  filters?: InputMaybe<Array<InputMaybe<ArtifactFilter>>>;
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCloudProviderArgs = {
  cloudProviderId: Scalars['String']['input'];
};


export type QueryCloudProviderByNameArgs = {
  name: Scalars['String']['input'];
};


export type QueryCloudProvidersArgs = {
  filters?: InputMaybe<Array<InputMaybe<CloudProviderFilter>>>;
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryConnectorArgs = {
  connectorId: Scalars['String']['input'];
};


export type QueryConnectorsArgs = {
  filters?: InputMaybe<Array<InputMaybe<ConnectorFilter>>>;
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type RancherCloudProvider = CloudProvider & {
  __typename?: 'RancherCloudProvider';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  isContinuousEfficiencyEnabled?: Maybe<Scalars['Boolean']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  type?: Maybe<Scalars['String']['output']>;
};

export type RancherCloudProviderInput = {
  bearerTokenSecretId: Scalars['String']['input'];
  name: Scalars['String']['input'];
  rancherUrl: Scalars['String']['input'];
};

/** Extension. */
export type RecordArtifactBuildInput = {
  artifactSourceId: Scalars['String']['input'];
  buildNo: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
};

/** Extension. */
export type RecordArtifactBuildPayload = {
  __typename?: 'RecordArtifactBuildPayload';
  artifact?: Maybe<Artifact>;
  clientMutationId?: Maybe<Scalars['String']['output']>;
};

export type SftpArtifactSource = ArtifactSource & {
  __typename?: 'SFTPArtifactSource';
  artifactPaths?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  artifacts?: Maybe<ArtifactConnection>;
  collectionEnabled?: Maybe<Scalars['Boolean']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  sftpConnectorId?: Maybe<Scalars['String']['output']>;
};


export type SftpArtifactSourceArtifactsArgs = {
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type SftpArtifactSourceInput = {
  artifactPaths?: InputMaybe<Array<Scalars['String']['input']>>;
  sftpConnectorId: Scalars['String']['input'];
};

export type SmbArtifactSource = ArtifactSource & {
  __typename?: 'SMBArtifactSource';
  artifactPaths?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  artifacts?: Maybe<ArtifactConnection>;
  collectionEnabled?: Maybe<Scalars['Boolean']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  smbConnectorId?: Maybe<Scalars['String']['output']>;
};


export type SmbArtifactSourceArtifactsArgs = {
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type SmbArtifactSourceInput = {
  artifactPaths?: InputMaybe<Array<Scalars['String']['input']>>;
  smbConnectorId: Scalars['String']['input'];
};

export type SmbConnector = Connector & {
  __typename?: 'SMBConnector';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

/** Owned by apps-services; this subgraph contributes its artifact sources. */
export type Service = {
  __typename?: 'Service';
  artifactSources?: Maybe<Array<Maybe<ArtifactSource>>>;
  id?: Maybe<Scalars['String']['output']>;
};

export type ServiceAccountToken = {
  serviceAccountTokenSecretId: Scalars['String']['input'];
};

export type ServiceNowConnector = Connector & {
  __typename?: 'ServiceNowConnector';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  delegateSelectors?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type SetArtifactCollectionEnabledInput = {
  appId: Scalars['String']['input'];
  artifactCollectionEnabled: Scalars['Boolean']['input'];
  artifactStreamId: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
};

export type SftpConnector = Connector & {
  __typename?: 'SftpConnector';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type SlackConnector = Connector & {
  __typename?: 'SlackConnector';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type SmtpConnector = Connector & {
  __typename?: 'SmtpConnector';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type SplunkConnector = Connector & {
  __typename?: 'SplunkConnector';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type SpotInstCloudProvider = CloudProvider & {
  __typename?: 'SpotInstCloudProvider';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  isContinuousEfficiencyEnabled?: Maybe<Scalars['Boolean']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  type?: Maybe<Scalars['String']['output']>;
};

export type SpotInstCloudProviderInput = {
  accountId: Scalars['String']['input'];
  name: Scalars['String']['input'];
  tokenSecretId: Scalars['String']['input'];
};

export type SumoConnector = Connector & {
  __typename?: 'SumoConnector';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type TimeFilter = {
  operator: TimeOperator;
  value: Scalars['DateTime']['input'];
};

export type TimeOperator =
  | 'AFTER'
  | 'BEFORE'
  | 'EQUALS';

/** Extension. The sub-input of the source's kind replaces its settings as a whole. */
export type UpdateArtifactSourceInput = {
  acr?: InputMaybe<AcrArtifactSourceInput>;
  amazonS3?: InputMaybe<AmazonS3ArtifactSourceInput>;
  ami?: InputMaybe<AmiArtifactSourceInput>;
  artifactSourceId: Scalars['String']['input'];
  artifactory?: InputMaybe<ArtifactoryArtifactSourceInput>;
  azureArtifacts?: InputMaybe<AzureArtifactsArtifactSourceInput>;
  azureMachineImage?: InputMaybe<AzureMachineImageArtifactSourceInput>;
  bamboo?: InputMaybe<BambooArtifactSourceInput>;
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  custom?: InputMaybe<CustomArtifactSourceInput>;
  docker?: InputMaybe<DockerArtifactSourceInput>;
  ecr?: InputMaybe<EcrArtifactSourceInput>;
  gcr?: InputMaybe<GcrArtifactSourceInput>;
  gcs?: InputMaybe<GcsArtifactSourceInput>;
  jenkins?: InputMaybe<JenkinsArtifactSourceInput>;
  name?: InputMaybe<Scalars['String']['input']>;
  nexus?: InputMaybe<NexusArtifactSourceInput>;
  sftp?: InputMaybe<SftpArtifactSourceInput>;
  smb?: InputMaybe<SmbArtifactSourceInput>;
};

/** Extension. */
export type UpdateArtifactSourcePayload = {
  __typename?: 'UpdateArtifactSourcePayload';
  artifactSource?: Maybe<ArtifactSource>;
  clientMutationId?: Maybe<Scalars['String']['output']>;
};

export type UpdateAwsCloudProviderInput = {
  credentialsType?: InputMaybe<AwsCredentialsType>;
  crossAccountAttributes?: InputMaybe<UpdateAwsCrossAccountAttributes>;
  defaultRegion?: InputMaybe<Scalars['String']['input']>;
  ec2IamCredentials?: InputMaybe<UpdateEc2IamCredentials>;
  irsaCredentials?: InputMaybe<UpdateIrsaCredentials>;
  manualCredentials?: InputMaybe<UpdateAwsManualCredentials>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateAwsCrossAccountAttributes = {
  assumeCrossAccountRole?: InputMaybe<Scalars['Boolean']['input']>;
  crossAccountRoleArn?: InputMaybe<Scalars['String']['input']>;
  externalId?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateAwsManualCredentials = {
  accessKey?: InputMaybe<Scalars['String']['input']>;
  accessKeySecretId?: InputMaybe<Scalars['String']['input']>;
  secretKeySecretId?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateAzureCloudProviderInput = {
  clientId?: InputMaybe<Scalars['String']['input']>;
  keySecretId?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  tenantId?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateCloudProviderInput = {
  awsCloudProvider?: InputMaybe<UpdateAwsCloudProviderInput>;
  azureCloudProvider?: InputMaybe<UpdateAzureCloudProviderInput>;
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  cloudProviderId: Scalars['String']['input'];
  cloudProviderType: CloudProviderType;
  gcpCloudProvider?: InputMaybe<UpdateGcpCloudProviderInput>;
  k8sCloudProvider?: InputMaybe<UpdateK8sCloudProviderInput>;
  pcfCloudProvider?: InputMaybe<UpdatePcfCloudProviderInput>;
  physicalDataCenterCloudProvider?: InputMaybe<UpdatePhysicalDataCenterCloudProviderInput>;
  rancherCloudProvider?: InputMaybe<UpdateRancherCloudProviderInput>;
  spotInstCloudProvider?: InputMaybe<UpdateSpotInstCloudProviderInput>;
};

export type UpdateCloudProviderPayload = {
  __typename?: 'UpdateCloudProviderPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  cloudProvider?: Maybe<CloudProvider>;
};

export type UpdateConnectorInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  connectorId: Scalars['String']['input'];
  connectorType: ConnectorType;
  dockerConnector?: InputMaybe<DockerConnectorInput>;
  gitConnector?: InputMaybe<UpdateGitConnectorInput>;
  helmConnector?: InputMaybe<HelmConnectorInput>;
  nexusConnector?: InputMaybe<NexusConnectorInput>;
};

export type UpdateConnectorPayload = {
  __typename?: 'UpdateConnectorPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  connector?: Maybe<Connector>;
};

export type UpdateEc2IamCredentials = {
  delegateSelector?: InputMaybe<Scalars['String']['input']>;
  usageScope?: InputMaybe<UsageScopeInput>;
};

export type UpdateGcpCloudProviderInput = {
  delegateSelector?: InputMaybe<Scalars['String']['input']>;
  delegateSelectors?: InputMaybe<Array<Scalars['String']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  serviceAccountKeySecretId?: InputMaybe<Scalars['String']['input']>;
  skipValidation?: InputMaybe<Scalars['Boolean']['input']>;
  useDelegate?: InputMaybe<Scalars['Boolean']['input']>;
  useDelegateSelectors?: InputMaybe<Scalars['Boolean']['input']>;
};

export type UpdateGitConnectorInput = {
  URL?: InputMaybe<Scalars['String']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
  customCommitDetails?: InputMaybe<CustomCommitDetailsInput>;
  delegateSelectors?: InputMaybe<Array<Scalars['String']['input']>>;
  disableUserGitConfig?: InputMaybe<Scalars['Boolean']['input']>;
  generateWebhookUrl?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  passwordSecretId?: InputMaybe<Scalars['String']['input']>;
  sshSettingId?: InputMaybe<Scalars['String']['input']>;
  usageScope?: InputMaybe<UsageScopeInput>;
  userName?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateInheritClusterDetails = {
  delegateName?: InputMaybe<Scalars['String']['input']>;
  delegateSelectors?: InputMaybe<Array<Scalars['String']['input']>>;
  usageScope?: InputMaybe<UsageScopeInput>;
};

export type UpdateIrsaCredentials = {
  delegateSelector?: InputMaybe<Scalars['String']['input']>;
  usageScope?: InputMaybe<UsageScopeInput>;
};

export type UpdateK8sCloudProviderInput = {
  clusterDetailsType?: InputMaybe<ClusterDetailsType>;
  inheritClusterDetails?: InputMaybe<UpdateInheritClusterDetails>;
  manualClusterDetails?: InputMaybe<UpdateManualClusterDetails>;
  name?: InputMaybe<Scalars['String']['input']>;
  skipValidation?: InputMaybe<Scalars['Boolean']['input']>;
};

export type UpdateManualClusterDetails = {
  masterUrl?: InputMaybe<Scalars['String']['input']>;
  none?: InputMaybe<UpdateNone>;
  oidcToken?: InputMaybe<UpdateOidcToken>;
  serviceAccountToken?: InputMaybe<UpdateServiceAccountToken>;
  type?: InputMaybe<ManualClusterDetailsAuthenticationType>;
  usageScope?: InputMaybe<UsageScopeInput>;
  usernameAndPassword?: InputMaybe<UpdateUsernameAndPasswordAuthentication>;
};

export type UpdateNone = {
  caCertificateSecretId?: InputMaybe<Scalars['String']['input']>;
  clientCertificateSecretId?: InputMaybe<Scalars['String']['input']>;
  clientKeyAlgorithm?: InputMaybe<Scalars['String']['input']>;
  clientKeyPassphraseSecretId?: InputMaybe<Scalars['String']['input']>;
  clientKeySecretId?: InputMaybe<Scalars['String']['input']>;
  passwordSecretId?: InputMaybe<Scalars['String']['input']>;
  serviceAccountTokenSecretId?: InputMaybe<Scalars['String']['input']>;
  usageScope?: InputMaybe<UsageScopeInput>;
  userName?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateOidcToken = {
  clientIdSecretId?: InputMaybe<Scalars['String']['input']>;
  clientSecretSecretId?: InputMaybe<Scalars['String']['input']>;
  identityProviderUrl?: InputMaybe<Scalars['String']['input']>;
  passwordSecretId?: InputMaybe<Scalars['String']['input']>;
  scopes?: InputMaybe<Scalars['String']['input']>;
  userName?: InputMaybe<Scalars['String']['input']>;
};

export type UpdatePcfCloudProviderInput = {
  endpointUrl?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  passwordSecretId?: InputMaybe<Scalars['String']['input']>;
  skipValidation?: InputMaybe<Scalars['Boolean']['input']>;
  userName?: InputMaybe<Scalars['String']['input']>;
  userNameSecretId?: InputMaybe<Scalars['String']['input']>;
};

export type UpdatePhysicalDataCenterCloudProviderInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  usageScope?: InputMaybe<UsageScopeInput>;
};

export type UpdateRancherCloudProviderInput = {
  bearerTokenSecretId?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  rancherUrl?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateServiceAccountToken = {
  serviceAccountTokenSecretId?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateSpotInstCloudProviderInput = {
  accountId?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  tokenSecretId?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateUsernameAndPasswordAuthentication = {
  passwordSecretId?: InputMaybe<Scalars['String']['input']>;
  userName?: InputMaybe<Scalars['String']['input']>;
  userNameSecretId?: InputMaybe<Scalars['String']['input']>;
};

export type UrlType =
  | 'ACCOUNT'
  | 'REPO';

export type UsageScope = {
  __typename?: 'UsageScope';
  appEnvScopes?: Maybe<Array<Maybe<AppEnvScope>>>;
};

export type UsageScopeInput = {
  appEnvScopes?: InputMaybe<Array<AppEnvScopeInput>>;
};

export type User = {
  __typename?: 'User';
  id?: Maybe<Scalars['String']['output']>;
};

export type UsernameAndPasswordAuthentication = {
  passwordSecretId: Scalars['String']['input'];
  userName?: InputMaybe<Scalars['String']['input']>;
  userNameSecretId?: InputMaybe<Scalars['String']['input']>;
};

export type SetArtifactCollectionEnabledPayload = {
  __typename?: 'setArtifactCollectionEnabledPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Artifact: Artifact;
  GitConnector: GitConnector;
  Service: Service;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Artifact:
    ( { __typename: 'Artifact' }
    & GraphQLRecursivePick<FederationTypes['Artifact'], {"id":true}> );
  GitConnector:
    ( { __typename: 'GitConnector' }
    & GraphQLRecursivePick<FederationTypes['GitConnector'], {"id":true}> );
  Service:
    ( { __typename: 'Service' }
    & GraphQLRecursivePick<FederationTypes['Service'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ACRArtifactSource: ResolverTypeWrapper<ArtifactSourceViewModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ACRArtifactSourceInput: AcrArtifactSourceInput;
  AMIArtifactSource: ResolverTypeWrapper<ArtifactSourceViewModel>;
  AMIArtifactSourceInput: AmiArtifactSourceInput;
  AmazonS3ArtifactSource: ResolverTypeWrapper<ArtifactSourceViewModel>;
  AmazonS3ArtifactSourceInput: AmazonS3ArtifactSourceInput;
  AmazonS3Connector: ResolverTypeWrapper<ConnectorViewModel>;
  AmazonS3HelmRepoConnector: ResolverTypeWrapper<ConnectorViewModel>;
  AmazonS3PlatformInput: AmazonS3PlatformInput;
  ApmVerificationConnector: ResolverTypeWrapper<ConnectorViewModel>;
  AppDynamicsConnector: ResolverTypeWrapper<ConnectorViewModel>;
  AppEnvScope: ResolverTypeWrapper<AppEnvScope>;
  AppEnvScopeInput: AppEnvScopeInput;
  AppScopeFilter: ResolverTypeWrapper<AppScopeFilter>;
  AppScopeFilterInput: AppScopeFilterInput;
  Artifact: ResolverTypeWrapper<ArtifactModel>;
  ArtifactCleanUpPayload: ResolverTypeWrapper<ArtifactCleanUpPayload>;
  ArtifactCleanupInput: ArtifactCleanupInput;
  ArtifactConnection: ResolverTypeWrapper<ConnectionModel<ArtifactModel>>;
  ArtifactFilter: ArtifactFilter;
  ArtifactSource: ResolverTypeWrapper<ArtifactSourceViewModel>;
  ArtifactSourceType: ArtifactSourceType;
  ArtifactoryArtifactSource: ResolverTypeWrapper<ArtifactSourceViewModel>;
  ArtifactoryArtifactSourceInput: ArtifactoryArtifactSourceInput;
  ArtifactoryConnector: ResolverTypeWrapper<ConnectorViewModel>;
  ArtifactoryDockerProps: ResolverTypeWrapper<ArtifactPropsViewModel>;
  ArtifactoryFileProps: ResolverTypeWrapper<ArtifactPropsViewModel>;
  ArtifactoryProps: ResolverTypeWrapper<ArtifactPropsViewModel>;
  AwsCloudProvider: ResolverTypeWrapper<CloudProviderViewModel>;
  AwsCloudProviderInput: AwsCloudProviderInput;
  AwsCredentialsType: AwsCredentialsType;
  AwsCrossAccountAttributes: AwsCrossAccountAttributes;
  AwsManualCredentials: AwsManualCredentials;
  AzureArtifactsArtifactSource: ResolverTypeWrapper<ArtifactSourceViewModel>;
  AzureArtifactsArtifactSourceInput: AzureArtifactsArtifactSourceInput;
  AzureCloudProvider: ResolverTypeWrapper<CloudProviderViewModel>;
  AzureCloudProviderInput: AzureCloudProviderInput;
  AzureImageDefinitionInput: AzureImageDefinitionInput;
  AzureImageDefinitionProps: ResolverTypeWrapper<AzureImageDefinitionProps>;
  AzureImageType: AzureImageType;
  AzureMachineImageArtifactSource: ResolverTypeWrapper<ArtifactSourceViewModel>;
  AzureMachineImageArtifactSourceInput: AzureMachineImageArtifactSourceInput;
  BambooArtifactSource: ResolverTypeWrapper<ArtifactSourceViewModel>;
  BambooArtifactSourceInput: BambooArtifactSourceInput;
  BambooConnector: ResolverTypeWrapper<ConnectorViewModel>;
  BugSnagConnector: ResolverTypeWrapper<ConnectorViewModel>;
  CEClusterHealth: ResolverTypeWrapper<CeClusterHealth>;
  CEEnabledFilter: CeEnabledFilter;
  CEHealthStatus: ResolverTypeWrapper<CeHealthStatus>;
  CloudProvider: ResolverTypeWrapper<CloudProviderViewModel>;
  CloudProviderConnection: ResolverTypeWrapper<ConnectionModel<CloudProviderViewModel>>;
  CloudProviderFilter: CloudProviderFilter;
  CloudProviderType: CloudProviderType;
  CloudProviderTypeFilter: CloudProviderTypeFilter;
  ClusterDetailsType: ClusterDetailsType;
  Connector: ResolverTypeWrapper<ConnectorViewModel>;
  ConnectorConnection: ResolverTypeWrapper<ConnectionModel<ConnectorViewModel>>;
  ConnectorFilter: ConnectorFilter;
  ConnectorType: ConnectorType;
  ConnectorTypeFilter: ConnectorTypeFilter;
  CreateArtifactSourceInput: CreateArtifactSourceInput;
  CreateArtifactSourcePayload: ResolverTypeWrapper<Omit<CreateArtifactSourcePayload, 'artifactSource'> & { artifactSource?: Maybe<ResolversTypes['ArtifactSource']> }>;
  CreateCloudProviderInput: CreateCloudProviderInput;
  CreateCloudProviderPayload: ResolverTypeWrapper<Omit<CreateCloudProviderPayload, 'cloudProvider'> & { cloudProvider?: Maybe<ResolversTypes['CloudProvider']> }>;
  CreateConnectorInput: CreateConnectorInput;
  CreateConnectorPayload: ResolverTypeWrapper<Omit<CreateConnectorPayload, 'connector'> & { connector?: Maybe<ResolversTypes['Connector']> }>;
  CustomArtifactSource: ResolverTypeWrapper<ArtifactSourceViewModel>;
  CustomArtifactSourceInput: CustomArtifactSourceInput;
  CustomCommitDetails: ResolverTypeWrapper<CustomCommitDetails>;
  CustomCommitDetailsInput: CustomCommitDetailsInput;
  DataDogConnector: ResolverTypeWrapper<ConnectorViewModel>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteArtifactSourceInput: DeleteArtifactSourceInput;
  DeleteArtifactSourcePayload: ResolverTypeWrapper<DeleteArtifactSourcePayload>;
  DeleteCloudProviderInput: DeleteCloudProviderInput;
  DeleteCloudProviderPayload: ResolverTypeWrapper<DeleteCloudProviderPayload>;
  DeleteConnectorInput: DeleteConnectorInput;
  DeleteConnectorPayload: ResolverTypeWrapper<DeleteConnectorPayload>;
  DockerArtifactSource: ResolverTypeWrapper<ArtifactSourceViewModel>;
  DockerArtifactSourceInput: DockerArtifactSourceInput;
  DockerConnector: ResolverTypeWrapper<ConnectorViewModel>;
  DockerConnectorInput: DockerConnectorInput;
  DynaTraceConnector: ResolverTypeWrapper<ConnectorViewModel>;
  ECRArtifactSource: ResolverTypeWrapper<ArtifactSourceViewModel>;
  ECRArtifactSourceInput: EcrArtifactSourceInput;
  ECRConnector: ResolverTypeWrapper<ConnectorViewModel>;
  Ec2IamCredentials: Ec2IamCredentials;
  ElbConnector: ResolverTypeWrapper<ConnectorViewModel>;
  ElkConnector: ResolverTypeWrapper<ConnectorViewModel>;
  EnumOperator: EnumOperator;
  EnvFilterType: EnvFilterType;
  EnvScopeFilter: ResolverTypeWrapper<EnvScopeFilter>;
  EnvScopeFilterInput: EnvScopeFilterInput;
  FilterType: FilterType;
  GCRArtifactSource: ResolverTypeWrapper<ArtifactSourceViewModel>;
  GCRArtifactSourceInput: GcrArtifactSourceInput;
  GCRConnector: ResolverTypeWrapper<ConnectorViewModel>;
  GCSArtifactSource: ResolverTypeWrapper<ArtifactSourceViewModel>;
  GCSArtifactSourceInput: GcsArtifactSourceInput;
  GCSConnector: ResolverTypeWrapper<ConnectorViewModel>;
  GCSHelmRepoConnector: ResolverTypeWrapper<ConnectorViewModel>;
  GCSPlatformInput: GcsPlatformInput;
  GcpCloudProvider: ResolverTypeWrapper<CloudProviderViewModel>;
  GcpCloudProviderInput: GcpCloudProviderInput;
  GitConnector: ResolverTypeWrapper<ConnectorViewModel>;
  GitConnectorInput: GitConnectorInput;
  HelmConnectorInput: HelmConnectorInput;
  HttpHelmRepoConnector: ResolverTypeWrapper<ConnectorViewModel>;
  HttpServerPlatformInput: HttpServerPlatformInput;
  IdFilter: IdFilter;
  IdOperator: IdOperator;
  InheritClusterDetails: InheritClusterDetails;
  IrsaCredentials: IrsaCredentials;
  JenkinsArtifactSource: ResolverTypeWrapper<ArtifactSourceViewModel>;
  JenkinsArtifactSourceInput: JenkinsArtifactSourceInput;
  JenkinsConnector: ResolverTypeWrapper<ConnectorViewModel>;
  JiraConnector: ResolverTypeWrapper<ConnectorViewModel>;
  K8sCloudProviderInput: K8sCloudProviderInput;
  KeyValuePair: ResolverTypeWrapper<KeyValuePair>;
  KeyValuePairInput: KeyValuePairInput;
  KubernetesCloudProvider: ResolverTypeWrapper<CloudProviderViewModel>;
  LogzConnector: ResolverTypeWrapper<ConnectorViewModel>;
  ManualClusterDetails: ManualClusterDetails;
  ManualClusterDetailsAuthenticationType: ManualClusterDetailsAuthenticationType;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewRelicConnector: ResolverTypeWrapper<ConnectorViewModel>;
  NexusArtifactSource: ResolverTypeWrapper<ArtifactSourceViewModel>;
  NexusArtifactSourceInput: NexusArtifactSourceInput;
  NexusConnector: ResolverTypeWrapper<ConnectorViewModel>;
  NexusConnectorInput: NexusConnectorInput;
  NexusDockerProps: ResolverTypeWrapper<ArtifactPropsViewModel>;
  NexusMavenProps: ResolverTypeWrapper<ArtifactPropsViewModel>;
  NexusNpmProps: ResolverTypeWrapper<ArtifactPropsViewModel>;
  NexusNugetProps: ResolverTypeWrapper<ArtifactPropsViewModel>;
  NexusProps: ResolverTypeWrapper<ArtifactPropsViewModel>;
  NexusRawProps: ResolverTypeWrapper<ArtifactPropsViewModel>;
  NexusRepositoryFormat: NexusRepositoryFormat;
  NexusVersion: NexusVersion;
  None: None;
  Number: ResolverTypeWrapper<Scalars['Number']['output']>;
  OCIPlatformInput: OciPlatformInput;
  OIDCToken: OidcToken;
  OciHelmRepoConnector: ResolverTypeWrapper<ConnectorViewModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PcfCloudProvider: ResolverTypeWrapper<CloudProviderViewModel>;
  PcfCloudProviderInput: PcfCloudProviderInput;
  PhysicalDataCenterCloudProvider: ResolverTypeWrapper<CloudProviderViewModel>;
  PhysicalDataCenterCloudProviderInput: PhysicalDataCenterCloudProviderInput;
  PrometheusConnector: ResolverTypeWrapper<ConnectorViewModel>;
  ProviderType: ProviderType;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RancherCloudProvider: ResolverTypeWrapper<CloudProviderViewModel>;
  RancherCloudProviderInput: RancherCloudProviderInput;
  RecordArtifactBuildInput: RecordArtifactBuildInput;
  RecordArtifactBuildPayload: ResolverTypeWrapper<Omit<RecordArtifactBuildPayload, 'artifact'> & { artifact?: Maybe<ResolversTypes['Artifact']> }>;
  SFTPArtifactSource: ResolverTypeWrapper<ArtifactSourceViewModel>;
  SFTPArtifactSourceInput: SftpArtifactSourceInput;
  SMBArtifactSource: ResolverTypeWrapper<ArtifactSourceViewModel>;
  SMBArtifactSourceInput: SmbArtifactSourceInput;
  SMBConnector: ResolverTypeWrapper<ConnectorViewModel>;
  Service: ResolverTypeWrapper<ServiceReferenceModel>;
  ServiceAccountToken: ServiceAccountToken;
  ServiceNowConnector: ResolverTypeWrapper<ConnectorViewModel>;
  SetArtifactCollectionEnabledInput: SetArtifactCollectionEnabledInput;
  SftpConnector: ResolverTypeWrapper<ConnectorViewModel>;
  SlackConnector: ResolverTypeWrapper<ConnectorViewModel>;
  SmtpConnector: ResolverTypeWrapper<ConnectorViewModel>;
  SplunkConnector: ResolverTypeWrapper<ConnectorViewModel>;
  SpotInstCloudProvider: ResolverTypeWrapper<CloudProviderViewModel>;
  SpotInstCloudProviderInput: SpotInstCloudProviderInput;
  SumoConnector: ResolverTypeWrapper<ConnectorViewModel>;
  TimeFilter: TimeFilter;
  TimeOperator: TimeOperator;
  UpdateArtifactSourceInput: UpdateArtifactSourceInput;
  UpdateArtifactSourcePayload: ResolverTypeWrapper<Omit<UpdateArtifactSourcePayload, 'artifactSource'> & { artifactSource?: Maybe<ResolversTypes['ArtifactSource']> }>;
  UpdateAwsCloudProviderInput: UpdateAwsCloudProviderInput;
  UpdateAwsCrossAccountAttributes: UpdateAwsCrossAccountAttributes;
  UpdateAwsManualCredentials: UpdateAwsManualCredentials;
  UpdateAzureCloudProviderInput: UpdateAzureCloudProviderInput;
  UpdateCloudProviderInput: UpdateCloudProviderInput;
  UpdateCloudProviderPayload: ResolverTypeWrapper<Omit<UpdateCloudProviderPayload, 'cloudProvider'> & { cloudProvider?: Maybe<ResolversTypes['CloudProvider']> }>;
  UpdateConnectorInput: UpdateConnectorInput;
  UpdateConnectorPayload: ResolverTypeWrapper<Omit<UpdateConnectorPayload, 'connector'> & { connector?: Maybe<ResolversTypes['Connector']> }>;
  UpdateEc2IamCredentials: UpdateEc2IamCredentials;
  UpdateGcpCloudProviderInput: UpdateGcpCloudProviderInput;
  UpdateGitConnectorInput: UpdateGitConnectorInput;
  UpdateInheritClusterDetails: UpdateInheritClusterDetails;
  UpdateIrsaCredentials: UpdateIrsaCredentials;
  UpdateK8sCloudProviderInput: UpdateK8sCloudProviderInput;
  UpdateManualClusterDetails: UpdateManualClusterDetails;
  UpdateNone: UpdateNone;
  UpdateOIDCToken: UpdateOidcToken;
  UpdatePcfCloudProviderInput: UpdatePcfCloudProviderInput;
  UpdatePhysicalDataCenterCloudProviderInput: UpdatePhysicalDataCenterCloudProviderInput;
  UpdateRancherCloudProviderInput: UpdateRancherCloudProviderInput;
  UpdateServiceAccountToken: UpdateServiceAccountToken;
  UpdateSpotInstCloudProviderInput: UpdateSpotInstCloudProviderInput;
  UpdateUsernameAndPasswordAuthentication: UpdateUsernameAndPasswordAuthentication;
  UrlType: UrlType;
  UsageScope: ResolverTypeWrapper<UsageScope>;
  UsageScopeInput: UsageScopeInput;
  User: ResolverTypeWrapper<User>;
  UsernameAndPasswordAuthentication: UsernameAndPasswordAuthentication;
  setArtifactCollectionEnabledPayload: ResolverTypeWrapper<SetArtifactCollectionEnabledPayload>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ACRArtifactSource: ArtifactSourceViewModel;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  ACRArtifactSourceInput: AcrArtifactSourceInput;
  AMIArtifactSource: ArtifactSourceViewModel;
  AMIArtifactSourceInput: AmiArtifactSourceInput;
  AmazonS3ArtifactSource: ArtifactSourceViewModel;
  AmazonS3ArtifactSourceInput: AmazonS3ArtifactSourceInput;
  AmazonS3Connector: ConnectorViewModel;
  AmazonS3HelmRepoConnector: ConnectorViewModel;
  AmazonS3PlatformInput: AmazonS3PlatformInput;
  ApmVerificationConnector: ConnectorViewModel;
  AppDynamicsConnector: ConnectorViewModel;
  AppEnvScope: AppEnvScope;
  AppEnvScopeInput: AppEnvScopeInput;
  AppScopeFilter: AppScopeFilter;
  AppScopeFilterInput: AppScopeFilterInput;
  Artifact: ArtifactModel;
  ArtifactCleanUpPayload: ArtifactCleanUpPayload;
  ArtifactCleanupInput: ArtifactCleanupInput;
  ArtifactConnection: ConnectionModel<ArtifactModel>;
  ArtifactFilter: ArtifactFilter;
  ArtifactSource: ArtifactSourceViewModel;
  ArtifactoryArtifactSource: ArtifactSourceViewModel;
  ArtifactoryArtifactSourceInput: ArtifactoryArtifactSourceInput;
  ArtifactoryConnector: ConnectorViewModel;
  ArtifactoryDockerProps: ArtifactPropsViewModel;
  ArtifactoryFileProps: ArtifactPropsViewModel;
  ArtifactoryProps: ArtifactPropsViewModel;
  AwsCloudProvider: CloudProviderViewModel;
  AwsCloudProviderInput: AwsCloudProviderInput;
  AwsCrossAccountAttributes: AwsCrossAccountAttributes;
  AwsManualCredentials: AwsManualCredentials;
  AzureArtifactsArtifactSource: ArtifactSourceViewModel;
  AzureArtifactsArtifactSourceInput: AzureArtifactsArtifactSourceInput;
  AzureCloudProvider: CloudProviderViewModel;
  AzureCloudProviderInput: AzureCloudProviderInput;
  AzureImageDefinitionInput: AzureImageDefinitionInput;
  AzureImageDefinitionProps: AzureImageDefinitionProps;
  AzureMachineImageArtifactSource: ArtifactSourceViewModel;
  AzureMachineImageArtifactSourceInput: AzureMachineImageArtifactSourceInput;
  BambooArtifactSource: ArtifactSourceViewModel;
  BambooArtifactSourceInput: BambooArtifactSourceInput;
  BambooConnector: ConnectorViewModel;
  BugSnagConnector: ConnectorViewModel;
  CEClusterHealth: CeClusterHealth;
  CEEnabledFilter: CeEnabledFilter;
  CEHealthStatus: CeHealthStatus;
  CloudProvider: CloudProviderViewModel;
  CloudProviderConnection: ConnectionModel<CloudProviderViewModel>;
  CloudProviderFilter: CloudProviderFilter;
  CloudProviderTypeFilter: CloudProviderTypeFilter;
  Connector: ConnectorViewModel;
  ConnectorConnection: ConnectionModel<ConnectorViewModel>;
  ConnectorFilter: ConnectorFilter;
  ConnectorTypeFilter: ConnectorTypeFilter;
  CreateArtifactSourceInput: CreateArtifactSourceInput;
  CreateArtifactSourcePayload: Omit<CreateArtifactSourcePayload, 'artifactSource'> & { artifactSource?: Maybe<ResolversParentTypes['ArtifactSource']> };
  CreateCloudProviderInput: CreateCloudProviderInput;
  CreateCloudProviderPayload: Omit<CreateCloudProviderPayload, 'cloudProvider'> & { cloudProvider?: Maybe<ResolversParentTypes['CloudProvider']> };
  CreateConnectorInput: CreateConnectorInput;
  CreateConnectorPayload: Omit<CreateConnectorPayload, 'connector'> & { connector?: Maybe<ResolversParentTypes['Connector']> };
  CustomArtifactSource: ArtifactSourceViewModel;
  CustomArtifactSourceInput: CustomArtifactSourceInput;
  CustomCommitDetails: CustomCommitDetails;
  CustomCommitDetailsInput: CustomCommitDetailsInput;
  DataDogConnector: ConnectorViewModel;
  DateTime: Scalars['DateTime']['output'];
  DeleteArtifactSourceInput: DeleteArtifactSourceInput;
  DeleteArtifactSourcePayload: DeleteArtifactSourcePayload;
  DeleteCloudProviderInput: DeleteCloudProviderInput;
  DeleteCloudProviderPayload: DeleteCloudProviderPayload;
  DeleteConnectorInput: DeleteConnectorInput;
  DeleteConnectorPayload: DeleteConnectorPayload;
  DockerArtifactSource: ArtifactSourceViewModel;
  DockerArtifactSourceInput: DockerArtifactSourceInput;
  DockerConnector: ConnectorViewModel;
  DockerConnectorInput: DockerConnectorInput;
  DynaTraceConnector: ConnectorViewModel;
  ECRArtifactSource: ArtifactSourceViewModel;
  ECRArtifactSourceInput: EcrArtifactSourceInput;
  ECRConnector: ConnectorViewModel;
  Ec2IamCredentials: Ec2IamCredentials;
  ElbConnector: ConnectorViewModel;
  ElkConnector: ConnectorViewModel;
  EnvScopeFilter: EnvScopeFilter;
  EnvScopeFilterInput: EnvScopeFilterInput;
  GCRArtifactSource: ArtifactSourceViewModel;
  GCRArtifactSourceInput: GcrArtifactSourceInput;
  GCRConnector: ConnectorViewModel;
  GCSArtifactSource: ArtifactSourceViewModel;
  GCSArtifactSourceInput: GcsArtifactSourceInput;
  GCSConnector: ConnectorViewModel;
  GCSHelmRepoConnector: ConnectorViewModel;
  GCSPlatformInput: GcsPlatformInput;
  GcpCloudProvider: CloudProviderViewModel;
  GcpCloudProviderInput: GcpCloudProviderInput;
  GitConnector: ConnectorViewModel;
  GitConnectorInput: GitConnectorInput;
  HelmConnectorInput: HelmConnectorInput;
  HttpHelmRepoConnector: ConnectorViewModel;
  HttpServerPlatformInput: HttpServerPlatformInput;
  IdFilter: IdFilter;
  InheritClusterDetails: InheritClusterDetails;
  IrsaCredentials: IrsaCredentials;
  JenkinsArtifactSource: ArtifactSourceViewModel;
  JenkinsArtifactSourceInput: JenkinsArtifactSourceInput;
  JenkinsConnector: ConnectorViewModel;
  JiraConnector: ConnectorViewModel;
  K8sCloudProviderInput: K8sCloudProviderInput;
  KeyValuePair: KeyValuePair;
  KeyValuePairInput: KeyValuePairInput;
  KubernetesCloudProvider: CloudProviderViewModel;
  LogzConnector: ConnectorViewModel;
  ManualClusterDetails: ManualClusterDetails;
  Mutation: Record<PropertyKey, never>;
  NewRelicConnector: ConnectorViewModel;
  NexusArtifactSource: ArtifactSourceViewModel;
  NexusArtifactSourceInput: NexusArtifactSourceInput;
  NexusConnector: ConnectorViewModel;
  NexusConnectorInput: NexusConnectorInput;
  NexusDockerProps: ArtifactPropsViewModel;
  NexusMavenProps: ArtifactPropsViewModel;
  NexusNpmProps: ArtifactPropsViewModel;
  NexusNugetProps: ArtifactPropsViewModel;
  NexusProps: ArtifactPropsViewModel;
  NexusRawProps: ArtifactPropsViewModel;
  None: None;
  Number: Scalars['Number']['output'];
  OCIPlatformInput: OciPlatformInput;
  OIDCToken: OidcToken;
  OciHelmRepoConnector: ConnectorViewModel;
  PageInfo: PageInfo;
  PcfCloudProvider: CloudProviderViewModel;
  PcfCloudProviderInput: PcfCloudProviderInput;
  PhysicalDataCenterCloudProvider: CloudProviderViewModel;
  PhysicalDataCenterCloudProviderInput: PhysicalDataCenterCloudProviderInput;
  PrometheusConnector: ConnectorViewModel;
  Query: Record<PropertyKey, never>;
  RancherCloudProvider: CloudProviderViewModel;
  RancherCloudProviderInput: RancherCloudProviderInput;
  RecordArtifactBuildInput: RecordArtifactBuildInput;
  RecordArtifactBuildPayload: Omit<RecordArtifactBuildPayload, 'artifact'> & { artifact?: Maybe<ResolversParentTypes['Artifact']> };
  SFTPArtifactSource: ArtifactSourceViewModel;
  SFTPArtifactSourceInput: SftpArtifactSourceInput;
  SMBArtifactSource: ArtifactSourceViewModel;
  SMBArtifactSourceInput: SmbArtifactSourceInput;
  SMBConnector: ConnectorViewModel;
  Service: ServiceReferenceModel;
  ServiceAccountToken: ServiceAccountToken;
  ServiceNowConnector: ConnectorViewModel;
  SetArtifactCollectionEnabledInput: SetArtifactCollectionEnabledInput;
  SftpConnector: ConnectorViewModel;
  SlackConnector: ConnectorViewModel;
  SmtpConnector: ConnectorViewModel;
  SplunkConnector: ConnectorViewModel;
  SpotInstCloudProvider: CloudProviderViewModel;
  SpotInstCloudProviderInput: SpotInstCloudProviderInput;
  SumoConnector: ConnectorViewModel;
  TimeFilter: TimeFilter;
  UpdateArtifactSourceInput: UpdateArtifactSourceInput;
  UpdateArtifactSourcePayload: Omit<UpdateArtifactSourcePayload, 'artifactSource'> & { artifactSource?: Maybe<ResolversParentTypes['ArtifactSource']> };
  UpdateAwsCloudProviderInput: UpdateAwsCloudProviderInput;
  UpdateAwsCrossAccountAttributes: UpdateAwsCrossAccountAttributes;
  UpdateAwsManualCredentials: UpdateAwsManualCredentials;
  UpdateAzureCloudProviderInput: UpdateAzureCloudProviderInput;
  UpdateCloudProviderInput: UpdateCloudProviderInput;
  UpdateCloudProviderPayload: Omit<UpdateCloudProviderPayload, 'cloudProvider'> & { cloudProvider?: Maybe<ResolversParentTypes['CloudProvider']> };
  UpdateConnectorInput: UpdateConnectorInput;
  UpdateConnectorPayload: Omit<UpdateConnectorPayload, 'connector'> & { connector?: Maybe<ResolversParentTypes['Connector']> };
  UpdateEc2IamCredentials: UpdateEc2IamCredentials;
  UpdateGcpCloudProviderInput: UpdateGcpCloudProviderInput;
  UpdateGitConnectorInput: UpdateGitConnectorInput;
  UpdateInheritClusterDetails: UpdateInheritClusterDetails;
  UpdateIrsaCredentials: UpdateIrsaCredentials;
  UpdateK8sCloudProviderInput: UpdateK8sCloudProviderInput;
  UpdateManualClusterDetails: UpdateManualClusterDetails;
  UpdateNone: UpdateNone;
  UpdateOIDCToken: UpdateOidcToken;
  UpdatePcfCloudProviderInput: UpdatePcfCloudProviderInput;
  UpdatePhysicalDataCenterCloudProviderInput: UpdatePhysicalDataCenterCloudProviderInput;
  UpdateRancherCloudProviderInput: UpdateRancherCloudProviderInput;
  UpdateServiceAccountToken: UpdateServiceAccountToken;
  UpdateSpotInstCloudProviderInput: UpdateSpotInstCloudProviderInput;
  UpdateUsernameAndPasswordAuthentication: UpdateUsernameAndPasswordAuthentication;
  UsageScope: UsageScope;
  UsageScopeInput: UsageScopeInput;
  User: User;
  UsernameAndPasswordAuthentication: UsernameAndPasswordAuthentication;
  setArtifactCollectionEnabledPayload: SetArtifactCollectionEnabledPayload;
};

export type AcrArtifactSourceResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['ACRArtifactSource'] = ResolversParentTypes['ACRArtifactSource']> = {
  artifacts?: Resolver<Maybe<ResolversTypes['ArtifactConnection']>, ParentType, ContextType, RequireFields<AcrArtifactSourceArtifactsArgs, 'limit'>>;
  azureCloudProviderId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  collectionEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registryName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  repositoryName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subscriptionId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AmiArtifactSourceResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['AMIArtifactSource'] = ResolversParentTypes['AMIArtifactSource']> = {
  amiResourceFilters?: Resolver<Maybe<Array<Maybe<ResolversTypes['KeyValuePair']>>>, ParentType, ContextType>;
  artifacts?: Resolver<Maybe<ResolversTypes['ArtifactConnection']>, ParentType, ContextType, RequireFields<AmiArtifactSourceArtifactsArgs, 'limit'>>;
  awsCloudProviderId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  awsTags?: Resolver<Maybe<Array<Maybe<ResolversTypes['KeyValuePair']>>>, ParentType, ContextType>;
  collectionEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AmazonS3ArtifactSourceResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['AmazonS3ArtifactSource'] = ResolversParentTypes['AmazonS3ArtifactSource']> = {
  artifactPaths?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  artifacts?: Resolver<Maybe<ResolversTypes['ArtifactConnection']>, ParentType, ContextType, RequireFields<AmazonS3ArtifactSourceArtifactsArgs, 'limit'>>;
  awsCloudProviderId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bucket?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  collectionEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AmazonS3ConnectorResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['AmazonS3Connector'] = ResolversParentTypes['AmazonS3Connector']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AmazonS3HelmRepoConnectorResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['AmazonS3HelmRepoConnector'] = ResolversParentTypes['AmazonS3HelmRepoConnector']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApmVerificationConnectorResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['ApmVerificationConnector'] = ResolversParentTypes['ApmVerificationConnector']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AppDynamicsConnectorResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['AppDynamicsConnector'] = ResolversParentTypes['AppDynamicsConnector']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AppEnvScopeResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['AppEnvScope'] = ResolversParentTypes['AppEnvScope']> = {
  application?: Resolver<Maybe<ResolversTypes['AppScopeFilter']>, ParentType, ContextType>;
  environment?: Resolver<Maybe<ResolversTypes['EnvScopeFilter']>, ParentType, ContextType>;
};

export type AppScopeFilterResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['AppScopeFilter'] = ResolversParentTypes['AppScopeFilter']> = {
  appId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  filterType?: Resolver<Maybe<ResolversTypes['FilterType']>, ParentType, ContextType>;
};

export type ArtifactResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['Artifact'] = ResolversParentTypes['Artifact'], FederationReferenceType extends FederationReferenceTypes['Artifact'] = FederationReferenceTypes['Artifact']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Artifact']> | FederationReferenceType, FederationReferenceType, ContextType>;
  artifactSource?: Resolver<Maybe<ResolversTypes['ArtifactSource']>, ParentType, ContextType>;
  buildNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  collectedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ArtifactCleanUpPayloadResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['ArtifactCleanUpPayload'] = ResolversParentTypes['ArtifactCleanUpPayload']> = {
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ArtifactConnectionResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['ArtifactConnection'] = ResolversParentTypes['ArtifactConnection']> = {
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['Artifact']>>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
};

export type ArtifactSourceResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['ArtifactSource'] = ResolversParentTypes['ArtifactSource']> = {
  __resolveType: TypeResolveFn<'ACRArtifactSource' | 'AMIArtifactSource' | 'AmazonS3ArtifactSource' | 'ArtifactoryArtifactSource' | 'AzureArtifactsArtifactSource' | 'AzureMachineImageArtifactSource' | 'BambooArtifactSource' | 'CustomArtifactSource' | 'DockerArtifactSource' | 'ECRArtifactSource' | 'GCRArtifactSource' | 'GCSArtifactSource' | 'JenkinsArtifactSource' | 'NexusArtifactSource' | 'SFTPArtifactSource' | 'SMBArtifactSource', ParentType, ContextType>;
};

export type ArtifactoryArtifactSourceResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['ArtifactoryArtifactSource'] = ResolversParentTypes['ArtifactoryArtifactSource']> = {
  artifacts?: Resolver<Maybe<ResolversTypes['ArtifactConnection']>, ParentType, ContextType, RequireFields<ArtifactoryArtifactSourceArtifactsArgs, 'limit'>>;
  collectionEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['ArtifactoryProps']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArtifactoryConnectorResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['ArtifactoryConnector'] = ResolversParentTypes['ArtifactoryConnector']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  delegateSelectors?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArtifactoryDockerPropsResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['ArtifactoryDockerProps'] = ResolversParentTypes['ArtifactoryDockerProps']> = {
  artifactoryConnectorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dockerImageName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dockerRepositoryServer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  repository?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArtifactoryFilePropsResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['ArtifactoryFileProps'] = ResolversParentTypes['ArtifactoryFileProps']> = {
  artifactPath?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  artifactoryConnectorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  repository?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArtifactoryPropsResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['ArtifactoryProps'] = ResolversParentTypes['ArtifactoryProps']> = {
  __resolveType: TypeResolveFn<'ArtifactoryDockerProps' | 'ArtifactoryFileProps', ParentType, ContextType>;
};

export type AwsCloudProviderResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['AwsCloudProvider'] = ResolversParentTypes['AwsCloudProvider']> = {
  ceHealthStatus?: Resolver<Maybe<ResolversTypes['CEHealthStatus']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isContinuousEfficiencyEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AzureArtifactsArtifactSourceResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['AzureArtifactsArtifactSource'] = ResolversParentTypes['AzureArtifactsArtifactSource']> = {
  artifacts?: Resolver<Maybe<ResolversTypes['ArtifactConnection']>, ParentType, ContextType, RequireFields<AzureArtifactsArtifactSourceArtifactsArgs, 'limit'>>;
  azureConnectorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  collectionEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  feedName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  packageName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  packageType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AzureCloudProviderResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['AzureCloudProvider'] = ResolversParentTypes['AzureCloudProvider']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isContinuousEfficiencyEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AzureImageDefinitionPropsResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['AzureImageDefinitionProps'] = ResolversParentTypes['AzureImageDefinitionProps']> = {
  imageDefinitionName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  imageGalleryName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resourceGroup?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AzureMachineImageArtifactSourceResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['AzureMachineImageArtifactSource'] = ResolversParentTypes['AzureMachineImageArtifactSource']> = {
  artifacts?: Resolver<Maybe<ResolversTypes['ArtifactConnection']>, ParentType, ContextType, RequireFields<AzureMachineImageArtifactSourceArtifactsArgs, 'limit'>>;
  azureCloudProviderId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  collectionEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  imageDefinition?: Resolver<Maybe<ResolversTypes['AzureImageDefinitionProps']>, ParentType, ContextType>;
  imageType?: Resolver<Maybe<ResolversTypes['AzureImageType']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subscriptionId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BambooArtifactSourceResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['BambooArtifactSource'] = ResolversParentTypes['BambooArtifactSource']> = {
  artifactPaths?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  artifacts?: Resolver<Maybe<ResolversTypes['ArtifactConnection']>, ParentType, ContextType, RequireFields<BambooArtifactSourceArtifactsArgs, 'limit'>>;
  bambooConnectorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  collectionEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  planKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BambooConnectorResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['BambooConnector'] = ResolversParentTypes['BambooConnector']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BugSnagConnectorResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['BugSnagConnector'] = ResolversParentTypes['BugSnagConnector']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CeClusterHealthResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['CEClusterHealth'] = ResolversParentTypes['CEClusterHealth']> = {
  clusterId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clusterName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errors?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  lastEventTimestamp?: Resolver<Maybe<ResolversTypes['Number']>, ParentType, ContextType>;
  messages?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
};

export type CeHealthStatusResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['CEHealthStatus'] = ResolversParentTypes['CEHealthStatus']> = {
  clusterHealthStatusList?: Resolver<Maybe<Array<Maybe<ResolversTypes['CEClusterHealth']>>>, ParentType, ContextType>;
  isCEConnector?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isHealthy?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  messages?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
};

export type CloudProviderResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['CloudProvider'] = ResolversParentTypes['CloudProvider']> = {
  __resolveType: TypeResolveFn<'AwsCloudProvider' | 'AzureCloudProvider' | 'GcpCloudProvider' | 'KubernetesCloudProvider' | 'PcfCloudProvider' | 'PhysicalDataCenterCloudProvider' | 'RancherCloudProvider' | 'SpotInstCloudProvider', ParentType, ContextType>;
};

export type CloudProviderConnectionResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['CloudProviderConnection'] = ResolversParentTypes['CloudProviderConnection']> = {
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['CloudProvider']>>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
};

export type ConnectorResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['Connector'] = ResolversParentTypes['Connector']> = {
  __resolveType: TypeResolveFn<'AmazonS3Connector' | 'AmazonS3HelmRepoConnector' | 'ApmVerificationConnector' | 'AppDynamicsConnector' | 'ArtifactoryConnector' | 'BambooConnector' | 'BugSnagConnector' | 'DataDogConnector' | 'DockerConnector' | 'DynaTraceConnector' | 'ECRConnector' | 'ElbConnector' | 'ElkConnector' | 'GCRConnector' | 'GCSConnector' | 'GCSHelmRepoConnector' | 'GitConnector' | 'HttpHelmRepoConnector' | 'JenkinsConnector' | 'JiraConnector' | 'LogzConnector' | 'NewRelicConnector' | 'NexusConnector' | 'OciHelmRepoConnector' | 'PrometheusConnector' | 'SMBConnector' | 'ServiceNowConnector' | 'SftpConnector' | 'SlackConnector' | 'SmtpConnector' | 'SplunkConnector' | 'SumoConnector', ParentType, ContextType>;
};

export type ConnectorConnectionResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['ConnectorConnection'] = ResolversParentTypes['ConnectorConnection']> = {
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['Connector']>>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
};

export type CreateArtifactSourcePayloadResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['CreateArtifactSourcePayload'] = ResolversParentTypes['CreateArtifactSourcePayload']> = {
  artifactSource?: Resolver<Maybe<ResolversTypes['ArtifactSource']>, ParentType, ContextType>;
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  collectionToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CreateCloudProviderPayloadResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['CreateCloudProviderPayload'] = ResolversParentTypes['CreateCloudProviderPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cloudProvider?: Resolver<Maybe<ResolversTypes['CloudProvider']>, ParentType, ContextType>;
};

export type CreateConnectorPayloadResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['CreateConnectorPayload'] = ResolversParentTypes['CreateConnectorPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  connector?: Resolver<Maybe<ResolversTypes['Connector']>, ParentType, ContextType>;
};

export type CustomArtifactSourceResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['CustomArtifactSource'] = ResolversParentTypes['CustomArtifactSource']> = {
  artifacts?: Resolver<Maybe<ResolversTypes['ArtifactConnection']>, ParentType, ContextType, RequireFields<CustomArtifactSourceArtifactsArgs, 'limit'>>;
  collectionEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CustomCommitDetailsResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['CustomCommitDetails'] = ResolversParentTypes['CustomCommitDetails']> = {
  authorEmailId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  authorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  commitMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DataDogConnectorResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['DataDogConnector'] = ResolversParentTypes['DataDogConnector']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteArtifactSourcePayloadResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['DeleteArtifactSourcePayload'] = ResolversParentTypes['DeleteArtifactSourcePayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DeleteCloudProviderPayloadResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['DeleteCloudProviderPayload'] = ResolversParentTypes['DeleteCloudProviderPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DeleteConnectorPayloadResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['DeleteConnectorPayload'] = ResolversParentTypes['DeleteConnectorPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DockerArtifactSourceResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['DockerArtifactSource'] = ResolversParentTypes['DockerArtifactSource']> = {
  artifacts?: Resolver<Maybe<ResolversTypes['ArtifactConnection']>, ParentType, ContextType, RequireFields<DockerArtifactSourceArtifactsArgs, 'limit'>>;
  collectionEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dockerConnectorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  imageName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DockerConnectorResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['DockerConnector'] = ResolversParentTypes['DockerConnector']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  delegateSelectors?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DynaTraceConnectorResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['DynaTraceConnector'] = ResolversParentTypes['DynaTraceConnector']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EcrArtifactSourceResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['ECRArtifactSource'] = ResolversParentTypes['ECRArtifactSource']> = {
  artifacts?: Resolver<Maybe<ResolversTypes['ArtifactConnection']>, ParentType, ContextType, RequireFields<EcrArtifactSourceArtifactsArgs, 'limit'>>;
  awsCloudProviderId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  collectionEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  imageName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EcrConnectorResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['ECRConnector'] = ResolversParentTypes['ECRConnector']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ElbConnectorResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['ElbConnector'] = ResolversParentTypes['ElbConnector']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ElkConnectorResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['ElkConnector'] = ResolversParentTypes['ElkConnector']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EnvScopeFilterResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['EnvScopeFilter'] = ResolversParentTypes['EnvScopeFilter']> = {
  envId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  filterType?: Resolver<Maybe<ResolversTypes['EnvFilterType']>, ParentType, ContextType>;
};

export type GcrArtifactSourceResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['GCRArtifactSource'] = ResolversParentTypes['GCRArtifactSource']> = {
  artifacts?: Resolver<Maybe<ResolversTypes['ArtifactConnection']>, ParentType, ContextType, RequireFields<GcrArtifactSourceArtifactsArgs, 'limit'>>;
  collectionEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dockerImageName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gcpCloudProviderId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registryHostName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GcrConnectorResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['GCRConnector'] = ResolversParentTypes['GCRConnector']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GcsArtifactSourceResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['GCSArtifactSource'] = ResolversParentTypes['GCSArtifactSource']> = {
  artifactPaths?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  artifacts?: Resolver<Maybe<ResolversTypes['ArtifactConnection']>, ParentType, ContextType, RequireFields<GcsArtifactSourceArtifactsArgs, 'limit'>>;
  bucket?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  collectionEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  gcpCloudProviderId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  projectId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GcsConnectorResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['GCSConnector'] = ResolversParentTypes['GCSConnector']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GcsHelmRepoConnectorResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['GCSHelmRepoConnector'] = ResolversParentTypes['GCSHelmRepoConnector']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GcpCloudProviderResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['GcpCloudProvider'] = ResolversParentTypes['GcpCloudProvider']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  delegateSelectors?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isContinuousEfficiencyEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GitConnectorResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['GitConnector'] = ResolversParentTypes['GitConnector'], FederationReferenceType extends FederationReferenceTypes['GitConnector'] = FederationReferenceTypes['GitConnector']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['GitConnector']> | FederationReferenceType, FederationReferenceType, ContextType>;
  URL?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  branch?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  customCommitDetails?: Resolver<Maybe<ResolversTypes['CustomCommitDetails']>, ParentType, ContextType>;
  delegateSelectors?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  disableUserGitConfig?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  generateWebhookUrl?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  passwordSecretId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  providerType?: Resolver<Maybe<ResolversTypes['ProviderType']>, ParentType, ContextType>;
  sshSettingId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  urlType?: Resolver<Maybe<ResolversTypes['UrlType']>, ParentType, ContextType>;
  usageScope?: Resolver<Maybe<ResolversTypes['UsageScope']>, ParentType, ContextType>;
  userName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  webhookUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HttpHelmRepoConnectorResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['HttpHelmRepoConnector'] = ResolversParentTypes['HttpHelmRepoConnector']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type JenkinsArtifactSourceResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['JenkinsArtifactSource'] = ResolversParentTypes['JenkinsArtifactSource']> = {
  artifactPaths?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  artifacts?: Resolver<Maybe<ResolversTypes['ArtifactConnection']>, ParentType, ContextType, RequireFields<JenkinsArtifactSourceArtifactsArgs, 'limit'>>;
  collectionEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  jenkinsConnectorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  jobName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type JenkinsConnectorResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['JenkinsConnector'] = ResolversParentTypes['JenkinsConnector']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type JiraConnectorResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['JiraConnector'] = ResolversParentTypes['JiraConnector']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  delegateSelectors?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type KeyValuePairResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['KeyValuePair'] = ResolversParentTypes['KeyValuePair']> = {
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type KubernetesCloudProviderResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['KubernetesCloudProvider'] = ResolversParentTypes['KubernetesCloudProvider']> = {
  ceHealthStatus?: Resolver<Maybe<ResolversTypes['CEHealthStatus']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isContinuousEfficiencyEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  skipK8sEventCollection?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LogzConnectorResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['LogzConnector'] = ResolversParentTypes['LogzConnector']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  artifactCleanup?: Resolver<Maybe<ResolversTypes['ArtifactCleanUpPayload']>, ParentType, ContextType, RequireFields<MutationArtifactCleanupArgs, 'input'>>;
  createArtifactSource?: Resolver<Maybe<ResolversTypes['CreateArtifactSourcePayload']>, ParentType, ContextType, RequireFields<MutationCreateArtifactSourceArgs, 'input'>>;
  createCloudProvider?: Resolver<Maybe<ResolversTypes['CreateCloudProviderPayload']>, ParentType, ContextType, RequireFields<MutationCreateCloudProviderArgs, 'input'>>;
  createConnector?: Resolver<Maybe<ResolversTypes['CreateConnectorPayload']>, ParentType, ContextType, RequireFields<MutationCreateConnectorArgs, 'input'>>;
  deleteArtifactSource?: Resolver<Maybe<ResolversTypes['DeleteArtifactSourcePayload']>, ParentType, ContextType, RequireFields<MutationDeleteArtifactSourceArgs, 'input'>>;
  deleteCloudProvider?: Resolver<Maybe<ResolversTypes['DeleteCloudProviderPayload']>, ParentType, ContextType, RequireFields<MutationDeleteCloudProviderArgs, 'input'>>;
  deleteConnector?: Resolver<Maybe<ResolversTypes['DeleteConnectorPayload']>, ParentType, ContextType, RequireFields<MutationDeleteConnectorArgs, 'input'>>;
  recordArtifactBuild?: Resolver<Maybe<ResolversTypes['RecordArtifactBuildPayload']>, ParentType, ContextType, RequireFields<MutationRecordArtifactBuildArgs, 'input'>>;
  setArtifactCollectionEnabled?: Resolver<Maybe<ResolversTypes['setArtifactCollectionEnabledPayload']>, ParentType, ContextType, RequireFields<MutationSetArtifactCollectionEnabledArgs, 'input'>>;
  updateArtifactSource?: Resolver<Maybe<ResolversTypes['UpdateArtifactSourcePayload']>, ParentType, ContextType, RequireFields<MutationUpdateArtifactSourceArgs, 'input'>>;
  updateCloudProvider?: Resolver<Maybe<ResolversTypes['UpdateCloudProviderPayload']>, ParentType, ContextType, RequireFields<MutationUpdateCloudProviderArgs, 'input'>>;
  updateConnector?: Resolver<Maybe<ResolversTypes['UpdateConnectorPayload']>, ParentType, ContextType, RequireFields<MutationUpdateConnectorArgs, 'input'>>;
};

export type NewRelicConnectorResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['NewRelicConnector'] = ResolversParentTypes['NewRelicConnector']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NexusArtifactSourceResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['NexusArtifactSource'] = ResolversParentTypes['NexusArtifactSource']> = {
  artifacts?: Resolver<Maybe<ResolversTypes['ArtifactConnection']>, ParentType, ContextType, RequireFields<NexusArtifactSourceArtifactsArgs, 'limit'>>;
  collectionEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parameters?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['NexusProps']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NexusConnectorResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['NexusConnector'] = ResolversParentTypes['NexusConnector']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  delegateSelectors?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NexusDockerPropsResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['NexusDockerProps'] = ResolversParentTypes['NexusDockerProps']> = {
  dockerImageName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dockerRegistryUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nexusConnectorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  repository?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  repositoryFormat?: Resolver<Maybe<ResolversTypes['NexusRepositoryFormat']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NexusMavenPropsResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['NexusMavenProps'] = ResolversParentTypes['NexusMavenProps']> = {
  artifactId?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  classifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  extension?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  groupId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nexusConnectorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  repository?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  repositoryFormat?: Resolver<Maybe<ResolversTypes['NexusRepositoryFormat']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NexusNpmPropsResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['NexusNpmProps'] = ResolversParentTypes['NexusNpmProps']> = {
  nexusConnectorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  packageName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  repository?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  repositoryFormat?: Resolver<Maybe<ResolversTypes['NexusRepositoryFormat']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NexusNugetPropsResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['NexusNugetProps'] = ResolversParentTypes['NexusNugetProps']> = {
  nexusConnectorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  packageName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  repository?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  repositoryFormat?: Resolver<Maybe<ResolversTypes['NexusRepositoryFormat']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NexusPropsResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['NexusProps'] = ResolversParentTypes['NexusProps']> = {
  __resolveType: TypeResolveFn<'NexusDockerProps' | 'NexusMavenProps' | 'NexusNpmProps' | 'NexusNugetProps' | 'NexusRawProps', ParentType, ContextType>;
};

export type NexusRawPropsResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['NexusRawProps'] = ResolversParentTypes['NexusRawProps']> = {
  nexusConnectorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  packageName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  repository?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  repositoryFormat?: Resolver<Maybe<ResolversTypes['NexusRepositoryFormat']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface NumberScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Number'], any> {
  name: 'Number';
}

export type OciHelmRepoConnectorResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['OciHelmRepoConnector'] = ResolversParentTypes['OciHelmRepoConnector']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  hasMore?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  limit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  offset?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type PcfCloudProviderResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['PcfCloudProvider'] = ResolversParentTypes['PcfCloudProvider']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isContinuousEfficiencyEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PhysicalDataCenterCloudProviderResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['PhysicalDataCenterCloudProvider'] = ResolversParentTypes['PhysicalDataCenterCloudProvider']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isContinuousEfficiencyEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PrometheusConnectorResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['PrometheusConnector'] = ResolversParentTypes['PrometheusConnector']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  artifact?: Resolver<Maybe<ResolversTypes['Artifact']>, ParentType, ContextType, RequireFields<QueryArtifactArgs, 'artifactId'>>;
  artifacts?: Resolver<Maybe<ResolversTypes['ArtifactConnection']>, ParentType, ContextType, RequireFields<QueryArtifactsArgs, 'limit'>>;
  cloudProvider?: Resolver<Maybe<ResolversTypes['CloudProvider']>, ParentType, ContextType, RequireFields<QueryCloudProviderArgs, 'cloudProviderId'>>;
  cloudProviderByName?: Resolver<Maybe<ResolversTypes['CloudProvider']>, ParentType, ContextType, RequireFields<QueryCloudProviderByNameArgs, 'name'>>;
  cloudProviders?: Resolver<Maybe<ResolversTypes['CloudProviderConnection']>, ParentType, ContextType, RequireFields<QueryCloudProvidersArgs, 'limit'>>;
  connector?: Resolver<Maybe<ResolversTypes['Connector']>, ParentType, ContextType, RequireFields<QueryConnectorArgs, 'connectorId'>>;
  connectors?: Resolver<Maybe<ResolversTypes['ConnectorConnection']>, ParentType, ContextType, RequireFields<QueryConnectorsArgs, 'limit'>>;
};

export type RancherCloudProviderResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['RancherCloudProvider'] = ResolversParentTypes['RancherCloudProvider']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isContinuousEfficiencyEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RecordArtifactBuildPayloadResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['RecordArtifactBuildPayload'] = ResolversParentTypes['RecordArtifactBuildPayload']> = {
  artifact?: Resolver<Maybe<ResolversTypes['Artifact']>, ParentType, ContextType>;
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SftpArtifactSourceResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['SFTPArtifactSource'] = ResolversParentTypes['SFTPArtifactSource']> = {
  artifactPaths?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  artifacts?: Resolver<Maybe<ResolversTypes['ArtifactConnection']>, ParentType, ContextType, RequireFields<SftpArtifactSourceArtifactsArgs, 'limit'>>;
  collectionEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sftpConnectorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SmbArtifactSourceResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['SMBArtifactSource'] = ResolversParentTypes['SMBArtifactSource']> = {
  artifactPaths?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  artifacts?: Resolver<Maybe<ResolversTypes['ArtifactConnection']>, ParentType, ContextType, RequireFields<SmbArtifactSourceArtifactsArgs, 'limit'>>;
  collectionEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  smbConnectorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SmbConnectorResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['SMBConnector'] = ResolversParentTypes['SMBConnector']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ServiceResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service'], FederationReferenceType extends FederationReferenceTypes['Service'] = FederationReferenceTypes['Service']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Service']> | FederationReferenceType, FederationReferenceType, ContextType>;
  artifactSources?: Resolver<Maybe<Array<Maybe<ResolversTypes['ArtifactSource']>>>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ServiceNowConnectorResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['ServiceNowConnector'] = ResolversParentTypes['ServiceNowConnector']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  delegateSelectors?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SftpConnectorResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['SftpConnector'] = ResolversParentTypes['SftpConnector']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SlackConnectorResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['SlackConnector'] = ResolversParentTypes['SlackConnector']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SmtpConnectorResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['SmtpConnector'] = ResolversParentTypes['SmtpConnector']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SplunkConnectorResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['SplunkConnector'] = ResolversParentTypes['SplunkConnector']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SpotInstCloudProviderResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['SpotInstCloudProvider'] = ResolversParentTypes['SpotInstCloudProvider']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isContinuousEfficiencyEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SumoConnectorResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['SumoConnector'] = ResolversParentTypes['SumoConnector']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UpdateArtifactSourcePayloadResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['UpdateArtifactSourcePayload'] = ResolversParentTypes['UpdateArtifactSourcePayload']> = {
  artifactSource?: Resolver<Maybe<ResolversTypes['ArtifactSource']>, ParentType, ContextType>;
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UpdateCloudProviderPayloadResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['UpdateCloudProviderPayload'] = ResolversParentTypes['UpdateCloudProviderPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cloudProvider?: Resolver<Maybe<ResolversTypes['CloudProvider']>, ParentType, ContextType>;
};

export type UpdateConnectorPayloadResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['UpdateConnectorPayload'] = ResolversParentTypes['UpdateConnectorPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  connector?: Resolver<Maybe<ResolversTypes['Connector']>, ParentType, ContextType>;
};

export type UsageScopeResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['UsageScope'] = ResolversParentTypes['UsageScope']> = {
  appEnvScopes?: Resolver<Maybe<Array<Maybe<ResolversTypes['AppEnvScope']>>>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SetArtifactCollectionEnabledPayloadResolvers<ContextType = ConnectorsContext, ParentType extends ResolversParentTypes['setArtifactCollectionEnabledPayload'] = ResolversParentTypes['setArtifactCollectionEnabledPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = ConnectorsContext> = {
  ACRArtifactSource?: AcrArtifactSourceResolvers<ContextType>;
  AMIArtifactSource?: AmiArtifactSourceResolvers<ContextType>;
  AmazonS3ArtifactSource?: AmazonS3ArtifactSourceResolvers<ContextType>;
  AmazonS3Connector?: AmazonS3ConnectorResolvers<ContextType>;
  AmazonS3HelmRepoConnector?: AmazonS3HelmRepoConnectorResolvers<ContextType>;
  ApmVerificationConnector?: ApmVerificationConnectorResolvers<ContextType>;
  AppDynamicsConnector?: AppDynamicsConnectorResolvers<ContextType>;
  AppEnvScope?: AppEnvScopeResolvers<ContextType>;
  AppScopeFilter?: AppScopeFilterResolvers<ContextType>;
  Artifact?: ArtifactResolvers<ContextType>;
  ArtifactCleanUpPayload?: ArtifactCleanUpPayloadResolvers<ContextType>;
  ArtifactConnection?: ArtifactConnectionResolvers<ContextType>;
  ArtifactSource?: ArtifactSourceResolvers<ContextType>;
  ArtifactoryArtifactSource?: ArtifactoryArtifactSourceResolvers<ContextType>;
  ArtifactoryConnector?: ArtifactoryConnectorResolvers<ContextType>;
  ArtifactoryDockerProps?: ArtifactoryDockerPropsResolvers<ContextType>;
  ArtifactoryFileProps?: ArtifactoryFilePropsResolvers<ContextType>;
  ArtifactoryProps?: ArtifactoryPropsResolvers<ContextType>;
  AwsCloudProvider?: AwsCloudProviderResolvers<ContextType>;
  AzureArtifactsArtifactSource?: AzureArtifactsArtifactSourceResolvers<ContextType>;
  AzureCloudProvider?: AzureCloudProviderResolvers<ContextType>;
  AzureImageDefinitionProps?: AzureImageDefinitionPropsResolvers<ContextType>;
  AzureMachineImageArtifactSource?: AzureMachineImageArtifactSourceResolvers<ContextType>;
  BambooArtifactSource?: BambooArtifactSourceResolvers<ContextType>;
  BambooConnector?: BambooConnectorResolvers<ContextType>;
  BugSnagConnector?: BugSnagConnectorResolvers<ContextType>;
  CEClusterHealth?: CeClusterHealthResolvers<ContextType>;
  CEHealthStatus?: CeHealthStatusResolvers<ContextType>;
  CloudProvider?: CloudProviderResolvers<ContextType>;
  CloudProviderConnection?: CloudProviderConnectionResolvers<ContextType>;
  Connector?: ConnectorResolvers<ContextType>;
  ConnectorConnection?: ConnectorConnectionResolvers<ContextType>;
  CreateArtifactSourcePayload?: CreateArtifactSourcePayloadResolvers<ContextType>;
  CreateCloudProviderPayload?: CreateCloudProviderPayloadResolvers<ContextType>;
  CreateConnectorPayload?: CreateConnectorPayloadResolvers<ContextType>;
  CustomArtifactSource?: CustomArtifactSourceResolvers<ContextType>;
  CustomCommitDetails?: CustomCommitDetailsResolvers<ContextType>;
  DataDogConnector?: DataDogConnectorResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeleteArtifactSourcePayload?: DeleteArtifactSourcePayloadResolvers<ContextType>;
  DeleteCloudProviderPayload?: DeleteCloudProviderPayloadResolvers<ContextType>;
  DeleteConnectorPayload?: DeleteConnectorPayloadResolvers<ContextType>;
  DockerArtifactSource?: DockerArtifactSourceResolvers<ContextType>;
  DockerConnector?: DockerConnectorResolvers<ContextType>;
  DynaTraceConnector?: DynaTraceConnectorResolvers<ContextType>;
  ECRArtifactSource?: EcrArtifactSourceResolvers<ContextType>;
  ECRConnector?: EcrConnectorResolvers<ContextType>;
  ElbConnector?: ElbConnectorResolvers<ContextType>;
  ElkConnector?: ElkConnectorResolvers<ContextType>;
  EnvScopeFilter?: EnvScopeFilterResolvers<ContextType>;
  GCRArtifactSource?: GcrArtifactSourceResolvers<ContextType>;
  GCRConnector?: GcrConnectorResolvers<ContextType>;
  GCSArtifactSource?: GcsArtifactSourceResolvers<ContextType>;
  GCSConnector?: GcsConnectorResolvers<ContextType>;
  GCSHelmRepoConnector?: GcsHelmRepoConnectorResolvers<ContextType>;
  GcpCloudProvider?: GcpCloudProviderResolvers<ContextType>;
  GitConnector?: GitConnectorResolvers<ContextType>;
  HttpHelmRepoConnector?: HttpHelmRepoConnectorResolvers<ContextType>;
  JenkinsArtifactSource?: JenkinsArtifactSourceResolvers<ContextType>;
  JenkinsConnector?: JenkinsConnectorResolvers<ContextType>;
  JiraConnector?: JiraConnectorResolvers<ContextType>;
  KeyValuePair?: KeyValuePairResolvers<ContextType>;
  KubernetesCloudProvider?: KubernetesCloudProviderResolvers<ContextType>;
  LogzConnector?: LogzConnectorResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NewRelicConnector?: NewRelicConnectorResolvers<ContextType>;
  NexusArtifactSource?: NexusArtifactSourceResolvers<ContextType>;
  NexusConnector?: NexusConnectorResolvers<ContextType>;
  NexusDockerProps?: NexusDockerPropsResolvers<ContextType>;
  NexusMavenProps?: NexusMavenPropsResolvers<ContextType>;
  NexusNpmProps?: NexusNpmPropsResolvers<ContextType>;
  NexusNugetProps?: NexusNugetPropsResolvers<ContextType>;
  NexusProps?: NexusPropsResolvers<ContextType>;
  NexusRawProps?: NexusRawPropsResolvers<ContextType>;
  Number?: GraphQLScalarType;
  OciHelmRepoConnector?: OciHelmRepoConnectorResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PcfCloudProvider?: PcfCloudProviderResolvers<ContextType>;
  PhysicalDataCenterCloudProvider?: PhysicalDataCenterCloudProviderResolvers<ContextType>;
  PrometheusConnector?: PrometheusConnectorResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RancherCloudProvider?: RancherCloudProviderResolvers<ContextType>;
  RecordArtifactBuildPayload?: RecordArtifactBuildPayloadResolvers<ContextType>;
  SFTPArtifactSource?: SftpArtifactSourceResolvers<ContextType>;
  SMBArtifactSource?: SmbArtifactSourceResolvers<ContextType>;
  SMBConnector?: SmbConnectorResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  ServiceNowConnector?: ServiceNowConnectorResolvers<ContextType>;
  SftpConnector?: SftpConnectorResolvers<ContextType>;
  SlackConnector?: SlackConnectorResolvers<ContextType>;
  SmtpConnector?: SmtpConnectorResolvers<ContextType>;
  SplunkConnector?: SplunkConnectorResolvers<ContextType>;
  SpotInstCloudProvider?: SpotInstCloudProviderResolvers<ContextType>;
  SumoConnector?: SumoConnectorResolvers<ContextType>;
  UpdateArtifactSourcePayload?: UpdateArtifactSourcePayloadResolvers<ContextType>;
  UpdateCloudProviderPayload?: UpdateCloudProviderPayloadResolvers<ContextType>;
  UpdateConnectorPayload?: UpdateConnectorPayloadResolvers<ContextType>;
  UsageScope?: UsageScopeResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  setArtifactCollectionEnabledPayload?: SetArtifactCollectionEnabledPayloadResolvers<ContextType>;
};

