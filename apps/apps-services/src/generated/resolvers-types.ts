import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Application as ApplicationModel, GitSyncConfig as GitSyncConfigModel, Service as ServiceModel, Environment as EnvironmentModel, InfrastructureDefinition as InfrastructureDefinitionModel, TagDefinition as TagDefinitionModel, TagLink as TagLinkModel } from '@fg/apps-services/data-access';
import type { Connection as ConnectionModel } from '@fg/graphql-kit';
import type { AppsServicesContext } from '../context';
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

export type AggregatedData = {
  __typename?: 'AggregatedData';
  dataPoints?: Maybe<Array<Maybe<DataPoint>>>;
};

export type Application = {
  __typename?: 'Application';
  areWebHookSecretsMandated?: Maybe<Scalars['Boolean']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  disableTriggers?: Maybe<Scalars['Boolean']['output']>;
  environments?: Maybe<EnvironmentConnection>;
  gitSyncConfig?: Maybe<GitSyncConfig>;
  id?: Maybe<Scalars['String']['output']>;
  /** Beta: manual triggers need API-key authorization. */
  isManualTriggerAuthorized?: Maybe<Scalars['Boolean']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  services?: Maybe<ServiceConnection>;
  tags?: Maybe<Array<Maybe<Tag>>>;
};


export type ApplicationEnvironmentsArgs = {
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type ApplicationServicesArgs = {
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type ApplicationAggregation = {
  tagAggregation?: InputMaybe<ApplicationTagAggregation>;
};

export type ApplicationConnection = {
  __typename?: 'ApplicationConnection';
  nodes?: Maybe<Array<Maybe<Application>>>;
  pageInfo?: Maybe<PageInfo>;
};

export type ApplicationFilter = {
  application?: InputMaybe<IdFilter>;
  tag?: InputMaybe<ApplicationTagFilter>;
};

export type ApplicationTagAggregation = {
  entityType?: InputMaybe<ApplicationTagType>;
  tagName?: InputMaybe<Scalars['String']['input']>;
};

export type ApplicationTagFilter = {
  entityType?: InputMaybe<ApplicationTagType>;
  tags?: InputMaybe<Array<InputMaybe<TagInput>>>;
};

export type ApplicationTagType =
  | 'APPLICATION';

export type AttachTagInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  entityId: Scalars['String']['input'];
  entityType: TagEntityType;
  name: Scalars['String']['input'];
  value?: InputMaybe<Scalars['String']['input']>;
};

export type AttachTagPayload = {
  __typename?: 'AttachTagPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  tagLink?: Maybe<TagLink>;
};

export type CreateApplicationInput = {
  areWebHookSecretsMandated?: InputMaybe<Scalars['Boolean']['input']>;
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  disableTriggers?: InputMaybe<Scalars['Boolean']['input']>;
  isManualTriggerAuthorized?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
};

export type CreateApplicationPayload = {
  __typename?: 'CreateApplicationPayload';
  application?: Maybe<Application>;
  clientMutationId?: Maybe<Scalars['String']['output']>;
};

/** Extension. */
export type CreateEnvironmentInput = {
  applicationId: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  environmentType: EnvironmentType;
  name: Scalars['String']['input'];
};

/** Extension. */
export type CreateEnvironmentPayload = {
  __typename?: 'CreateEnvironmentPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  environment?: Maybe<Environment>;
};

/** Extension. */
export type CreateInfrastructureDefinitionInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The cloud provider it deploys with. */
  cloudProviderId?: InputMaybe<Scalars['String']['input']>;
  deploymentType: DeploymentType;
  environmentId: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** Services it is limited to (of the environment's application); none means every service. */
  scopedToServices?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Extension. */
export type CreateInfrastructureDefinitionPayload = {
  __typename?: 'CreateInfrastructureDefinitionPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  infrastructureDefinition?: Maybe<InfrastructureDefinition>;
};

/** Extension. */
export type CreateServiceInput = {
  applicationId: Scalars['String']['input'];
  /** Artifact-type enum name, e.g. DOCKER. */
  artifactType?: InputMaybe<Scalars['String']['input']>;
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  deploymentType: DeploymentType;
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

/** Extension. */
export type CreateServicePayload = {
  __typename?: 'CreateServicePayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  service?: Maybe<Service>;
};

export type Data = AggregatedData | SinglePointData | StackedData | StackedTimeSeriesData | TimeSeriesData;

export type DataPoint = {
  __typename?: 'DataPoint';
  key?: Maybe<Reference>;
  value?: Maybe<Scalars['Number']['output']>;
};

export type DeleteApplicationInput = {
  applicationId: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
};

export type DeleteApplicationPayload = {
  __typename?: 'DeleteApplicationPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
};

/** Extension. */
export type DeleteEnvironmentInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  environmentId: Scalars['String']['input'];
};

/** Extension. */
export type DeleteEnvironmentPayload = {
  __typename?: 'DeleteEnvironmentPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
};

/** Extension. */
export type DeleteInfrastructureDefinitionInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  infrastructureId: Scalars['String']['input'];
};

/** Extension. */
export type DeleteInfrastructureDefinitionPayload = {
  __typename?: 'DeleteInfrastructureDefinitionPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
};

/** Extension. */
export type DeleteServiceInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  serviceId: Scalars['String']['input'];
};

/** Extension. */
export type DeleteServicePayload = {
  __typename?: 'DeleteServicePayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
};

export type DeploymentType =
  | 'AMI'
  | 'AWS_CODEDEPLOY'
  | 'AWS_LAMBDA'
  | 'AZURE_VMSS'
  | 'AZURE_WEBAPP'
  | 'CUSTOM'
  | 'ECS'
  | 'HELM'
  | 'KUBERNETES'
  | 'PCF'
  | 'SPOTINST'
  | 'SSH'
  | 'WINRM';

export type DeploymentTypeFilter = {
  operator?: InputMaybe<EnumOperator>;
  values?: InputMaybe<Array<InputMaybe<DeploymentType>>>;
};

export type DetachTagInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  entityId: Scalars['String']['input'];
  entityType: TagEntityType;
  name: Scalars['String']['input'];
};

export type DetachTagPayload = {
  __typename?: 'DetachTagPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
};

export type EntityType =
  | 'APPLICATION'
  | 'ARTIFACT'
  | 'CLOUD_PROVIDER'
  | 'COLLABORATION_PROVIDER'
  | 'CONNECTOR'
  | 'DEPLOYMENT'
  | 'ENVIRONMENT'
  | 'INSTANCE'
  | 'PIPELINE'
  | 'PROVISIONER'
  | 'SERVICE'
  | 'TRIGGER'
  | 'WORKFLOW';

export type EntityTypeFilter = {
  operator?: InputMaybe<EnumOperator>;
  values?: InputMaybe<Array<InputMaybe<EntityType>>>;
};

export type EnumOperator =
  | 'EQUALS'
  | 'IN';

export type Environment = {
  __typename?: 'Environment';
  application?: Maybe<Application>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  infrastructureDefinitions?: Maybe<InfrastructureDefinitionConnection>;
  name?: Maybe<Scalars['String']['output']>;
  tags?: Maybe<Array<Maybe<Tag>>>;
  type?: Maybe<EnvironmentType>;
};


export type EnvironmentInfrastructureDefinitionsArgs = {
  filters?: InputMaybe<Array<InputMaybe<InfrastructureDefinitionFilter>>>;
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type EnvironmentAggregation = {
  entityAggregation?: InputMaybe<EnvironmentEntityAggregation>;
  tagAggregation?: InputMaybe<EnvironmentTagAggregation>;
};

export type EnvironmentConnection = {
  __typename?: 'EnvironmentConnection';
  nodes?: Maybe<Array<Maybe<Environment>>>;
  pageInfo?: Maybe<PageInfo>;
};

export type EnvironmentEntityAggregation =
  | 'Application'
  | 'EnvironmentType';

export type EnvironmentFilter = {
  application?: InputMaybe<IdFilter>;
  environment?: InputMaybe<IdFilter>;
  environmentType?: InputMaybe<EnvironmentTypeFilter>;
  tag?: InputMaybe<EnvironmentTagFilter>;
};

export type EnvironmentTagAggregation = {
  entityType?: InputMaybe<EnvironmentTagType>;
  tagName?: InputMaybe<Scalars['String']['input']>;
};

export type EnvironmentTagFilter = {
  entityType?: InputMaybe<EnvironmentTagType>;
  tags?: InputMaybe<Array<InputMaybe<TagInput>>>;
};

export type EnvironmentTagType =
  | 'APPLICATION';

export type EnvironmentType =
  | 'NON_PROD'
  | 'PROD';

export type EnvironmentTypeFilter = {
  operator?: InputMaybe<EnumOperator>;
  values?: InputMaybe<Array<InputMaybe<EnvironmentType>>>;
};

/** A git connector, answered by connectors-cloudproviders-artifacts. */
export type GitConnector = {
  __typename?: 'GitConnector';
  id?: Maybe<Scalars['String']['output']>;
};

export type GitSyncConfig = {
  __typename?: 'GitSyncConfig';
  branch?: Maybe<Scalars['String']['output']>;
  gitConnector?: Maybe<GitConnector>;
  repositoryName?: Maybe<Scalars['String']['output']>;
  syncEnabled?: Maybe<Scalars['Boolean']['output']>;
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

export type InfrastructureDefinition = {
  __typename?: 'InfrastructureDefinition';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  deploymentType?: Maybe<Scalars['String']['output']>;
  environment?: Maybe<Environment>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  scopedToServices?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
};

export type InfrastructureDefinitionConnection = {
  __typename?: 'InfrastructureDefinitionConnection';
  nodes?: Maybe<Array<Maybe<InfrastructureDefinition>>>;
  pageInfo?: Maybe<PageInfo>;
};

export type InfrastructureDefinitionFilter = {
  deploymentType?: InputMaybe<StringFilter>;
  environment?: InputMaybe<IdFilter>;
  infrastructureDefinition?: InputMaybe<IdFilter>;
  tag?: InputMaybe<InfrastructureDefinitionTagFilter>;
};

export type InfrastructureDefinitionTagFilter = {
  entityType?: InputMaybe<InfrastructureDefinitionTagType>;
  tags?: InputMaybe<Array<InputMaybe<TagInput>>>;
};

export type InfrastructureDefinitionTagType =
  | 'ENVIRONMENT';

export type Mutation = {
  __typename?: 'Mutation';
  /** Attaches a tag (or changes its value) on an application, service, environment, workflow, pipeline or provisioner. */
  attachTag?: Maybe<AttachTagPayload>;
  createApplication?: Maybe<CreateApplicationPayload>;
  /** Extension (not in the FirstGen API, which needed its YAML config-as-code API): creates an environment in an application. */
  createEnvironment?: Maybe<CreateEnvironmentPayload>;
  /** Extension (not in the FirstGen API, which needed its YAML config-as-code API): creates an infrastructure definition in an environment. */
  createInfrastructureDefinition?: Maybe<CreateInfrastructureDefinitionPayload>;
  /** Extension (not in the FirstGen API, which needed its YAML config-as-code API): creates a service in an application. */
  createService?: Maybe<CreateServicePayload>;
  /** Deletes the application with everything it owns here: services, environments, infrastructure definitions, git sync config and their tags. */
  deleteApplication?: Maybe<DeleteApplicationPayload>;
  /** Extension (not in the FirstGen API): deletes an environment with its infrastructure definitions and tags. */
  deleteEnvironment?: Maybe<DeleteEnvironmentPayload>;
  /** Extension (not in the FirstGen API): deletes an infrastructure definition. */
  deleteInfrastructureDefinition?: Maybe<DeleteInfrastructureDefinitionPayload>;
  /** Extension (not in the FirstGen API): deletes a service and its tags, and unscopes it from infrastructure definitions. */
  deleteService?: Maybe<DeleteServicePayload>;
  detachTag?: Maybe<DetachTagPayload>;
  removeApplicationGitSyncConfig?: Maybe<RemoveApplicationGitSyncConfigPayload>;
  updateApplication?: Maybe<UpdateApplicationPayload>;
  /** Sets the application's git sync config (creates or replaces it). The git connector must exist in the account. */
  updateApplicationGitSyncConfig?: Maybe<UpdateApplicationGitSyncConfigPayload>;
  /** Turns git sync on or off for an application that has a git sync config. */
  updateApplicationGitSyncConfigStatus?: Maybe<UpdateApplicationGitSyncConfigStatusPayload>;
  /** Extension (not in the FirstGen API): changes the fields given; absent fields are kept. */
  updateEnvironment?: Maybe<UpdateEnvironmentPayload>;
  /** Extension (not in the FirstGen API): changes the fields given; absent fields are kept. */
  updateInfrastructureDefinition?: Maybe<UpdateInfrastructureDefinitionPayload>;
  /** Extension (not in the FirstGen API): changes the fields given; absent fields are kept. */
  updateService?: Maybe<UpdateServicePayload>;
  /** Sets the CF CLI version of every PCF service of the applications (except the excluded services). */
  updateServiceMetadata?: Maybe<UpdateServiceMetadataPayload>;
};


export type MutationAttachTagArgs = {
  input: AttachTagInput;
};


export type MutationCreateApplicationArgs = {
  input: CreateApplicationInput;
};


export type MutationCreateEnvironmentArgs = {
  input: CreateEnvironmentInput;
};


export type MutationCreateInfrastructureDefinitionArgs = {
  input: CreateInfrastructureDefinitionInput;
};


export type MutationCreateServiceArgs = {
  input: CreateServiceInput;
};


export type MutationDeleteApplicationArgs = {
  input: DeleteApplicationInput;
};


export type MutationDeleteEnvironmentArgs = {
  input: DeleteEnvironmentInput;
};


export type MutationDeleteInfrastructureDefinitionArgs = {
  input: DeleteInfrastructureDefinitionInput;
};


export type MutationDeleteServiceArgs = {
  input: DeleteServiceInput;
};


export type MutationDetachTagArgs = {
  input: DetachTagInput;
};


export type MutationRemoveApplicationGitSyncConfigArgs = {
  input: RemoveApplicationGitSyncConfigInput;
};


export type MutationUpdateApplicationArgs = {
  input: UpdateApplicationInput;
};


export type MutationUpdateApplicationGitSyncConfigArgs = {
  input: UpdateApplicationGitSyncConfigInput;
};


export type MutationUpdateApplicationGitSyncConfigStatusArgs = {
  input: UpdateApplicationGitSyncConfigStatusInput;
};


export type MutationUpdateEnvironmentArgs = {
  input: UpdateEnvironmentInput;
};


export type MutationUpdateInfrastructureDefinitionArgs = {
  input: UpdateInfrastructureDefinitionInput;
};


export type MutationUpdateServiceArgs = {
  input: UpdateServiceInput;
};


export type MutationUpdateServiceMetadataArgs = {
  input: UpdateServiceMetadataInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  hasMore?: Maybe<Scalars['Boolean']['output']>;
  limit?: Maybe<Scalars['Int']['output']>;
  offset?: Maybe<Scalars['Int']['output']>;
  total?: Maybe<Scalars['Int']['output']>;
};

export type Query = {
  __typename?: 'Query';
  application?: Maybe<Application>;
  applicationByName?: Maybe<Application>;
  /** Counts of applications, as one number or grouped by a tag. */
  applicationStats?: Maybe<Data>;
  applications?: Maybe<ApplicationConnection>;
  environment?: Maybe<Environment>;
  /** Counts of environments, as one number or grouped by application, environment type or a tag. */
  environmentStats?: Maybe<Data>;
  environments?: Maybe<EnvironmentConnection>;
  infrastructureDefinition?: Maybe<InfrastructureDefinition>;
  infrastructureDefinitionByName?: Maybe<InfrastructureDefinition>;
  infrastructureDefinitions?: Maybe<InfrastructureDefinitionConnection>;
  service?: Maybe<Service>;
  /** Counts of services, as one number or grouped by application, artifact type, deployment type or a tag. */
  serviceStats?: Maybe<Data>;
  services?: Maybe<ServiceConnection>;
  tag?: Maybe<TagEntity>;
  tagByName?: Maybe<TagEntity>;
  tags?: Maybe<TagConnection>;
};


export type QueryApplicationArgs = {
  applicationId: Scalars['String']['input'];
};


export type QueryApplicationByNameArgs = {
  name: Scalars['String']['input'];
};


export type QueryApplicationStatsArgs = {
  filters?: InputMaybe<Array<InputMaybe<ApplicationFilter>>>;
  groupBy?: InputMaybe<Array<InputMaybe<ApplicationAggregation>>>;
};


export type QueryApplicationsArgs = {
  filters?: InputMaybe<Array<InputMaybe<ApplicationFilter>>>;
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEnvironmentArgs = {
  environmentId: Scalars['String']['input'];
};


export type QueryEnvironmentStatsArgs = {
  filters?: InputMaybe<Array<InputMaybe<EnvironmentFilter>>>;
  groupBy?: InputMaybe<Array<InputMaybe<EnvironmentAggregation>>>;
};


export type QueryEnvironmentsArgs = {
  filters?: InputMaybe<Array<InputMaybe<EnvironmentFilter>>>;
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInfrastructureDefinitionArgs = {
  infrastructureId: Scalars['String']['input'];
};


export type QueryInfrastructureDefinitionByNameArgs = {
  environmentId: Scalars['String']['input'];
  infrastructureName: Scalars['String']['input'];
};


export type QueryInfrastructureDefinitionsArgs = {
  filters?: InputMaybe<Array<InputMaybe<InfrastructureDefinitionFilter>>>;
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryServiceArgs = {
  serviceId: Scalars['String']['input'];
};


export type QueryServiceStatsArgs = {
  filters?: InputMaybe<Array<InputMaybe<ServiceFilter>>>;
  groupBy?: InputMaybe<Array<InputMaybe<ServiceAggregation>>>;
};


export type QueryServicesArgs = {
  filters?: InputMaybe<Array<InputMaybe<ServiceFilter>>>;
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTagArgs = {
  tagId: Scalars['String']['input'];
};


export type QueryTagByNameArgs = {
  name: Scalars['String']['input'];
};


export type QueryTagsArgs = {
  filters?: InputMaybe<Array<InputMaybe<TagEntityFilter>>>;
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type Reference = {
  __typename?: 'Reference';
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  type?: Maybe<Scalars['String']['output']>;
};

export type RemoveApplicationGitSyncConfigInput = {
  applicationId: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
};

export type RemoveApplicationGitSyncConfigPayload = {
  __typename?: 'RemoveApplicationGitSyncConfigPayload';
  application?: Maybe<Application>;
  clientMutationId?: Maybe<Scalars['String']['output']>;
};

export type Service = {
  __typename?: 'Service';
  /** Artifact-type enum name, e.g. DOCKER. */
  artifactType?: Maybe<Scalars['String']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  /** Deployment-type enum name, e.g. KUBERNETES, HELM, SSH. */
  deploymentType?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  tags?: Maybe<Array<Maybe<Tag>>>;
};

export type ServiceAggregation = {
  entityAggregation?: InputMaybe<ServiceEntityAggregation>;
  tagAggregation?: InputMaybe<ServiceTagAggregation>;
};

export type ServiceConnection = {
  __typename?: 'ServiceConnection';
  nodes?: Maybe<Array<Maybe<Service>>>;
  pageInfo?: Maybe<PageInfo>;
};

export type ServiceEntityAggregation =
  | 'Application'
  | 'ArtifactType'
  | 'DeploymentType';

export type ServiceFilter = {
  application?: InputMaybe<IdFilter>;
  deploymentType?: InputMaybe<DeploymentTypeFilter>;
  service?: InputMaybe<IdFilter>;
  tag?: InputMaybe<ServiceTagFilter>;
};

export type ServiceTagAggregation = {
  entityType?: InputMaybe<ServiceTagType>;
  tagName?: InputMaybe<Scalars['String']['input']>;
};

export type ServiceTagFilter = {
  entityType?: InputMaybe<ServiceTagType>;
  tags?: InputMaybe<Array<InputMaybe<TagInput>>>;
};

export type ServiceTagType =
  | 'APPLICATION'
  | 'SERVICE';

export type SinglePointData = {
  __typename?: 'SinglePointData';
  dataPoint?: Maybe<DataPoint>;
};

export type StackedData = {
  __typename?: 'StackedData';
  dataPoints?: Maybe<Array<Maybe<StackedDataPoint>>>;
};

export type StackedDataPoint = {
  __typename?: 'StackedDataPoint';
  key?: Maybe<Reference>;
  values?: Maybe<Array<Maybe<DataPoint>>>;
};

export type StackedTimeSeriesData = {
  __typename?: 'StackedTimeSeriesData';
  data?: Maybe<Array<Maybe<StackedTimeSeriesDataPoint>>>;
  label?: Maybe<Scalars['String']['output']>;
};

export type StackedTimeSeriesDataPoint = {
  __typename?: 'StackedTimeSeriesDataPoint';
  time?: Maybe<Scalars['DateTime']['output']>;
  values?: Maybe<Array<Maybe<DataPoint>>>;
};

export type StringFilter = {
  operator: StringOperator;
  values: Array<InputMaybe<Scalars['String']['input']>>;
};

export type StringOperator =
  | 'EQUALS'
  | 'IN';

export type Tag = {
  __typename?: 'Tag';
  name?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['String']['output']>;
};

export type TagConnection = {
  __typename?: 'TagConnection';
  nodes?: Maybe<Array<Maybe<TagEntity>>>;
  pageInfo?: Maybe<PageInfo>;
};

/** A tag definition. */
export type TagEntity = {
  __typename?: 'TagEntity';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  usages?: Maybe<TagUsageConnection>;
};


/** A tag definition. */
export type TagEntityUsagesArgs = {
  filters?: InputMaybe<Array<InputMaybe<TagUsageFilter>>>;
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type TagEntityFilter = {
  tagId?: InputMaybe<IdFilter>;
  tagName?: InputMaybe<IdFilter>;
};

export type TagEntityType =
  | 'APPLICATION'
  | 'ENVIRONMENT'
  | 'PIPELINE'
  | 'PROVISIONER'
  | 'SERVICE'
  /** Extension (not in the FirstGen API, whose TagEntityType has no TRIGGER although Trigger.tags exists): tags a trigger; Trigger.tags shows them. */
  | 'TRIGGER'
  | 'WORKFLOW';

export type TagInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  value?: InputMaybe<Scalars['String']['input']>;
};

export type TagLink = {
  __typename?: 'TagLink';
  appId?: Maybe<Scalars['String']['output']>;
  entityId?: Maybe<Scalars['String']['output']>;
  entityType?: Maybe<TagEntityType>;
  name?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['String']['output']>;
};

export type TagUsageConnection = {
  __typename?: 'TagUsageConnection';
  nodes?: Maybe<Array<Maybe<TagLink>>>;
  pageInfo?: Maybe<PageInfo>;
};

export type TagUsageFilter = {
  entityType?: InputMaybe<EntityTypeFilter>;
  tagName?: InputMaybe<IdFilter>;
  tagValue?: InputMaybe<IdFilter>;
};

export type TimeSeriesData = {
  __typename?: 'TimeSeriesData';
  dataPoints?: Maybe<Array<Maybe<TimeSeriesDataPoint>>>;
  label?: Maybe<Scalars['String']['output']>;
};

export type TimeSeriesDataPoint = {
  __typename?: 'TimeSeriesDataPoint';
  time?: Maybe<Scalars['DateTime']['output']>;
  value?: Maybe<Scalars['Number']['output']>;
};

export type UpdateApplicationGitSyncConfigInput = {
  applicationId: Scalars['String']['input'];
  branch: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  gitConnectorId: Scalars['String']['input'];
  /** Needed when the git connector is account-level. */
  repositoryName?: InputMaybe<Scalars['String']['input']>;
  syncEnabled: Scalars['Boolean']['input'];
};

export type UpdateApplicationGitSyncConfigPayload = {
  __typename?: 'UpdateApplicationGitSyncConfigPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  gitSyncConfig?: Maybe<GitSyncConfig>;
};

export type UpdateApplicationGitSyncConfigStatusInput = {
  applicationId: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  syncEnabled: Scalars['Boolean']['input'];
};

export type UpdateApplicationGitSyncConfigStatusPayload = {
  __typename?: 'UpdateApplicationGitSyncConfigStatusPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  gitSyncConfig?: Maybe<GitSyncConfig>;
};

export type UpdateApplicationInput = {
  applicationId: Scalars['String']['input'];
  areWebHookSecretsMandated?: InputMaybe<Scalars['Boolean']['input']>;
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  disableTriggers?: InputMaybe<Scalars['Boolean']['input']>;
  isManualTriggerAuthorized?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateApplicationPayload = {
  __typename?: 'UpdateApplicationPayload';
  application?: Maybe<Application>;
  clientMutationId?: Maybe<Scalars['String']['output']>;
};

/** Extension. */
export type UpdateEnvironmentInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  environmentId: Scalars['String']['input'];
  environmentType?: InputMaybe<EnvironmentType>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Extension. */
export type UpdateEnvironmentPayload = {
  __typename?: 'UpdateEnvironmentPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  environment?: Maybe<Environment>;
};

/** Extension. */
export type UpdateInfrastructureDefinitionInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  cloudProviderId?: InputMaybe<Scalars['String']['input']>;
  deploymentType?: InputMaybe<DeploymentType>;
  infrastructureId: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  scopedToServices?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Extension. */
export type UpdateInfrastructureDefinitionPayload = {
  __typename?: 'UpdateInfrastructureDefinitionPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  infrastructureDefinition?: Maybe<InfrastructureDefinition>;
};

/** Extension. */
export type UpdateServiceInput = {
  artifactType?: InputMaybe<Scalars['String']['input']>;
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  deploymentType?: InputMaybe<DeploymentType>;
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  serviceId: Scalars['String']['input'];
};

export type UpdateServiceMetadataInput = {
  /** Application ids (a list, despite the name). */
  applicationId: Array<InputMaybe<Scalars['String']['input']>>;
  cfCliVersion: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  excludeServices?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type UpdateServiceMetadataPayload = {
  __typename?: 'UpdateServiceMetadataPayload';
  application?: Maybe<Array<Maybe<Application>>>;
  cfCliVersion?: Maybe<Scalars['String']['output']>;
  clientMutationId?: Maybe<Scalars['String']['output']>;
  updatedService?: Maybe<Array<Maybe<Service>>>;
};

/** Extension. */
export type UpdateServicePayload = {
  __typename?: 'UpdateServicePayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  service?: Maybe<Service>;
};

export type User = {
  __typename?: 'User';
  id?: Maybe<Scalars['String']['output']>;
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
  Application: Application;
  Environment: Environment;
  InfrastructureDefinition: InfrastructureDefinition;
  Service: Service;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Application:
    ( { __typename: 'Application' }
    & GraphQLRecursivePick<FederationTypes['Application'], {"id":true}> );
  Environment:
    ( { __typename: 'Environment' }
    & GraphQLRecursivePick<FederationTypes['Environment'], {"id":true}> );
  InfrastructureDefinition:
    ( { __typename: 'InfrastructureDefinition' }
    & GraphQLRecursivePick<FederationTypes['InfrastructureDefinition'], {"id":true}> );
  Service:
    ( { __typename: 'Service' }
    & GraphQLRecursivePick<FederationTypes['Service'], {"id":true}> );
};

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  Data:
    | ( AggregatedData )
    | ( SinglePointData )
    | ( StackedData )
    | ( StackedTimeSeriesData )
    | ( TimeSeriesData )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AggregatedData: ResolverTypeWrapper<AggregatedData>;
  Application: ResolverTypeWrapper<ApplicationModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ApplicationAggregation: ApplicationAggregation;
  ApplicationConnection: ResolverTypeWrapper<ConnectionModel<ApplicationModel>>;
  ApplicationFilter: ApplicationFilter;
  ApplicationTagAggregation: ApplicationTagAggregation;
  ApplicationTagFilter: ApplicationTagFilter;
  ApplicationTagType: ApplicationTagType;
  AttachTagInput: AttachTagInput;
  AttachTagPayload: ResolverTypeWrapper<Omit<AttachTagPayload, 'tagLink'> & { tagLink?: Maybe<ResolversTypes['TagLink']> }>;
  CreateApplicationInput: CreateApplicationInput;
  CreateApplicationPayload: ResolverTypeWrapper<Omit<CreateApplicationPayload, 'application'> & { application?: Maybe<ResolversTypes['Application']> }>;
  CreateEnvironmentInput: CreateEnvironmentInput;
  CreateEnvironmentPayload: ResolverTypeWrapper<Omit<CreateEnvironmentPayload, 'environment'> & { environment?: Maybe<ResolversTypes['Environment']> }>;
  CreateInfrastructureDefinitionInput: CreateInfrastructureDefinitionInput;
  CreateInfrastructureDefinitionPayload: ResolverTypeWrapper<Omit<CreateInfrastructureDefinitionPayload, 'infrastructureDefinition'> & { infrastructureDefinition?: Maybe<ResolversTypes['InfrastructureDefinition']> }>;
  CreateServiceInput: CreateServiceInput;
  CreateServicePayload: ResolverTypeWrapper<Omit<CreateServicePayload, 'service'> & { service?: Maybe<ResolversTypes['Service']> }>;
  Data: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Data']>;
  DataPoint: ResolverTypeWrapper<DataPoint>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteApplicationInput: DeleteApplicationInput;
  DeleteApplicationPayload: ResolverTypeWrapper<DeleteApplicationPayload>;
  DeleteEnvironmentInput: DeleteEnvironmentInput;
  DeleteEnvironmentPayload: ResolverTypeWrapper<DeleteEnvironmentPayload>;
  DeleteInfrastructureDefinitionInput: DeleteInfrastructureDefinitionInput;
  DeleteInfrastructureDefinitionPayload: ResolverTypeWrapper<DeleteInfrastructureDefinitionPayload>;
  DeleteServiceInput: DeleteServiceInput;
  DeleteServicePayload: ResolverTypeWrapper<DeleteServicePayload>;
  DeploymentType: DeploymentType;
  DeploymentTypeFilter: DeploymentTypeFilter;
  DetachTagInput: DetachTagInput;
  DetachTagPayload: ResolverTypeWrapper<DetachTagPayload>;
  EntityType: EntityType;
  EntityTypeFilter: EntityTypeFilter;
  EnumOperator: EnumOperator;
  Environment: ResolverTypeWrapper<EnvironmentModel>;
  EnvironmentAggregation: EnvironmentAggregation;
  EnvironmentConnection: ResolverTypeWrapper<ConnectionModel<EnvironmentModel>>;
  EnvironmentEntityAggregation: EnvironmentEntityAggregation;
  EnvironmentFilter: EnvironmentFilter;
  EnvironmentTagAggregation: EnvironmentTagAggregation;
  EnvironmentTagFilter: EnvironmentTagFilter;
  EnvironmentTagType: EnvironmentTagType;
  EnvironmentType: EnvironmentType;
  EnvironmentTypeFilter: EnvironmentTypeFilter;
  GitConnector: ResolverTypeWrapper<GitConnector>;
  GitSyncConfig: ResolverTypeWrapper<GitSyncConfigModel>;
  IdFilter: IdFilter;
  IdOperator: IdOperator;
  InfrastructureDefinition: ResolverTypeWrapper<InfrastructureDefinitionModel>;
  InfrastructureDefinitionConnection: ResolverTypeWrapper<ConnectionModel<InfrastructureDefinitionModel>>;
  InfrastructureDefinitionFilter: InfrastructureDefinitionFilter;
  InfrastructureDefinitionTagFilter: InfrastructureDefinitionTagFilter;
  InfrastructureDefinitionTagType: InfrastructureDefinitionTagType;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Number: ResolverTypeWrapper<Scalars['Number']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Reference: ResolverTypeWrapper<Reference>;
  RemoveApplicationGitSyncConfigInput: RemoveApplicationGitSyncConfigInput;
  RemoveApplicationGitSyncConfigPayload: ResolverTypeWrapper<Omit<RemoveApplicationGitSyncConfigPayload, 'application'> & { application?: Maybe<ResolversTypes['Application']> }>;
  Service: ResolverTypeWrapper<ServiceModel>;
  ServiceAggregation: ServiceAggregation;
  ServiceConnection: ResolverTypeWrapper<ConnectionModel<ServiceModel>>;
  ServiceEntityAggregation: ServiceEntityAggregation;
  ServiceFilter: ServiceFilter;
  ServiceTagAggregation: ServiceTagAggregation;
  ServiceTagFilter: ServiceTagFilter;
  ServiceTagType: ServiceTagType;
  SinglePointData: ResolverTypeWrapper<SinglePointData>;
  StackedData: ResolverTypeWrapper<StackedData>;
  StackedDataPoint: ResolverTypeWrapper<StackedDataPoint>;
  StackedTimeSeriesData: ResolverTypeWrapper<StackedTimeSeriesData>;
  StackedTimeSeriesDataPoint: ResolverTypeWrapper<StackedTimeSeriesDataPoint>;
  StringFilter: StringFilter;
  StringOperator: StringOperator;
  Tag: ResolverTypeWrapper<TagLinkModel>;
  TagConnection: ResolverTypeWrapper<ConnectionModel<TagDefinitionModel>>;
  TagEntity: ResolverTypeWrapper<TagDefinitionModel>;
  TagEntityFilter: TagEntityFilter;
  TagEntityType: TagEntityType;
  TagInput: TagInput;
  TagLink: ResolverTypeWrapper<TagLinkModel>;
  TagUsageConnection: ResolverTypeWrapper<ConnectionModel<TagLinkModel>>;
  TagUsageFilter: TagUsageFilter;
  TimeSeriesData: ResolverTypeWrapper<TimeSeriesData>;
  TimeSeriesDataPoint: ResolverTypeWrapper<TimeSeriesDataPoint>;
  UpdateApplicationGitSyncConfigInput: UpdateApplicationGitSyncConfigInput;
  UpdateApplicationGitSyncConfigPayload: ResolverTypeWrapper<Omit<UpdateApplicationGitSyncConfigPayload, 'gitSyncConfig'> & { gitSyncConfig?: Maybe<ResolversTypes['GitSyncConfig']> }>;
  UpdateApplicationGitSyncConfigStatusInput: UpdateApplicationGitSyncConfigStatusInput;
  UpdateApplicationGitSyncConfigStatusPayload: ResolverTypeWrapper<Omit<UpdateApplicationGitSyncConfigStatusPayload, 'gitSyncConfig'> & { gitSyncConfig?: Maybe<ResolversTypes['GitSyncConfig']> }>;
  UpdateApplicationInput: UpdateApplicationInput;
  UpdateApplicationPayload: ResolverTypeWrapper<Omit<UpdateApplicationPayload, 'application'> & { application?: Maybe<ResolversTypes['Application']> }>;
  UpdateEnvironmentInput: UpdateEnvironmentInput;
  UpdateEnvironmentPayload: ResolverTypeWrapper<Omit<UpdateEnvironmentPayload, 'environment'> & { environment?: Maybe<ResolversTypes['Environment']> }>;
  UpdateInfrastructureDefinitionInput: UpdateInfrastructureDefinitionInput;
  UpdateInfrastructureDefinitionPayload: ResolverTypeWrapper<Omit<UpdateInfrastructureDefinitionPayload, 'infrastructureDefinition'> & { infrastructureDefinition?: Maybe<ResolversTypes['InfrastructureDefinition']> }>;
  UpdateServiceInput: UpdateServiceInput;
  UpdateServiceMetadataInput: UpdateServiceMetadataInput;
  UpdateServiceMetadataPayload: ResolverTypeWrapper<Omit<UpdateServiceMetadataPayload, 'application' | 'updatedService'> & { application?: Maybe<Array<Maybe<ResolversTypes['Application']>>>, updatedService?: Maybe<Array<Maybe<ResolversTypes['Service']>>> }>;
  UpdateServicePayload: ResolverTypeWrapper<Omit<UpdateServicePayload, 'service'> & { service?: Maybe<ResolversTypes['Service']> }>;
  User: ResolverTypeWrapper<User>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AggregatedData: AggregatedData;
  Application: ApplicationModel;
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  ApplicationAggregation: ApplicationAggregation;
  ApplicationConnection: ConnectionModel<ApplicationModel>;
  ApplicationFilter: ApplicationFilter;
  ApplicationTagAggregation: ApplicationTagAggregation;
  ApplicationTagFilter: ApplicationTagFilter;
  AttachTagInput: AttachTagInput;
  AttachTagPayload: Omit<AttachTagPayload, 'tagLink'> & { tagLink?: Maybe<ResolversParentTypes['TagLink']> };
  CreateApplicationInput: CreateApplicationInput;
  CreateApplicationPayload: Omit<CreateApplicationPayload, 'application'> & { application?: Maybe<ResolversParentTypes['Application']> };
  CreateEnvironmentInput: CreateEnvironmentInput;
  CreateEnvironmentPayload: Omit<CreateEnvironmentPayload, 'environment'> & { environment?: Maybe<ResolversParentTypes['Environment']> };
  CreateInfrastructureDefinitionInput: CreateInfrastructureDefinitionInput;
  CreateInfrastructureDefinitionPayload: Omit<CreateInfrastructureDefinitionPayload, 'infrastructureDefinition'> & { infrastructureDefinition?: Maybe<ResolversParentTypes['InfrastructureDefinition']> };
  CreateServiceInput: CreateServiceInput;
  CreateServicePayload: Omit<CreateServicePayload, 'service'> & { service?: Maybe<ResolversParentTypes['Service']> };
  Data: ResolversUnionTypes<ResolversParentTypes>['Data'];
  DataPoint: DataPoint;
  DateTime: Scalars['DateTime']['output'];
  DeleteApplicationInput: DeleteApplicationInput;
  DeleteApplicationPayload: DeleteApplicationPayload;
  DeleteEnvironmentInput: DeleteEnvironmentInput;
  DeleteEnvironmentPayload: DeleteEnvironmentPayload;
  DeleteInfrastructureDefinitionInput: DeleteInfrastructureDefinitionInput;
  DeleteInfrastructureDefinitionPayload: DeleteInfrastructureDefinitionPayload;
  DeleteServiceInput: DeleteServiceInput;
  DeleteServicePayload: DeleteServicePayload;
  DeploymentTypeFilter: DeploymentTypeFilter;
  DetachTagInput: DetachTagInput;
  DetachTagPayload: DetachTagPayload;
  EntityTypeFilter: EntityTypeFilter;
  Environment: EnvironmentModel;
  EnvironmentAggregation: EnvironmentAggregation;
  EnvironmentConnection: ConnectionModel<EnvironmentModel>;
  EnvironmentFilter: EnvironmentFilter;
  EnvironmentTagAggregation: EnvironmentTagAggregation;
  EnvironmentTagFilter: EnvironmentTagFilter;
  EnvironmentTypeFilter: EnvironmentTypeFilter;
  GitConnector: GitConnector;
  GitSyncConfig: GitSyncConfigModel;
  IdFilter: IdFilter;
  InfrastructureDefinition: InfrastructureDefinitionModel;
  InfrastructureDefinitionConnection: ConnectionModel<InfrastructureDefinitionModel>;
  InfrastructureDefinitionFilter: InfrastructureDefinitionFilter;
  InfrastructureDefinitionTagFilter: InfrastructureDefinitionTagFilter;
  Mutation: Record<PropertyKey, never>;
  Number: Scalars['Number']['output'];
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Reference: Reference;
  RemoveApplicationGitSyncConfigInput: RemoveApplicationGitSyncConfigInput;
  RemoveApplicationGitSyncConfigPayload: Omit<RemoveApplicationGitSyncConfigPayload, 'application'> & { application?: Maybe<ResolversParentTypes['Application']> };
  Service: ServiceModel;
  ServiceAggregation: ServiceAggregation;
  ServiceConnection: ConnectionModel<ServiceModel>;
  ServiceFilter: ServiceFilter;
  ServiceTagAggregation: ServiceTagAggregation;
  ServiceTagFilter: ServiceTagFilter;
  SinglePointData: SinglePointData;
  StackedData: StackedData;
  StackedDataPoint: StackedDataPoint;
  StackedTimeSeriesData: StackedTimeSeriesData;
  StackedTimeSeriesDataPoint: StackedTimeSeriesDataPoint;
  StringFilter: StringFilter;
  Tag: TagLinkModel;
  TagConnection: ConnectionModel<TagDefinitionModel>;
  TagEntity: TagDefinitionModel;
  TagEntityFilter: TagEntityFilter;
  TagInput: TagInput;
  TagLink: TagLinkModel;
  TagUsageConnection: ConnectionModel<TagLinkModel>;
  TagUsageFilter: TagUsageFilter;
  TimeSeriesData: TimeSeriesData;
  TimeSeriesDataPoint: TimeSeriesDataPoint;
  UpdateApplicationGitSyncConfigInput: UpdateApplicationGitSyncConfigInput;
  UpdateApplicationGitSyncConfigPayload: Omit<UpdateApplicationGitSyncConfigPayload, 'gitSyncConfig'> & { gitSyncConfig?: Maybe<ResolversParentTypes['GitSyncConfig']> };
  UpdateApplicationGitSyncConfigStatusInput: UpdateApplicationGitSyncConfigStatusInput;
  UpdateApplicationGitSyncConfigStatusPayload: Omit<UpdateApplicationGitSyncConfigStatusPayload, 'gitSyncConfig'> & { gitSyncConfig?: Maybe<ResolversParentTypes['GitSyncConfig']> };
  UpdateApplicationInput: UpdateApplicationInput;
  UpdateApplicationPayload: Omit<UpdateApplicationPayload, 'application'> & { application?: Maybe<ResolversParentTypes['Application']> };
  UpdateEnvironmentInput: UpdateEnvironmentInput;
  UpdateEnvironmentPayload: Omit<UpdateEnvironmentPayload, 'environment'> & { environment?: Maybe<ResolversParentTypes['Environment']> };
  UpdateInfrastructureDefinitionInput: UpdateInfrastructureDefinitionInput;
  UpdateInfrastructureDefinitionPayload: Omit<UpdateInfrastructureDefinitionPayload, 'infrastructureDefinition'> & { infrastructureDefinition?: Maybe<ResolversParentTypes['InfrastructureDefinition']> };
  UpdateServiceInput: UpdateServiceInput;
  UpdateServiceMetadataInput: UpdateServiceMetadataInput;
  UpdateServiceMetadataPayload: Omit<UpdateServiceMetadataPayload, 'application' | 'updatedService'> & { application?: Maybe<Array<Maybe<ResolversParentTypes['Application']>>>, updatedService?: Maybe<Array<Maybe<ResolversParentTypes['Service']>>> };
  UpdateServicePayload: Omit<UpdateServicePayload, 'service'> & { service?: Maybe<ResolversParentTypes['Service']> };
  User: User;
};

export type AggregatedDataResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['AggregatedData'] = ResolversParentTypes['AggregatedData']> = {
  dataPoints?: Resolver<Maybe<Array<Maybe<ResolversTypes['DataPoint']>>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApplicationResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['Application'] = ResolversParentTypes['Application'], FederationReferenceType extends FederationReferenceTypes['Application'] = FederationReferenceTypes['Application']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Application']> | FederationReferenceType, FederationReferenceType, ContextType>;
  areWebHookSecretsMandated?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  disableTriggers?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  environments?: Resolver<Maybe<ResolversTypes['EnvironmentConnection']>, ParentType, ContextType, RequireFields<ApplicationEnvironmentsArgs, 'limit'>>;
  gitSyncConfig?: Resolver<Maybe<ResolversTypes['GitSyncConfig']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isManualTriggerAuthorized?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  services?: Resolver<Maybe<ResolversTypes['ServiceConnection']>, ParentType, ContextType, RequireFields<ApplicationServicesArgs, 'limit'>>;
  tags?: Resolver<Maybe<Array<Maybe<ResolversTypes['Tag']>>>, ParentType, ContextType>;
};

export type ApplicationConnectionResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['ApplicationConnection'] = ResolversParentTypes['ApplicationConnection']> = {
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['Application']>>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
};

export type AttachTagPayloadResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['AttachTagPayload'] = ResolversParentTypes['AttachTagPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tagLink?: Resolver<Maybe<ResolversTypes['TagLink']>, ParentType, ContextType>;
};

export type CreateApplicationPayloadResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['CreateApplicationPayload'] = ResolversParentTypes['CreateApplicationPayload']> = {
  application?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType>;
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CreateEnvironmentPayloadResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['CreateEnvironmentPayload'] = ResolversParentTypes['CreateEnvironmentPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  environment?: Resolver<Maybe<ResolversTypes['Environment']>, ParentType, ContextType>;
};

export type CreateInfrastructureDefinitionPayloadResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['CreateInfrastructureDefinitionPayload'] = ResolversParentTypes['CreateInfrastructureDefinitionPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  infrastructureDefinition?: Resolver<Maybe<ResolversTypes['InfrastructureDefinition']>, ParentType, ContextType>;
};

export type CreateServicePayloadResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['CreateServicePayload'] = ResolversParentTypes['CreateServicePayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
};

export type DataResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['Data'] = ResolversParentTypes['Data']> = {
  __resolveType: TypeResolveFn<'AggregatedData' | 'SinglePointData' | 'StackedData' | 'StackedTimeSeriesData' | 'TimeSeriesData', ParentType, ContextType>;
};

export type DataPointResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['DataPoint'] = ResolversParentTypes['DataPoint']> = {
  key?: Resolver<Maybe<ResolversTypes['Reference']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Number']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteApplicationPayloadResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['DeleteApplicationPayload'] = ResolversParentTypes['DeleteApplicationPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DeleteEnvironmentPayloadResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['DeleteEnvironmentPayload'] = ResolversParentTypes['DeleteEnvironmentPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DeleteInfrastructureDefinitionPayloadResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['DeleteInfrastructureDefinitionPayload'] = ResolversParentTypes['DeleteInfrastructureDefinitionPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DeleteServicePayloadResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['DeleteServicePayload'] = ResolversParentTypes['DeleteServicePayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DetachTagPayloadResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['DetachTagPayload'] = ResolversParentTypes['DetachTagPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EnvironmentResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['Environment'] = ResolversParentTypes['Environment'], FederationReferenceType extends FederationReferenceTypes['Environment'] = FederationReferenceTypes['Environment']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Environment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  application?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  infrastructureDefinitions?: Resolver<Maybe<ResolversTypes['InfrastructureDefinitionConnection']>, ParentType, ContextType, RequireFields<EnvironmentInfrastructureDefinitionsArgs, 'limit'>>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<Array<Maybe<ResolversTypes['Tag']>>>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['EnvironmentType']>, ParentType, ContextType>;
};

export type EnvironmentConnectionResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['EnvironmentConnection'] = ResolversParentTypes['EnvironmentConnection']> = {
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['Environment']>>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
};

export type GitConnectorResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['GitConnector'] = ResolversParentTypes['GitConnector']> = {
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GitSyncConfigResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['GitSyncConfig'] = ResolversParentTypes['GitSyncConfig']> = {
  branch?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gitConnector?: Resolver<Maybe<ResolversTypes['GitConnector']>, ParentType, ContextType>;
  repositoryName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  syncEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type InfrastructureDefinitionResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['InfrastructureDefinition'] = ResolversParentTypes['InfrastructureDefinition'], FederationReferenceType extends FederationReferenceTypes['InfrastructureDefinition'] = FederationReferenceTypes['InfrastructureDefinition']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['InfrastructureDefinition']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deploymentType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  environment?: Resolver<Maybe<ResolversTypes['Environment']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scopedToServices?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
};

export type InfrastructureDefinitionConnectionResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['InfrastructureDefinitionConnection'] = ResolversParentTypes['InfrastructureDefinitionConnection']> = {
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['InfrastructureDefinition']>>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  attachTag?: Resolver<Maybe<ResolversTypes['AttachTagPayload']>, ParentType, ContextType, RequireFields<MutationAttachTagArgs, 'input'>>;
  createApplication?: Resolver<Maybe<ResolversTypes['CreateApplicationPayload']>, ParentType, ContextType, RequireFields<MutationCreateApplicationArgs, 'input'>>;
  createEnvironment?: Resolver<Maybe<ResolversTypes['CreateEnvironmentPayload']>, ParentType, ContextType, RequireFields<MutationCreateEnvironmentArgs, 'input'>>;
  createInfrastructureDefinition?: Resolver<Maybe<ResolversTypes['CreateInfrastructureDefinitionPayload']>, ParentType, ContextType, RequireFields<MutationCreateInfrastructureDefinitionArgs, 'input'>>;
  createService?: Resolver<Maybe<ResolversTypes['CreateServicePayload']>, ParentType, ContextType, RequireFields<MutationCreateServiceArgs, 'input'>>;
  deleteApplication?: Resolver<Maybe<ResolversTypes['DeleteApplicationPayload']>, ParentType, ContextType, RequireFields<MutationDeleteApplicationArgs, 'input'>>;
  deleteEnvironment?: Resolver<Maybe<ResolversTypes['DeleteEnvironmentPayload']>, ParentType, ContextType, RequireFields<MutationDeleteEnvironmentArgs, 'input'>>;
  deleteInfrastructureDefinition?: Resolver<Maybe<ResolversTypes['DeleteInfrastructureDefinitionPayload']>, ParentType, ContextType, RequireFields<MutationDeleteInfrastructureDefinitionArgs, 'input'>>;
  deleteService?: Resolver<Maybe<ResolversTypes['DeleteServicePayload']>, ParentType, ContextType, RequireFields<MutationDeleteServiceArgs, 'input'>>;
  detachTag?: Resolver<Maybe<ResolversTypes['DetachTagPayload']>, ParentType, ContextType, RequireFields<MutationDetachTagArgs, 'input'>>;
  removeApplicationGitSyncConfig?: Resolver<Maybe<ResolversTypes['RemoveApplicationGitSyncConfigPayload']>, ParentType, ContextType, RequireFields<MutationRemoveApplicationGitSyncConfigArgs, 'input'>>;
  updateApplication?: Resolver<Maybe<ResolversTypes['UpdateApplicationPayload']>, ParentType, ContextType, RequireFields<MutationUpdateApplicationArgs, 'input'>>;
  updateApplicationGitSyncConfig?: Resolver<Maybe<ResolversTypes['UpdateApplicationGitSyncConfigPayload']>, ParentType, ContextType, RequireFields<MutationUpdateApplicationGitSyncConfigArgs, 'input'>>;
  updateApplicationGitSyncConfigStatus?: Resolver<Maybe<ResolversTypes['UpdateApplicationGitSyncConfigStatusPayload']>, ParentType, ContextType, RequireFields<MutationUpdateApplicationGitSyncConfigStatusArgs, 'input'>>;
  updateEnvironment?: Resolver<Maybe<ResolversTypes['UpdateEnvironmentPayload']>, ParentType, ContextType, RequireFields<MutationUpdateEnvironmentArgs, 'input'>>;
  updateInfrastructureDefinition?: Resolver<Maybe<ResolversTypes['UpdateInfrastructureDefinitionPayload']>, ParentType, ContextType, RequireFields<MutationUpdateInfrastructureDefinitionArgs, 'input'>>;
  updateService?: Resolver<Maybe<ResolversTypes['UpdateServicePayload']>, ParentType, ContextType, RequireFields<MutationUpdateServiceArgs, 'input'>>;
  updateServiceMetadata?: Resolver<Maybe<ResolversTypes['UpdateServiceMetadataPayload']>, ParentType, ContextType, RequireFields<MutationUpdateServiceMetadataArgs, 'input'>>;
};

export interface NumberScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Number'], any> {
  name: 'Number';
}

export type PageInfoResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  hasMore?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  limit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  offset?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  application?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType, RequireFields<QueryApplicationArgs, 'applicationId'>>;
  applicationByName?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType, RequireFields<QueryApplicationByNameArgs, 'name'>>;
  applicationStats?: Resolver<Maybe<ResolversTypes['Data']>, ParentType, ContextType, Partial<QueryApplicationStatsArgs>>;
  applications?: Resolver<Maybe<ResolversTypes['ApplicationConnection']>, ParentType, ContextType, RequireFields<QueryApplicationsArgs, 'limit'>>;
  environment?: Resolver<Maybe<ResolversTypes['Environment']>, ParentType, ContextType, RequireFields<QueryEnvironmentArgs, 'environmentId'>>;
  environmentStats?: Resolver<Maybe<ResolversTypes['Data']>, ParentType, ContextType, Partial<QueryEnvironmentStatsArgs>>;
  environments?: Resolver<Maybe<ResolversTypes['EnvironmentConnection']>, ParentType, ContextType, RequireFields<QueryEnvironmentsArgs, 'limit'>>;
  infrastructureDefinition?: Resolver<Maybe<ResolversTypes['InfrastructureDefinition']>, ParentType, ContextType, RequireFields<QueryInfrastructureDefinitionArgs, 'infrastructureId'>>;
  infrastructureDefinitionByName?: Resolver<Maybe<ResolversTypes['InfrastructureDefinition']>, ParentType, ContextType, RequireFields<QueryInfrastructureDefinitionByNameArgs, 'environmentId' | 'infrastructureName'>>;
  infrastructureDefinitions?: Resolver<Maybe<ResolversTypes['InfrastructureDefinitionConnection']>, ParentType, ContextType, RequireFields<QueryInfrastructureDefinitionsArgs, 'limit'>>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType, RequireFields<QueryServiceArgs, 'serviceId'>>;
  serviceStats?: Resolver<Maybe<ResolversTypes['Data']>, ParentType, ContextType, Partial<QueryServiceStatsArgs>>;
  services?: Resolver<Maybe<ResolversTypes['ServiceConnection']>, ParentType, ContextType, RequireFields<QueryServicesArgs, 'limit'>>;
  tag?: Resolver<Maybe<ResolversTypes['TagEntity']>, ParentType, ContextType, RequireFields<QueryTagArgs, 'tagId'>>;
  tagByName?: Resolver<Maybe<ResolversTypes['TagEntity']>, ParentType, ContextType, RequireFields<QueryTagByNameArgs, 'name'>>;
  tags?: Resolver<Maybe<ResolversTypes['TagConnection']>, ParentType, ContextType, RequireFields<QueryTagsArgs, 'limit'>>;
};

export type ReferenceResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['Reference'] = ResolversParentTypes['Reference']> = {
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RemoveApplicationGitSyncConfigPayloadResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['RemoveApplicationGitSyncConfigPayload'] = ResolversParentTypes['RemoveApplicationGitSyncConfigPayload']> = {
  application?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType>;
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ServiceResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service'], FederationReferenceType extends FederationReferenceTypes['Service'] = FederationReferenceTypes['Service']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Service']> | FederationReferenceType, FederationReferenceType, ContextType>;
  artifactType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  deploymentType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<Array<Maybe<ResolversTypes['Tag']>>>, ParentType, ContextType>;
};

export type ServiceConnectionResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['ServiceConnection'] = ResolversParentTypes['ServiceConnection']> = {
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['Service']>>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
};

export type SinglePointDataResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['SinglePointData'] = ResolversParentTypes['SinglePointData']> = {
  dataPoint?: Resolver<Maybe<ResolversTypes['DataPoint']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StackedDataResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['StackedData'] = ResolversParentTypes['StackedData']> = {
  dataPoints?: Resolver<Maybe<Array<Maybe<ResolversTypes['StackedDataPoint']>>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StackedDataPointResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['StackedDataPoint'] = ResolversParentTypes['StackedDataPoint']> = {
  key?: Resolver<Maybe<ResolversTypes['Reference']>, ParentType, ContextType>;
  values?: Resolver<Maybe<Array<Maybe<ResolversTypes['DataPoint']>>>, ParentType, ContextType>;
};

export type StackedTimeSeriesDataResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['StackedTimeSeriesData'] = ResolversParentTypes['StackedTimeSeriesData']> = {
  data?: Resolver<Maybe<Array<Maybe<ResolversTypes['StackedTimeSeriesDataPoint']>>>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StackedTimeSeriesDataPointResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['StackedTimeSeriesDataPoint'] = ResolversParentTypes['StackedTimeSeriesDataPoint']> = {
  time?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  values?: Resolver<Maybe<Array<Maybe<ResolversTypes['DataPoint']>>>, ParentType, ContextType>;
};

export type TagResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['Tag'] = ResolversParentTypes['Tag']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TagConnectionResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['TagConnection'] = ResolversParentTypes['TagConnection']> = {
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['TagEntity']>>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
};

export type TagEntityResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['TagEntity'] = ResolversParentTypes['TagEntity']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  usages?: Resolver<Maybe<ResolversTypes['TagUsageConnection']>, ParentType, ContextType, RequireFields<TagEntityUsagesArgs, 'limit'>>;
};

export type TagLinkResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['TagLink'] = ResolversParentTypes['TagLink']> = {
  appId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityType?: Resolver<Maybe<ResolversTypes['TagEntityType']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TagUsageConnectionResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['TagUsageConnection'] = ResolversParentTypes['TagUsageConnection']> = {
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['TagLink']>>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
};

export type TimeSeriesDataResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['TimeSeriesData'] = ResolversParentTypes['TimeSeriesData']> = {
  dataPoints?: Resolver<Maybe<Array<Maybe<ResolversTypes['TimeSeriesDataPoint']>>>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TimeSeriesDataPointResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['TimeSeriesDataPoint'] = ResolversParentTypes['TimeSeriesDataPoint']> = {
  time?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Number']>, ParentType, ContextType>;
};

export type UpdateApplicationGitSyncConfigPayloadResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['UpdateApplicationGitSyncConfigPayload'] = ResolversParentTypes['UpdateApplicationGitSyncConfigPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gitSyncConfig?: Resolver<Maybe<ResolversTypes['GitSyncConfig']>, ParentType, ContextType>;
};

export type UpdateApplicationGitSyncConfigStatusPayloadResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['UpdateApplicationGitSyncConfigStatusPayload'] = ResolversParentTypes['UpdateApplicationGitSyncConfigStatusPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gitSyncConfig?: Resolver<Maybe<ResolversTypes['GitSyncConfig']>, ParentType, ContextType>;
};

export type UpdateApplicationPayloadResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['UpdateApplicationPayload'] = ResolversParentTypes['UpdateApplicationPayload']> = {
  application?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType>;
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UpdateEnvironmentPayloadResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['UpdateEnvironmentPayload'] = ResolversParentTypes['UpdateEnvironmentPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  environment?: Resolver<Maybe<ResolversTypes['Environment']>, ParentType, ContextType>;
};

export type UpdateInfrastructureDefinitionPayloadResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['UpdateInfrastructureDefinitionPayload'] = ResolversParentTypes['UpdateInfrastructureDefinitionPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  infrastructureDefinition?: Resolver<Maybe<ResolversTypes['InfrastructureDefinition']>, ParentType, ContextType>;
};

export type UpdateServiceMetadataPayloadResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['UpdateServiceMetadataPayload'] = ResolversParentTypes['UpdateServiceMetadataPayload']> = {
  application?: Resolver<Maybe<Array<Maybe<ResolversTypes['Application']>>>, ParentType, ContextType>;
  cfCliVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedService?: Resolver<Maybe<Array<Maybe<ResolversTypes['Service']>>>, ParentType, ContextType>;
};

export type UpdateServicePayloadResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['UpdateServicePayload'] = ResolversParentTypes['UpdateServicePayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = AppsServicesContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = AppsServicesContext> = {
  AggregatedData?: AggregatedDataResolvers<ContextType>;
  Application?: ApplicationResolvers<ContextType>;
  ApplicationConnection?: ApplicationConnectionResolvers<ContextType>;
  AttachTagPayload?: AttachTagPayloadResolvers<ContextType>;
  CreateApplicationPayload?: CreateApplicationPayloadResolvers<ContextType>;
  CreateEnvironmentPayload?: CreateEnvironmentPayloadResolvers<ContextType>;
  CreateInfrastructureDefinitionPayload?: CreateInfrastructureDefinitionPayloadResolvers<ContextType>;
  CreateServicePayload?: CreateServicePayloadResolvers<ContextType>;
  Data?: DataResolvers<ContextType>;
  DataPoint?: DataPointResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeleteApplicationPayload?: DeleteApplicationPayloadResolvers<ContextType>;
  DeleteEnvironmentPayload?: DeleteEnvironmentPayloadResolvers<ContextType>;
  DeleteInfrastructureDefinitionPayload?: DeleteInfrastructureDefinitionPayloadResolvers<ContextType>;
  DeleteServicePayload?: DeleteServicePayloadResolvers<ContextType>;
  DetachTagPayload?: DetachTagPayloadResolvers<ContextType>;
  Environment?: EnvironmentResolvers<ContextType>;
  EnvironmentConnection?: EnvironmentConnectionResolvers<ContextType>;
  GitConnector?: GitConnectorResolvers<ContextType>;
  GitSyncConfig?: GitSyncConfigResolvers<ContextType>;
  InfrastructureDefinition?: InfrastructureDefinitionResolvers<ContextType>;
  InfrastructureDefinitionConnection?: InfrastructureDefinitionConnectionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Number?: GraphQLScalarType;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Reference?: ReferenceResolvers<ContextType>;
  RemoveApplicationGitSyncConfigPayload?: RemoveApplicationGitSyncConfigPayloadResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  ServiceConnection?: ServiceConnectionResolvers<ContextType>;
  SinglePointData?: SinglePointDataResolvers<ContextType>;
  StackedData?: StackedDataResolvers<ContextType>;
  StackedDataPoint?: StackedDataPointResolvers<ContextType>;
  StackedTimeSeriesData?: StackedTimeSeriesDataResolvers<ContextType>;
  StackedTimeSeriesDataPoint?: StackedTimeSeriesDataPointResolvers<ContextType>;
  Tag?: TagResolvers<ContextType>;
  TagConnection?: TagConnectionResolvers<ContextType>;
  TagEntity?: TagEntityResolvers<ContextType>;
  TagLink?: TagLinkResolvers<ContextType>;
  TagUsageConnection?: TagUsageConnectionResolvers<ContextType>;
  TimeSeriesData?: TimeSeriesDataResolvers<ContextType>;
  TimeSeriesDataPoint?: TimeSeriesDataPointResolvers<ContextType>;
  UpdateApplicationGitSyncConfigPayload?: UpdateApplicationGitSyncConfigPayloadResolvers<ContextType>;
  UpdateApplicationGitSyncConfigStatusPayload?: UpdateApplicationGitSyncConfigStatusPayloadResolvers<ContextType>;
  UpdateApplicationPayload?: UpdateApplicationPayloadResolvers<ContextType>;
  UpdateEnvironmentPayload?: UpdateEnvironmentPayloadResolvers<ContextType>;
  UpdateInfrastructureDefinitionPayload?: UpdateInfrastructureDefinitionPayloadResolvers<ContextType>;
  UpdateServiceMetadataPayload?: UpdateServiceMetadataPayloadResolvers<ContextType>;
  UpdateServicePayload?: UpdateServicePayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
};

