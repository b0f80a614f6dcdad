import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Pipeline as PipelineModel } from '@fg/pipelines-workflows-executions/data-access';
import type { Connection as ConnectionModel } from '@fg/graphql-kit';
import type { DelegateWithLiveness as DelegateWithLivenessModel, DelegateScope as DelegateScopeModel, DelegateTask as DelegateTaskModel } from '@fg/pipelines-workflows-executions/delegate-tasks';
import type { PipelinesContext } from '../context';
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
  /** A 64-bit integer sent as a string of digits. */
  Long: { input: number; output: string; }
  _FieldSet: { input: string; output: string; }
};

export type AddDelegateScopeInput = {
  accountId: Scalars['String']['input'];
  application?: InputMaybe<IdFilter>;
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  environment?: InputMaybe<IdFilter>;
  environmentTypes?: InputMaybe<Array<InputMaybe<EnvironmentType>>>;
  infrastructureDefinition?: InputMaybe<IdFilter>;
  name: Scalars['String']['input'];
  service?: InputMaybe<IdFilter>;
  taskGroup?: InputMaybe<TaskGroup>;
};

export type AddDelegateScopePayload = {
  __typename?: 'AddDelegateScopePayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  delegateScope?: Maybe<DelegateScope>;
  message?: Maybe<Scalars['String']['output']>;
};

export type Application = {
  __typename?: 'Application';
  id?: Maybe<Scalars['String']['output']>;
  pipelines?: Maybe<PipelineConnection>;
};


export type ApplicationPipelinesArgs = {
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type AttachAllScopesToDelegateInput = {
  accountId: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  delegateId: Scalars['String']['input'];
};

export type AttachScopeToDelegateInput = {
  accountId: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  delegateId: Scalars['String']['input'];
  excludeScopes?: InputMaybe<IdFilter>;
  includeScopes?: InputMaybe<IdFilter>;
};

export type AttachScopeToDelegatePayload = {
  __typename?: 'AttachScopeToDelegatePayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
};

export type CreateDelegateTaskInput = {
  /** Extension: the application the task runs for, which decides the secrets it may use (needs EXECUTE_WORKFLOW on deployments there). Omitted: account-level, unscoped secrets only. */
  applicationId?: InputMaybe<Scalars['String']['input']>;
  /** Extension: HTTP request body, sent as is (not with GET or HEAD); may refer to secrets. */
  body?: InputMaybe<Scalars['String']['input']>;
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** Extension: the environment (of that application) the task runs in; give environmentType with it. */
  environmentId?: InputMaybe<Scalars['String']['input']>;
  /** Extension: the type of that environment, for secrets scoped to production or non-production environments. */
  environmentType?: InputMaybe<EnvironmentType>;
  expectedStatus?: InputMaybe<Scalars['Int']['input']>;
  /** Extension: HTTP request headers (up to 50); values may refer to secrets. */
  headers?: InputMaybe<Array<InputMaybe<DelegateTaskHttpHeaderInput>>>;
  /** How long an acquisition holds without a heartbeat (default 30000). */
  leaseMs?: InputMaybe<Scalars['Int']['input']>;
  method?: InputMaybe<Scalars['String']['input']>;
  /** SHELL_SCRIPT: how long the script may run (default 60000). */
  runTimeoutMs?: InputMaybe<Scalars['Int']['input']>;
  /** SHELL_SCRIPT: the script, run with /bin/sh -c. */
  script?: InputMaybe<Scalars['String']['input']>;
  /** Tags a delegate must all have. */
  selectors?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** How long the task may wait for a delegate before it expires (default 300000). */
  timeoutMs?: InputMaybe<Scalars['Int']['input']>;
  type: DelegateTaskType;
  /** HTTP: the URL, method (default GET) and expected status (default 200). */
  url?: InputMaybe<Scalars['String']['input']>;
  /** NOOP: how long to wait. */
  waitMs?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateDelegateTaskPayload = {
  __typename?: 'CreateDelegateTaskPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  task?: Maybe<DelegateTask>;
};

export type CreateDelegateTokenInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type CreateDelegateTokenPayload = {
  __typename?: 'CreateDelegateTokenPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  token?: Maybe<Scalars['String']['output']>;
};

export type Delegate = {
  __typename?: 'Delegate';
  accountId?: Maybe<Scalars['String']['output']>;
  connections?: Maybe<Array<Maybe<DelegateConnection>>>;
  delegateName?: Maybe<Scalars['String']['output']>;
  delegateProfileId?: Maybe<Scalars['String']['output']>;
  delegateType?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  disconnected?: Maybe<Scalars['Boolean']['output']>;
  excludeScopes?: Maybe<Array<Maybe<DelegateScope>>>;
  hostName?: Maybe<Scalars['String']['output']>;
  includeScopes?: Maybe<Array<Maybe<DelegateScope>>>;
  ip?: Maybe<Scalars['String']['output']>;
  /** @deprecated Use lastHeartbeat */
  lastHeartBeat?: Maybe<Scalars['Long']['output']>;
  lastHeartbeat?: Maybe<Scalars['DateTime']['output']>;
  polllingModeEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** ENABLED, WAITING_FOR_APPROVAL or DELETED. */
  status?: Maybe<Scalars['String']['output']>;
  supportedTasks?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  tags?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  uuid?: Maybe<Scalars['String']['output']>;
  version?: Maybe<Scalars['String']['output']>;
};

export type DelegateApproval =
  | 'ACTIVATE'
  | 'REJECT';

export type DelegateApproveRejectInput = {
  accountId: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  delegateApproval: DelegateApproval;
  delegateId: Scalars['String']['input'];
};

export type DelegateApproveRejectPayload = {
  __typename?: 'DelegateApproveRejectPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  delegate?: Maybe<Delegate>;
};

export type DelegateConnection = {
  __typename?: 'DelegateConnection';
  disconnected?: Maybe<Scalars['Boolean']['output']>;
  version?: Maybe<Scalars['String']['output']>;
};

export type DelegateFilter = {
  accountId: Scalars['String']['input'];
  delegateName?: InputMaybe<Scalars['String']['input']>;
  delegateStatus?: InputMaybe<DelegateStatus>;
  delegateType?: InputMaybe<DelegateType>;
};

export type DelegateList = {
  __typename?: 'DelegateList';
  nodes?: Maybe<Array<Maybe<Delegate>>>;
  pageInfo?: Maybe<PageInfo>;
};

export type DelegateScope = {
  __typename?: 'DelegateScope';
  applications?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  environmentTypes?: Maybe<Array<Maybe<EnvironmentType>>>;
  environments?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  infrastructureDefinitions?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  name?: Maybe<Scalars['String']['output']>;
  services?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  taskTypes?: Maybe<Array<Maybe<TaskGroup>>>;
  /** @deprecated Use name */
  uuid?: Maybe<Scalars['String']['output']>;
};

export type DelegateScopeFilter = {
  accountId: Scalars['String']['input'];
  scopeName?: InputMaybe<Scalars['String']['input']>;
};

export type DelegateScopeList = {
  __typename?: 'DelegateScopeList';
  nodes?: Maybe<Array<Maybe<DelegateScope>>>;
  pageInfo?: Maybe<PageInfo>;
};

export type DelegateStatus =
  | 'DELETED'
  | 'ENABLED'
  | 'WAITING_FOR_APPROVAL';

/** Extension: a unit of work for a delegate. */
export type DelegateTask = {
  __typename?: 'DelegateTask';
  acquiredAt?: Maybe<Scalars['DateTime']['output']>;
  attempts?: Maybe<Scalars['Int']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  delegateId?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  leaseUntil?: Maybe<Scalars['DateTime']['output']>;
  /** Why the platform ended the task (EXPIRED, or FAILED after its lease lapsed too often). */
  reason?: Maybe<Scalars['String']['output']>;
  result?: Maybe<DelegateTaskResult>;
  selectors?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** QUEUED, ACQUIRED, RUNNING, SUCCEEDED, FAILED or EXPIRED. */
  status?: Maybe<Scalars['String']['output']>;
  type?: Maybe<Scalars['String']['output']>;
  /** For a QUEUED task: why no delegate has acquired it yet. */
  waiting?: Maybe<DelegateTaskWait>;
};

export type DelegateTaskConnection = {
  __typename?: 'DelegateTaskConnection';
  nodes?: Maybe<Array<Maybe<DelegateTask>>>;
  pageInfo?: Maybe<PageInfo>;
};

export type DelegateTaskHttpHeaderInput = {
  name: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type DelegateTaskResult = {
  __typename?: 'DelegateTaskResult';
  error?: Maybe<Scalars['String']['output']>;
  exitCode?: Maybe<Scalars['Int']['output']>;
  httpStatus?: Maybe<Scalars['Int']['output']>;
  output?: Maybe<Scalars['String']['output']>;
};

export type DelegateTaskStatus =
  | 'ACQUIRED'
  | 'EXPIRED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

export type DelegateTaskType =
  | 'HTTP'
  | 'NOOP'
  | 'SHELL_SCRIPT';

/** Extension: why a queued task waits. */
export type DelegateTaskWait = {
  __typename?: 'DelegateTaskWait';
  message?: Maybe<Scalars['String']['output']>;
  /** NO_MATCHING_DELEGATE, MATCHING_DELEGATES_DISCONNECTED, AWAITING_APPROVAL, ACCOUNT_LIMIT, POD_LIMIT or QUEUED_BEHIND. */
  reason?: Maybe<Scalars['String']['output']>;
};

export type DelegateType =
  | 'DOCKER'
  | 'ECS'
  | 'HELM_DELEGATE'
  | 'KUBERNETES'
  | 'SHELL_SCRIPT';

export type DeleteDelegateInput = {
  accountId: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  delegateId: Scalars['String']['input'];
};

export type DeleteDelegatePayload = {
  __typename?: 'DeleteDelegatePayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
};

export type EnvironmentType =
  | 'NON_PROD'
  | 'PROD';

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

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a delegate scope (the reference's spelling, sic). */
  addDelegegateScope?: Maybe<AddDelegateScopePayload>;
  /** Includes every scope of the account in a delegate's scopes. */
  attachAllScopesToDelegate?: Maybe<AttachScopeToDelegatePayload>;
  /** Sets a delegate's include and/or exclude scopes. Scopes are recorded and listed; they do not route tasks here (selectors do). */
  attachScopeToDelegate?: Maybe<AttachScopeToDelegatePayload>;
  /** Extension (not in the FirstGen API): queues a task for the account's delegates. */
  createDelegateTask?: Maybe<CreateDelegateTaskPayload>;
  /** Extension (not in the FirstGen API): a token delegates of this account authenticate with. It is shown only here, once. */
  createDelegateToken?: Maybe<CreateDelegateTokenPayload>;
  /** ACTIVATE enables a delegate waiting for approval; REJECT deletes it, so it can no longer acquire tasks. */
  delegateApproveReject?: Maybe<DelegateApproveRejectPayload>;
  /** Deletes a delegate: it can no longer register under its name or acquire tasks; tasks it held go to others. */
  deleteDelegate?: Maybe<DeleteDelegatePayload>;
};


export type MutationAddDelegegateScopeArgs = {
  input: AddDelegateScopeInput;
};


export type MutationAttachAllScopesToDelegateArgs = {
  input: AttachAllScopesToDelegateInput;
};


export type MutationAttachScopeToDelegateArgs = {
  input: AttachScopeToDelegateInput;
};


export type MutationCreateDelegateTaskArgs = {
  input: CreateDelegateTaskInput;
};


export type MutationCreateDelegateTokenArgs = {
  input: CreateDelegateTokenInput;
};


export type MutationDelegateApproveRejectArgs = {
  input: DelegateApproveRejectInput;
};


export type MutationDeleteDelegateArgs = {
  input: DeleteDelegateInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  hasMore?: Maybe<Scalars['Boolean']['output']>;
  limit?: Maybe<Scalars['Int']['output']>;
  offset?: Maybe<Scalars['Int']['output']>;
  total?: Maybe<Scalars['Int']['output']>;
};

export type Pipeline = {
  __typename?: 'Pipeline';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type PipelineConnection = {
  __typename?: 'PipelineConnection';
  nodes?: Maybe<Array<Maybe<Pipeline>>>;
  pageInfo?: Maybe<PageInfo>;
};

export type Query = {
  __typename?: 'Query';
  /** The account's delegates; DELETED ones only when a filter asks for them. delegateName, delegateStatus and delegateType filters apply. */
  delegateList?: Maybe<DelegateList>;
  /** The account's delegate scopes, by name. */
  delegateScopeList?: Maybe<DelegateScopeList>;
  /** Extension (not in the FirstGen API): a delegate task's status and result, and for a queued task why it waits. */
  delegateTask?: Maybe<DelegateTask>;
  /** Extension (not in the FirstGen API): the account's delegate tasks, oldest first, optionally of one status. */
  delegateTasks?: Maybe<DelegateTaskConnection>;
  pipeline?: Maybe<Pipeline>;
  pipelineByName?: Maybe<Pipeline>;
};


export type QueryDelegateListArgs = {
  filters?: InputMaybe<Array<InputMaybe<DelegateFilter>>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDelegateScopeListArgs = {
  filters?: InputMaybe<Array<InputMaybe<DelegateScopeFilter>>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDelegateTaskArgs = {
  taskId: Scalars['String']['input'];
};


export type QueryDelegateTasksArgs = {
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DelegateTaskStatus>;
};


export type QueryPipelineArgs = {
  pipelineId: Scalars['String']['input'];
};


export type QueryPipelineByNameArgs = {
  applicationId: Scalars['String']['input'];
  pipelineName: Scalars['String']['input'];
};

/** Task families a delegate scope covers. */
export type TaskGroup =
  | 'ACR'
  | 'AMI'
  | 'APM'
  | 'APPDYNAMICS'
  | 'ARTIFACTORY'
  | 'ARTIFACT_COLLECT_NG'
  | 'AWS'
  | 'AZURE_APP_SERVICE'
  | 'AZURE_ARM'
  | 'AZURE_ARTIFACTS'
  | 'AZURE_VMSS'
  | 'BAMBOO'
  | 'BUILD_SOURCE'
  | 'CAPABILITY_VALIDATION'
  | 'CI'
  | 'CLOUD_FORMATION'
  | 'CLOUD_WATCH'
  | 'COLLABORATION_PROVIDER'
  | 'COMMAND'
  | 'CONNECTIVITY_VALIDATION'
  | 'CONTAINER'
  | 'CUSTOM'
  | 'CVNG'
  | 'DOCKER'
  | 'DYNA_TRACE'
  | 'ECR'
  | 'ELK'
  | 'GCB'
  | 'GCP'
  | 'GCR'
  | 'GCS'
  | 'GIT'
  | 'GIT_NG'
  | 'GUARD_24x7'
  | 'HELM'
  | 'HELM_REPO_CONFIG_VALIDATION'
  | 'HELM_VALUES_FETCH_TASK'
  | 'HOST_VALIDATION'
  | 'HTTP'
  | 'HTTP_NG'
  | 'INSTANA'
  | 'JENKINS'
  | 'JIRA'
  | 'JIRA_NG'
  | 'K8S'
  | 'K8S_NG'
  | 'KMS'
  | 'LDAP'
  | 'LOG'
  | 'LOGZ'
  | 'NEWRELIC'
  | 'NEXUS'
  | 'NOTIFICATION'
  | 'PCF'
  | 'PROMETHEUS'
  | 'S3'
  | 'SCRIPT'
  | 'SERVICENOW'
  | 'SFTP'
  | 'SHELL_SCRIPT_NG'
  | 'SHELL_SCRIPT_PROVISION'
  | 'SLACK'
  | 'SMB'
  | 'SPLUNK'
  | 'SPOTINST'
  | 'STACKDRIVER'
  | 'SUMO'
  | 'TERRAFORM'
  | 'TERRAGRUNT'
  | 'TRIGGER';



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
  Pipeline: Pipeline;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Application:
    ( { __typename: 'Application' }
    & GraphQLRecursivePick<FederationTypes['Application'], {"id":true}> );
  Pipeline:
    ( { __typename: 'Pipeline' }
    & GraphQLRecursivePick<FederationTypes['Pipeline'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddDelegateScopeInput: AddDelegateScopeInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AddDelegateScopePayload: ResolverTypeWrapper<Omit<AddDelegateScopePayload, 'delegateScope'> & { delegateScope?: Maybe<ResolversTypes['DelegateScope']> }>;
  Application: ResolverTypeWrapper<Omit<Application, 'pipelines'> & { pipelines?: Maybe<ResolversTypes['PipelineConnection']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AttachAllScopesToDelegateInput: AttachAllScopesToDelegateInput;
  AttachScopeToDelegateInput: AttachScopeToDelegateInput;
  AttachScopeToDelegatePayload: ResolverTypeWrapper<AttachScopeToDelegatePayload>;
  CreateDelegateTaskInput: CreateDelegateTaskInput;
  CreateDelegateTaskPayload: ResolverTypeWrapper<Omit<CreateDelegateTaskPayload, 'task'> & { task?: Maybe<ResolversTypes['DelegateTask']> }>;
  CreateDelegateTokenInput: CreateDelegateTokenInput;
  CreateDelegateTokenPayload: ResolverTypeWrapper<CreateDelegateTokenPayload>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Delegate: ResolverTypeWrapper<DelegateWithLivenessModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DelegateApproval: DelegateApproval;
  DelegateApproveRejectInput: DelegateApproveRejectInput;
  DelegateApproveRejectPayload: ResolverTypeWrapper<Omit<DelegateApproveRejectPayload, 'delegate'> & { delegate?: Maybe<ResolversTypes['Delegate']> }>;
  DelegateConnection: ResolverTypeWrapper<DelegateConnection>;
  DelegateFilter: DelegateFilter;
  DelegateList: ResolverTypeWrapper<ConnectionModel<DelegateWithLivenessModel>>;
  DelegateScope: ResolverTypeWrapper<DelegateScopeModel>;
  DelegateScopeFilter: DelegateScopeFilter;
  DelegateScopeList: ResolverTypeWrapper<ConnectionModel<DelegateScopeModel>>;
  DelegateStatus: DelegateStatus;
  DelegateTask: ResolverTypeWrapper<DelegateTaskModel>;
  DelegateTaskConnection: ResolverTypeWrapper<ConnectionModel<DelegateTaskModel>>;
  DelegateTaskHttpHeaderInput: DelegateTaskHttpHeaderInput;
  DelegateTaskResult: ResolverTypeWrapper<DelegateTaskResult>;
  DelegateTaskStatus: DelegateTaskStatus;
  DelegateTaskType: DelegateTaskType;
  DelegateTaskWait: ResolverTypeWrapper<DelegateTaskWait>;
  DelegateType: DelegateType;
  DeleteDelegateInput: DeleteDelegateInput;
  DeleteDelegatePayload: ResolverTypeWrapper<DeleteDelegatePayload>;
  EnvironmentType: EnvironmentType;
  IdFilter: IdFilter;
  IdOperator: IdOperator;
  Long: ResolverTypeWrapper<Scalars['Long']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Pipeline: ResolverTypeWrapper<PipelineModel>;
  PipelineConnection: ResolverTypeWrapper<ConnectionModel<PipelineModel>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TaskGroup: TaskGroup;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddDelegateScopeInput: AddDelegateScopeInput;
  String: Scalars['String']['output'];
  AddDelegateScopePayload: Omit<AddDelegateScopePayload, 'delegateScope'> & { delegateScope?: Maybe<ResolversParentTypes['DelegateScope']> };
  Application: Omit<Application, 'pipelines'> & { pipelines?: Maybe<ResolversParentTypes['PipelineConnection']> } | FederationReferenceTypes['Application'];
  Int: Scalars['Int']['output'];
  AttachAllScopesToDelegateInput: AttachAllScopesToDelegateInput;
  AttachScopeToDelegateInput: AttachScopeToDelegateInput;
  AttachScopeToDelegatePayload: AttachScopeToDelegatePayload;
  CreateDelegateTaskInput: CreateDelegateTaskInput;
  CreateDelegateTaskPayload: Omit<CreateDelegateTaskPayload, 'task'> & { task?: Maybe<ResolversParentTypes['DelegateTask']> };
  CreateDelegateTokenInput: CreateDelegateTokenInput;
  CreateDelegateTokenPayload: CreateDelegateTokenPayload;
  DateTime: Scalars['DateTime']['output'];
  Delegate: DelegateWithLivenessModel;
  Boolean: Scalars['Boolean']['output'];
  DelegateApproveRejectInput: DelegateApproveRejectInput;
  DelegateApproveRejectPayload: Omit<DelegateApproveRejectPayload, 'delegate'> & { delegate?: Maybe<ResolversParentTypes['Delegate']> };
  DelegateConnection: DelegateConnection;
  DelegateFilter: DelegateFilter;
  DelegateList: ConnectionModel<DelegateWithLivenessModel>;
  DelegateScope: DelegateScopeModel;
  DelegateScopeFilter: DelegateScopeFilter;
  DelegateScopeList: ConnectionModel<DelegateScopeModel>;
  DelegateTask: DelegateTaskModel;
  DelegateTaskConnection: ConnectionModel<DelegateTaskModel>;
  DelegateTaskHttpHeaderInput: DelegateTaskHttpHeaderInput;
  DelegateTaskResult: DelegateTaskResult;
  DelegateTaskWait: DelegateTaskWait;
  DeleteDelegateInput: DeleteDelegateInput;
  DeleteDelegatePayload: DeleteDelegatePayload;
  IdFilter: IdFilter;
  Long: Scalars['Long']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Pipeline: PipelineModel;
  PipelineConnection: ConnectionModel<PipelineModel>;
  Query: Record<PropertyKey, never>;
};

export type AddDelegateScopePayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['AddDelegateScopePayload'] = ResolversParentTypes['AddDelegateScopePayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  delegateScope?: Resolver<Maybe<ResolversTypes['DelegateScope']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ApplicationResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['Application'] = ResolversParentTypes['Application'], FederationReferenceType extends FederationReferenceTypes['Application'] = FederationReferenceTypes['Application']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Application']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pipelines?: Resolver<Maybe<ResolversTypes['PipelineConnection']>, ParentType, ContextType, RequireFields<ApplicationPipelinesArgs, 'limit'>>;
};

export type AttachScopeToDelegatePayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['AttachScopeToDelegatePayload'] = ResolversParentTypes['AttachScopeToDelegatePayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CreateDelegateTaskPayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['CreateDelegateTaskPayload'] = ResolversParentTypes['CreateDelegateTaskPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['DelegateTask']>, ParentType, ContextType>;
};

export type CreateDelegateTokenPayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['CreateDelegateTokenPayload'] = ResolversParentTypes['CreateDelegateTokenPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  token?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DelegateResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['Delegate'] = ResolversParentTypes['Delegate']> = {
  accountId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  connections?: Resolver<Maybe<Array<Maybe<ResolversTypes['DelegateConnection']>>>, ParentType, ContextType>;
  delegateName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  delegateProfileId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  delegateType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  disconnected?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  excludeScopes?: Resolver<Maybe<Array<Maybe<ResolversTypes['DelegateScope']>>>, ParentType, ContextType>;
  hostName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  includeScopes?: Resolver<Maybe<Array<Maybe<ResolversTypes['DelegateScope']>>>, ParentType, ContextType>;
  ip?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastHeartBeat?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  lastHeartbeat?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  polllingModeEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supportedTasks?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  tags?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  uuid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DelegateApproveRejectPayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['DelegateApproveRejectPayload'] = ResolversParentTypes['DelegateApproveRejectPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  delegate?: Resolver<Maybe<ResolversTypes['Delegate']>, ParentType, ContextType>;
};

export type DelegateConnectionResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['DelegateConnection'] = ResolversParentTypes['DelegateConnection']> = {
  disconnected?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DelegateListResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['DelegateList'] = ResolversParentTypes['DelegateList']> = {
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['Delegate']>>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
};

export type DelegateScopeResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['DelegateScope'] = ResolversParentTypes['DelegateScope']> = {
  applications?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  environmentTypes?: Resolver<Maybe<Array<Maybe<ResolversTypes['EnvironmentType']>>>, ParentType, ContextType>;
  environments?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  infrastructureDefinitions?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  services?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  taskTypes?: Resolver<Maybe<Array<Maybe<ResolversTypes['TaskGroup']>>>, ParentType, ContextType>;
  uuid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DelegateScopeListResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['DelegateScopeList'] = ResolversParentTypes['DelegateScopeList']> = {
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['DelegateScope']>>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
};

export type DelegateTaskResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['DelegateTask'] = ResolversParentTypes['DelegateTask']> = {
  acquiredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  attempts?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  delegateId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  leaseUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['DelegateTaskResult']>, ParentType, ContextType>;
  selectors?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  waiting?: Resolver<Maybe<ResolversTypes['DelegateTaskWait']>, ParentType, ContextType>;
};

export type DelegateTaskConnectionResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['DelegateTaskConnection'] = ResolversParentTypes['DelegateTaskConnection']> = {
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['DelegateTask']>>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
};

export type DelegateTaskResultResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['DelegateTaskResult'] = ResolversParentTypes['DelegateTaskResult']> = {
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  exitCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  httpStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  output?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DelegateTaskWaitResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['DelegateTaskWait'] = ResolversParentTypes['DelegateTaskWait']> = {
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DeleteDelegatePayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['DeleteDelegatePayload'] = ResolversParentTypes['DeleteDelegatePayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface LongScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Long'], any> {
  name: 'Long';
}

export type MutationResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addDelegegateScope?: Resolver<Maybe<ResolversTypes['AddDelegateScopePayload']>, ParentType, ContextType, RequireFields<MutationAddDelegegateScopeArgs, 'input'>>;
  attachAllScopesToDelegate?: Resolver<Maybe<ResolversTypes['AttachScopeToDelegatePayload']>, ParentType, ContextType, RequireFields<MutationAttachAllScopesToDelegateArgs, 'input'>>;
  attachScopeToDelegate?: Resolver<Maybe<ResolversTypes['AttachScopeToDelegatePayload']>, ParentType, ContextType, RequireFields<MutationAttachScopeToDelegateArgs, 'input'>>;
  createDelegateTask?: Resolver<Maybe<ResolversTypes['CreateDelegateTaskPayload']>, ParentType, ContextType, RequireFields<MutationCreateDelegateTaskArgs, 'input'>>;
  createDelegateToken?: Resolver<Maybe<ResolversTypes['CreateDelegateTokenPayload']>, ParentType, ContextType, RequireFields<MutationCreateDelegateTokenArgs, 'input'>>;
  delegateApproveReject?: Resolver<Maybe<ResolversTypes['DelegateApproveRejectPayload']>, ParentType, ContextType, RequireFields<MutationDelegateApproveRejectArgs, 'input'>>;
  deleteDelegate?: Resolver<Maybe<ResolversTypes['DeleteDelegatePayload']>, ParentType, ContextType, RequireFields<MutationDeleteDelegateArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  hasMore?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  limit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  offset?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type PipelineResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['Pipeline'] = ResolversParentTypes['Pipeline'], FederationReferenceType extends FederationReferenceTypes['Pipeline'] = FederationReferenceTypes['Pipeline']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Pipeline']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PipelineConnectionResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['PipelineConnection'] = ResolversParentTypes['PipelineConnection']> = {
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['Pipeline']>>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  delegateList?: Resolver<Maybe<ResolversTypes['DelegateList']>, ParentType, ContextType, Partial<QueryDelegateListArgs>>;
  delegateScopeList?: Resolver<Maybe<ResolversTypes['DelegateScopeList']>, ParentType, ContextType, Partial<QueryDelegateScopeListArgs>>;
  delegateTask?: Resolver<Maybe<ResolversTypes['DelegateTask']>, ParentType, ContextType, RequireFields<QueryDelegateTaskArgs, 'taskId'>>;
  delegateTasks?: Resolver<Maybe<ResolversTypes['DelegateTaskConnection']>, ParentType, ContextType, RequireFields<QueryDelegateTasksArgs, 'limit'>>;
  pipeline?: Resolver<Maybe<ResolversTypes['Pipeline']>, ParentType, ContextType, RequireFields<QueryPipelineArgs, 'pipelineId'>>;
  pipelineByName?: Resolver<Maybe<ResolversTypes['Pipeline']>, ParentType, ContextType, RequireFields<QueryPipelineByNameArgs, 'applicationId' | 'pipelineName'>>;
};

export type Resolvers<ContextType = PipelinesContext> = {
  AddDelegateScopePayload?: AddDelegateScopePayloadResolvers<ContextType>;
  Application?: ApplicationResolvers<ContextType>;
  AttachScopeToDelegatePayload?: AttachScopeToDelegatePayloadResolvers<ContextType>;
  CreateDelegateTaskPayload?: CreateDelegateTaskPayloadResolvers<ContextType>;
  CreateDelegateTokenPayload?: CreateDelegateTokenPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Delegate?: DelegateResolvers<ContextType>;
  DelegateApproveRejectPayload?: DelegateApproveRejectPayloadResolvers<ContextType>;
  DelegateConnection?: DelegateConnectionResolvers<ContextType>;
  DelegateList?: DelegateListResolvers<ContextType>;
  DelegateScope?: DelegateScopeResolvers<ContextType>;
  DelegateScopeList?: DelegateScopeListResolvers<ContextType>;
  DelegateTask?: DelegateTaskResolvers<ContextType>;
  DelegateTaskConnection?: DelegateTaskConnectionResolvers<ContextType>;
  DelegateTaskResult?: DelegateTaskResultResolvers<ContextType>;
  DelegateTaskWait?: DelegateTaskWaitResolvers<ContextType>;
  DeleteDelegatePayload?: DeleteDelegatePayloadResolvers<ContextType>;
  Long?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Pipeline?: PipelineResolvers<ContextType>;
  PipelineConnection?: PipelineConnectionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

