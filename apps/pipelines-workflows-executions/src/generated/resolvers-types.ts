import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Pipeline as PipelineModel } from '@fg/pipelines-workflows-executions/data-access';
import type { Connection as ConnectionModel } from '@fg/graphql-kit';
import type { DelegateStatus as DelegateStatusModel } from '@fg/pipelines-workflows-executions/delegate-tasks';
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

export type Application = {
  __typename?: 'Application';
  id?: Maybe<Scalars['String']['output']>;
  pipelines?: Maybe<PipelineConnection>;
};


export type ApplicationPipelinesArgs = {
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateDelegateTaskInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  expectedStatus?: InputMaybe<Scalars['Int']['input']>;
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
  delegateName?: Maybe<Scalars['String']['output']>;
  disconnected?: Maybe<Scalars['Boolean']['output']>;
  hostName?: Maybe<Scalars['String']['output']>;
  /** @deprecated Use lastHeartbeat */
  lastHeartBeat?: Maybe<Scalars['Long']['output']>;
  lastHeartbeat?: Maybe<Scalars['DateTime']['output']>;
  polllingModeEnabled?: Maybe<Scalars['Boolean']['output']>;
  status?: Maybe<Scalars['String']['output']>;
  tags?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  uuid?: Maybe<Scalars['String']['output']>;
  version?: Maybe<Scalars['String']['output']>;
};

export type DelegateFilter = {
  accountId: Scalars['String']['input'];
  delegateName?: InputMaybe<Scalars['String']['input']>;
  delegateStatus?: InputMaybe<Scalars['String']['input']>;
  delegateType?: InputMaybe<Scalars['String']['input']>;
};

export type DelegateList = {
  __typename?: 'DelegateList';
  nodes?: Maybe<Array<Maybe<Delegate>>>;
  pageInfo?: Maybe<PageInfo>;
};

/** Extension: a unit of work for a delegate. */
export type DelegateTask = {
  __typename?: 'DelegateTask';
  attempts?: Maybe<Scalars['Int']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  delegateId?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  /** Why the platform ended the task (for EXPIRED). */
  reason?: Maybe<Scalars['String']['output']>;
  result?: Maybe<DelegateTaskResult>;
  selectors?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  /** QUEUED, ACQUIRED, RUNNING, SUCCEEDED, FAILED or EXPIRED. */
  status?: Maybe<Scalars['String']['output']>;
  type?: Maybe<Scalars['String']['output']>;
};

export type DelegateTaskResult = {
  __typename?: 'DelegateTaskResult';
  error?: Maybe<Scalars['String']['output']>;
  exitCode?: Maybe<Scalars['Int']['output']>;
  httpStatus?: Maybe<Scalars['Int']['output']>;
  output?: Maybe<Scalars['String']['output']>;
};

export type DelegateTaskType =
  | 'HTTP'
  | 'NOOP'
  | 'SHELL_SCRIPT';

export type Mutation = {
  __typename?: 'Mutation';
  /** Extension (not in the FirstGen API): queues a task for the account's delegates. */
  createDelegateTask?: Maybe<CreateDelegateTaskPayload>;
  /** Extension (not in the FirstGen API): a token delegates of this account authenticate with. It is shown only here, once. */
  createDelegateToken?: Maybe<CreateDelegateTokenPayload>;
};


export type MutationCreateDelegateTaskArgs = {
  input: CreateDelegateTaskInput;
};


export type MutationCreateDelegateTokenArgs = {
  input: CreateDelegateTokenInput;
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
  /** The account's delegates. Filters are accepted for compatibility; only delegateName and delegateStatus are applied. */
  delegateList?: Maybe<DelegateList>;
  /** Extension (not in the FirstGen API): a delegate task's status and result. */
  delegateTask?: Maybe<DelegateTask>;
  pipeline?: Maybe<Pipeline>;
  pipelineByName?: Maybe<Pipeline>;
};


export type QueryDelegateListArgs = {
  filters?: InputMaybe<Array<InputMaybe<DelegateFilter>>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDelegateTaskArgs = {
  taskId: Scalars['String']['input'];
};


export type QueryPipelineArgs = {
  pipelineId: Scalars['String']['input'];
};


export type QueryPipelineByNameArgs = {
  applicationId: Scalars['String']['input'];
  pipelineName: Scalars['String']['input'];
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
  Application: ResolverTypeWrapper<Omit<Application, 'pipelines'> & { pipelines?: Maybe<ResolversTypes['PipelineConnection']> }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CreateDelegateTaskInput: CreateDelegateTaskInput;
  CreateDelegateTaskPayload: ResolverTypeWrapper<CreateDelegateTaskPayload>;
  CreateDelegateTokenInput: CreateDelegateTokenInput;
  CreateDelegateTokenPayload: ResolverTypeWrapper<CreateDelegateTokenPayload>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Delegate: ResolverTypeWrapper<DelegateStatusModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DelegateFilter: DelegateFilter;
  DelegateList: ResolverTypeWrapper<ConnectionModel<DelegateStatusModel>>;
  DelegateTask: ResolverTypeWrapper<DelegateTask>;
  DelegateTaskResult: ResolverTypeWrapper<DelegateTaskResult>;
  DelegateTaskType: DelegateTaskType;
  Long: ResolverTypeWrapper<Scalars['Long']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Pipeline: ResolverTypeWrapper<PipelineModel>;
  PipelineConnection: ResolverTypeWrapper<ConnectionModel<PipelineModel>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Application: Omit<Application, 'pipelines'> & { pipelines?: Maybe<ResolversParentTypes['PipelineConnection']> } | FederationReferenceTypes['Application'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  CreateDelegateTaskInput: CreateDelegateTaskInput;
  CreateDelegateTaskPayload: CreateDelegateTaskPayload;
  CreateDelegateTokenInput: CreateDelegateTokenInput;
  CreateDelegateTokenPayload: CreateDelegateTokenPayload;
  DateTime: Scalars['DateTime']['output'];
  Delegate: DelegateStatusModel;
  Boolean: Scalars['Boolean']['output'];
  DelegateFilter: DelegateFilter;
  DelegateList: ConnectionModel<DelegateStatusModel>;
  DelegateTask: DelegateTask;
  DelegateTaskResult: DelegateTaskResult;
  Long: Scalars['Long']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Pipeline: PipelineModel;
  PipelineConnection: ConnectionModel<PipelineModel>;
  Query: Record<PropertyKey, never>;
};

export type ApplicationResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['Application'] = ResolversParentTypes['Application'], FederationReferenceType extends FederationReferenceTypes['Application'] = FederationReferenceTypes['Application']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Application']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pipelines?: Resolver<Maybe<ResolversTypes['PipelineConnection']>, ParentType, ContextType, RequireFields<ApplicationPipelinesArgs, 'limit'>>;
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
  delegateName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  disconnected?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  hostName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastHeartBeat?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  lastHeartbeat?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  polllingModeEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  uuid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DelegateListResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['DelegateList'] = ResolversParentTypes['DelegateList']> = {
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['Delegate']>>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
};

export type DelegateTaskResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['DelegateTask'] = ResolversParentTypes['DelegateTask']> = {
  attempts?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  delegateId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['DelegateTaskResult']>, ParentType, ContextType>;
  selectors?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DelegateTaskResultResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['DelegateTaskResult'] = ResolversParentTypes['DelegateTaskResult']> = {
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  exitCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  httpStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  output?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface LongScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Long'], any> {
  name: 'Long';
}

export type MutationResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createDelegateTask?: Resolver<Maybe<ResolversTypes['CreateDelegateTaskPayload']>, ParentType, ContextType, RequireFields<MutationCreateDelegateTaskArgs, 'input'>>;
  createDelegateToken?: Resolver<Maybe<ResolversTypes['CreateDelegateTokenPayload']>, ParentType, ContextType, RequireFields<MutationCreateDelegateTokenArgs, 'input'>>;
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
  delegateTask?: Resolver<Maybe<ResolversTypes['DelegateTask']>, ParentType, ContextType, RequireFields<QueryDelegateTaskArgs, 'taskId'>>;
  pipeline?: Resolver<Maybe<ResolversTypes['Pipeline']>, ParentType, ContextType, RequireFields<QueryPipelineArgs, 'pipelineId'>>;
  pipelineByName?: Resolver<Maybe<ResolversTypes['Pipeline']>, ParentType, ContextType, RequireFields<QueryPipelineByNameArgs, 'applicationId' | 'pipelineName'>>;
};

export type Resolvers<ContextType = PipelinesContext> = {
  Application?: ApplicationResolvers<ContextType>;
  CreateDelegateTaskPayload?: CreateDelegateTaskPayloadResolvers<ContextType>;
  CreateDelegateTokenPayload?: CreateDelegateTokenPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Delegate?: DelegateResolvers<ContextType>;
  DelegateList?: DelegateListResolvers<ContextType>;
  DelegateTask?: DelegateTaskResolvers<ContextType>;
  DelegateTaskResult?: DelegateTaskResultResolvers<ContextType>;
  Long?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Pipeline?: PipelineResolvers<ContextType>;
  PipelineConnection?: PipelineConnectionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

