import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SecretManager as SecretManagerModel } from '@fg/secrets/data-access';
import type { Connection as ConnectionModel } from '@fg/graphql-kit';
import type { SecretView as SecretViewModel } from '../secret/secret.view';
import type { SecretsContext } from '../context';
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
  /** A string of digits (64-bit integer). */
  Long: { input: number; output: string; }
  _FieldSet: { input: string; output: string; }
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

export type CreateSecretInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  encryptedFile?: InputMaybe<EncryptedFileInput>;
  encryptedText?: InputMaybe<EncryptedTextInput>;
  secretType: SecretType;
  sshCredential?: InputMaybe<SshCredentialInput>;
  winRMCredential?: InputMaybe<WinRmCredentialInput>;
};

export type CreateSecretManagerInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  customSecretManagerInput?: InputMaybe<CustomSecretManagerInput>;
  hashicorpVaultConfigInput?: InputMaybe<HashicorpVaultSecretManagerInput>;
  secretManagerType: SecretManagerType;
};

export type CreateSecretPayload = {
  __typename?: 'CreateSecretPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  secret?: Maybe<Secret>;
};

export type CustomSecretManagerConfig = {
  __typename?: 'CustomSecretManagerConfig';
  commandPath?: Maybe<Scalars['String']['output']>;
  connectorId?: Maybe<Scalars['String']['output']>;
  delegateSelectors?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  executeOnDelegate?: Maybe<Scalars['Boolean']['output']>;
  host?: Maybe<Scalars['String']['output']>;
  isConnectorTemplatized?: Maybe<Scalars['Boolean']['output']>;
  isDefault?: Maybe<Scalars['Boolean']['output']>;
  templateId?: Maybe<Scalars['String']['output']>;
  testVariables?: Maybe<Array<Maybe<EncryptedDataParamsOutput>>>;
};

export type CustomSecretManagerInput = {
  commandPath?: InputMaybe<Scalars['String']['input']>;
  connectorId?: InputMaybe<Scalars['String']['input']>;
  delegateSelectors?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  executeOnDelegate?: InputMaybe<Scalars['Boolean']['input']>;
  host?: InputMaybe<Scalars['String']['input']>;
  isConnectorTemplatized?: InputMaybe<Scalars['Boolean']['input']>;
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  templateId?: InputMaybe<Scalars['String']['input']>;
  testVariables?: InputMaybe<Array<InputMaybe<EncryptedDataParams>>>;
  usageScope?: InputMaybe<UsageScopeInput>;
};

export type DeleteSecretInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  secretId: Scalars['String']['input'];
  secretType: SecretType;
};

export type DeleteSecretManagerInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  secretManagerId: Scalars['String']['input'];
};

export type DeleteSecretManagerPayload = {
  __typename?: 'DeleteSecretManagerPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
};

export type DeleteSecretPayload = {
  __typename?: 'DeleteSecretPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
};

export type EncryptedDataParams = {
  name?: InputMaybe<Scalars['String']['input']>;
  value?: InputMaybe<Scalars['String']['input']>;
};

export type EncryptedDataParamsOutput = {
  __typename?: 'EncryptedDataParamsOutput';
  name?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['String']['output']>;
};

export type EncryptedFile = Secret & {
  __typename?: 'EncryptedFile';
  id?: Maybe<Scalars['String']['output']>;
  inheritScopesFromSM?: Maybe<Scalars['Boolean']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  scopedToAccount?: Maybe<Scalars['Boolean']['output']>;
  secretManagerId?: Maybe<Scalars['String']['output']>;
  secretReference?: Maybe<Scalars['String']['output']>;
  secretType?: Maybe<SecretType>;
  usageScope?: Maybe<UsageScope>;
};

export type EncryptedFileInput = {
  inheritScopesFromSM?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  scopedToAccount?: InputMaybe<Scalars['Boolean']['input']>;
  secretManagerId?: InputMaybe<Scalars['String']['input']>;
  usageScope?: InputMaybe<UsageScopeInput>;
};

export type EncryptedText = Secret & {
  __typename?: 'EncryptedText';
  id?: Maybe<Scalars['String']['output']>;
  inheritScopesFromSM?: Maybe<Scalars['Boolean']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  scopedToAccount?: Maybe<Scalars['Boolean']['output']>;
  secretManagerId?: Maybe<Scalars['String']['output']>;
  secretReference?: Maybe<Scalars['String']['output']>;
  secretType?: Maybe<SecretType>;
  usageScope?: Maybe<UsageScope>;
};

export type EncryptedTextInput = {
  inheritScopesFromSM?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  parameters?: InputMaybe<Array<InputMaybe<EncryptedDataParams>>>;
  scopedToAccount?: InputMaybe<Scalars['Boolean']['input']>;
  secretManagerId?: InputMaybe<Scalars['String']['input']>;
  secretReference?: InputMaybe<Scalars['String']['input']>;
  usageScope?: InputMaybe<UsageScopeInput>;
  value?: InputMaybe<Scalars['String']['input']>;
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

export type HashicorpVaultAuthDetails = {
  appRoleId?: InputMaybe<Scalars['String']['input']>;
  authToken?: InputMaybe<Scalars['String']['input']>;
  secretId?: InputMaybe<Scalars['String']['input']>;
};

export type HashicorpVaultSecretManagerInput = {
  authDetails: HashicorpVaultAuthDetails;
  basePath?: InputMaybe<Scalars['String']['input']>;
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  isReadOnly?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  namespace?: InputMaybe<Scalars['String']['input']>;
  secretEngineName: Scalars['String']['input'];
  secretEngineRenewalInterval: Scalars['Long']['input'];
  secretEngineVersion: Scalars['Int']['input'];
  usageScope?: InputMaybe<UsageScopeInput>;
  vaultUrl: Scalars['String']['input'];
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

export type InlineSshKey = {
  passphraseSecretId?: InputMaybe<Scalars['String']['input']>;
  sshKeySecretFileId: Scalars['String']['input'];
};

export type InlineSshKeyOutput = {
  __typename?: 'InlineSSHKeyOutput';
  passphraseSecretId?: Maybe<Scalars['String']['output']>;
  sshKeySecretFileId?: Maybe<Scalars['String']['output']>;
};

export type KerberosAuthentication = {
  __typename?: 'KerberosAuthentication';
  port?: Maybe<Scalars['Int']['output']>;
  principal?: Maybe<Scalars['String']['output']>;
  realm?: Maybe<Scalars['String']['output']>;
};

export type KerberosAuthenticationInput = {
  port: Scalars['Int']['input'];
  principal: Scalars['String']['input'];
  realm: Scalars['String']['input'];
  tgtGenerationMethod?: InputMaybe<TgtGenerationMethod>;
};

export type KerberosPassword = {
  passwordSecretId: Scalars['String']['input'];
};

export type KeyTabFile = {
  filePath: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Beta. An ENCRYPTED_FILE's bytes come from the multipart request's file part. `fileContent` is an Extension set by
   * the gateway from that part (base64); clients send the file as a multipart part, not this argument.
   */
  createSecret?: Maybe<CreateSecretPayload>;
  createSecretManager?: Maybe<UpsertSecretManagerPayload>;
  /** Beta. */
  deleteSecret?: Maybe<DeleteSecretPayload>;
  deleteSecretManager?: Maybe<DeleteSecretManagerPayload>;
  /** Beta. A new file replaces the stored one when the multipart request carries one (see createSecret). */
  updateSecret?: Maybe<UpdateSecretPayload>;
  updateSecretManager?: Maybe<UpsertSecretManagerPayload>;
};


export type MutationCreateSecretArgs = {
  fileContent?: InputMaybe<Scalars['String']['input']>;
  input: CreateSecretInput;
};


export type MutationCreateSecretManagerArgs = {
  input: CreateSecretManagerInput;
};


export type MutationDeleteSecretArgs = {
  input: DeleteSecretInput;
};


export type MutationDeleteSecretManagerArgs = {
  input: DeleteSecretManagerInput;
};


export type MutationUpdateSecretArgs = {
  fileContent?: InputMaybe<Scalars['String']['input']>;
  input: UpdateSecretInput;
};


export type MutationUpdateSecretManagerArgs = {
  input: UpdateSecretManagerInput;
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
  secret?: Maybe<Secret>;
  secretByName?: Maybe<Secret>;
  secretManager?: Maybe<SecretManager>;
  secretManagerByName?: Maybe<SecretManager>;
  secretManagers?: Maybe<SecretManagerConnection>;
};


export type QuerySecretArgs = {
  secretId: Scalars['String']['input'];
  secretType: SecretType;
};


export type QuerySecretByNameArgs = {
  name: Scalars['String']['input'];
  secretType: SecretType;
};


export type QuerySecretManagerArgs = {
  secretManagerId: Scalars['String']['input'];
};


export type QuerySecretManagerByNameArgs = {
  name: Scalars['String']['input'];
};


export type QuerySecretManagersArgs = {
  filters?: InputMaybe<Array<InputMaybe<SecretManagerFilter>>>;
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type SshAuthentication = {
  __typename?: 'SSHAuthentication';
  port?: Maybe<Scalars['Int']['output']>;
  sshAuthenticationMethod?: Maybe<SshAuthenticationMethodOutput>;
  userName?: Maybe<Scalars['String']['output']>;
};

export type SshAuthenticationInput = {
  port: Scalars['Int']['input'];
  sshAuthenticationMethod: SshAuthenticationMethod;
  userName: Scalars['String']['input'];
};

export type SshAuthenticationMethod = {
  inlineSSHKey?: InputMaybe<InlineSshKey>;
  serverPassword?: InputMaybe<SshPassword>;
  sshCredentialType: SshCredentialType;
  sshKeyFile?: InputMaybe<SshKeyFile>;
};

export type SshAuthenticationMethodOutput = {
  __typename?: 'SSHAuthenticationMethodOutput';
  inlineSSHKey?: Maybe<InlineSshKeyOutput>;
  serverPassword?: Maybe<SshPasswordOutput>;
  sshCredentialType?: Maybe<Scalars['String']['output']>;
  sshKeyFile?: Maybe<SshKeyFileOutput>;
};

export type SshAuthenticationScheme =
  | 'KERBEROS'
  | 'SSH';

export type SshAuthenticationType = KerberosAuthentication | SshAuthentication;

export type SshCredential = Secret & {
  __typename?: 'SSHCredential';
  authenticationType?: Maybe<SshAuthenticationType>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  secretReference?: Maybe<Scalars['String']['output']>;
  secretType?: Maybe<SecretType>;
  usageScope?: Maybe<UsageScope>;
};

export type SshCredentialInput = {
  authenticationScheme: SshAuthenticationScheme;
  kerberosAuthentication?: InputMaybe<KerberosAuthenticationInput>;
  name: Scalars['String']['input'];
  sshAuthentication?: InputMaybe<SshAuthenticationInput>;
  usageScope?: InputMaybe<UsageScopeInput>;
};

export type SshCredentialType =
  | 'PASSWORD'
  | 'SSH_KEY'
  | 'SSH_KEY_FILE_PATH';

export type SshKeyFile = {
  passphraseSecretId?: InputMaybe<Scalars['String']['input']>;
  path: Scalars['String']['input'];
};

export type SshKeyFileOutput = {
  __typename?: 'SSHKeyFileOutput';
  passphraseSecretId?: Maybe<Scalars['String']['output']>;
  path?: Maybe<Scalars['String']['output']>;
};

export type SshPassword = {
  passwordSecretId: Scalars['String']['input'];
};

export type SshPasswordOutput = {
  __typename?: 'SSHPasswordOutput';
  passwordSecretId?: Maybe<Scalars['String']['output']>;
};

/** A secret's value is never returned, by any field. */
export type Secret = {
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  secretReference?: Maybe<Scalars['String']['output']>;
  secretType?: Maybe<SecretType>;
  usageScope?: Maybe<UsageScope>;
};

export type SecretManager = {
  __typename?: 'SecretManager';
  config?: Maybe<SecretManagerConfig>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  usageScope?: Maybe<UsageScope>;
};

export type SecretManagerConfig = CustomSecretManagerConfig;

export type SecretManagerConnection = {
  __typename?: 'SecretManagerConnection';
  nodes?: Maybe<Array<Maybe<SecretManager>>>;
  pageInfo?: Maybe<PageInfo>;
};

export type SecretManagerFilter = {
  secretManager?: InputMaybe<IdFilter>;
  type?: InputMaybe<SecretManagerTypeFilter>;
};

export type SecretManagerType =
  | 'AWS_KMS'
  | 'AWS_SECRET_MANAGER'
  | 'AZURE_KEY_VAULT'
  | 'CUSTOM'
  | 'GOOGLE_KMS'
  | 'HASHICORP_VAULT';

export type SecretManagerTypeFilter = {
  operator?: InputMaybe<EnumOperator>;
  values?: InputMaybe<Array<InputMaybe<SecretManagerType>>>;
};

export type SecretType =
  | 'ENCRYPTED_FILE'
  | 'ENCRYPTED_TEXT'
  | 'SSH_CREDENTIAL'
  | 'WINRM_CREDENTIAL';

export type TgtGenerationMethod = {
  kerberosPassword?: InputMaybe<KerberosPassword>;
  keyTabFile?: InputMaybe<KeyTabFile>;
  tgtGenerationUsing: TgtGenerationUsing;
};

export type TgtGenerationUsing =
  | 'KEY_TAB_FILE'
  | 'PASSWORD';

export type UpdateCustomSecretManagerInput = {
  commandPath?: InputMaybe<Scalars['String']['input']>;
  connectorId?: InputMaybe<Scalars['String']['input']>;
  delegateSelectors?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  executeOnDelegate?: InputMaybe<Scalars['Boolean']['input']>;
  host?: InputMaybe<Scalars['String']['input']>;
  isConnectorTemplatized?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  templateId?: InputMaybe<Scalars['String']['input']>;
  testVariables?: InputMaybe<Array<InputMaybe<EncryptedDataParams>>>;
  usageScope?: InputMaybe<UsageScopeInput>;
  uuid?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateEncryptedText = {
  inheritScopesFromSM?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  parameters?: InputMaybe<Array<InputMaybe<EncryptedDataParams>>>;
  scopedToAccount?: InputMaybe<Scalars['Boolean']['input']>;
  secretReference?: InputMaybe<Scalars['String']['input']>;
  usageScope?: InputMaybe<UsageScopeInput>;
  value?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateHashicorpVaultInput = {
  authDetails?: InputMaybe<HashicorpVaultAuthDetails>;
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  isReadOnly?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  secretEngineRenewalInterval?: InputMaybe<Scalars['Long']['input']>;
  usageScope?: InputMaybe<UsageScopeInput>;
};

export type UpdateSshCredential = {
  authenticationScheme?: InputMaybe<SshAuthenticationScheme>;
  kerberosAuthentication?: InputMaybe<KerberosAuthenticationInput>;
  name?: InputMaybe<Scalars['String']['input']>;
  sshAuthentication?: InputMaybe<SshAuthenticationInput>;
  usageScope?: InputMaybe<UsageScopeInput>;
};

export type UpdateSecretInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  encryptedFile?: InputMaybe<EncryptedFileInput>;
  encryptedText?: InputMaybe<UpdateEncryptedText>;
  secretId: Scalars['String']['input'];
  secretType: SecretType;
  sshCredential?: InputMaybe<UpdateSshCredential>;
  winRMCredential?: InputMaybe<UpdateWinRmCredential>;
};

export type UpdateSecretManagerInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  customSecretManagerInput?: InputMaybe<UpdateCustomSecretManagerInput>;
  hashicorpVaultConfigInput?: InputMaybe<UpdateHashicorpVaultInput>;
  secretManagerId: Scalars['String']['input'];
  secretManagerType: SecretManagerType;
};

export type UpdateSecretPayload = {
  __typename?: 'UpdateSecretPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  secret?: Maybe<Secret>;
};

export type UpdateWinRmCredential = {
  authenticationScheme?: InputMaybe<WinRmAuthenticationScheme>;
  domain?: InputMaybe<Scalars['String']['input']>;
  keyTabFilePath?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  parameters?: InputMaybe<Array<InputMaybe<WinRmCommandParameterInput>>>;
  passwordSecretId?: InputMaybe<Scalars['String']['input']>;
  port?: InputMaybe<Scalars['Int']['input']>;
  skipCertCheck?: InputMaybe<Scalars['Boolean']['input']>;
  usageScope?: InputMaybe<UsageScopeInput>;
  useSSL?: InputMaybe<Scalars['Boolean']['input']>;
  userName?: InputMaybe<Scalars['String']['input']>;
};

export type UpsertSecretManagerPayload = {
  __typename?: 'UpsertSecretManagerPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  secretManager?: Maybe<SecretManager>;
};

export type UsageScope = {
  __typename?: 'UsageScope';
  appEnvScopes?: Maybe<Array<Maybe<AppEnvScope>>>;
};

export type UsageScopeInput = {
  appEnvScopes?: InputMaybe<Array<AppEnvScopeInput>>;
};

export type WinRmAuthenticationScheme =
  | 'BASIC'
  | 'KERBEROS'
  | 'NTLM';

export type WinRmCredential = Secret & {
  __typename?: 'WinRMCredential';
  authenticationScheme?: Maybe<WinRmAuthenticationScheme>;
  domain?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  keyTabFilePath?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  parameters?: Maybe<Array<Maybe<WinRmCommandParameter>>>;
  port?: Maybe<Scalars['Int']['output']>;
  secretReference?: Maybe<Scalars['String']['output']>;
  secretType?: Maybe<SecretType>;
  skipCertCheck?: Maybe<Scalars['Boolean']['output']>;
  usageScope?: Maybe<UsageScope>;
  useSSL?: Maybe<Scalars['Boolean']['output']>;
  userName?: Maybe<Scalars['String']['output']>;
};

export type WinRmCredentialInput = {
  authenticationScheme?: InputMaybe<WinRmAuthenticationScheme>;
  domain?: InputMaybe<Scalars['String']['input']>;
  keyTabFilePath?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  parameters?: InputMaybe<Array<InputMaybe<WinRmCommandParameterInput>>>;
  passwordSecretId: Scalars['String']['input'];
  port?: InputMaybe<Scalars['Int']['input']>;
  skipCertCheck?: InputMaybe<Scalars['Boolean']['input']>;
  usageScope?: InputMaybe<UsageScopeInput>;
  useSSL?: InputMaybe<Scalars['Boolean']['input']>;
  userName: Scalars['String']['input'];
};

export type WinRmCommandParameter = {
  __typename?: 'WinRmCommandParameter';
  parameter?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['String']['output']>;
};

export type WinRmCommandParameterInput = {
  parameter?: InputMaybe<Scalars['String']['input']>;
  value?: InputMaybe<Scalars['String']['input']>;
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
  SecretManager: SecretManager;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  SecretManager:
    ( { __typename: 'SecretManager' }
    & GraphQLRecursivePick<FederationTypes['SecretManager'], {"id":true}> );
};

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  SSHAuthenticationType:
    | ( KerberosAuthentication )
    | ( SshAuthentication )
  ;
  SecretManagerConfig: ( CustomSecretManagerConfig );
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Secret:
    | ( SecretViewModel )
    | ( SecretViewModel )
    | ( SecretViewModel )
    | ( SecretViewModel )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AppEnvScope: ResolverTypeWrapper<AppEnvScope>;
  AppEnvScopeInput: AppEnvScopeInput;
  AppScopeFilter: ResolverTypeWrapper<AppScopeFilter>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AppScopeFilterInput: AppScopeFilterInput;
  CreateSecretInput: CreateSecretInput;
  CreateSecretManagerInput: CreateSecretManagerInput;
  CreateSecretPayload: ResolverTypeWrapper<Omit<CreateSecretPayload, 'secret'> & { secret?: Maybe<ResolversTypes['Secret']> }>;
  CustomSecretManagerConfig: ResolverTypeWrapper<CustomSecretManagerConfig>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CustomSecretManagerInput: CustomSecretManagerInput;
  DeleteSecretInput: DeleteSecretInput;
  DeleteSecretManagerInput: DeleteSecretManagerInput;
  DeleteSecretManagerPayload: ResolverTypeWrapper<DeleteSecretManagerPayload>;
  DeleteSecretPayload: ResolverTypeWrapper<DeleteSecretPayload>;
  EncryptedDataParams: EncryptedDataParams;
  EncryptedDataParamsOutput: ResolverTypeWrapper<EncryptedDataParamsOutput>;
  EncryptedFile: ResolverTypeWrapper<SecretViewModel>;
  EncryptedFileInput: EncryptedFileInput;
  EncryptedText: ResolverTypeWrapper<SecretViewModel>;
  EncryptedTextInput: EncryptedTextInput;
  EnumOperator: EnumOperator;
  EnvFilterType: EnvFilterType;
  EnvScopeFilter: ResolverTypeWrapper<EnvScopeFilter>;
  EnvScopeFilterInput: EnvScopeFilterInput;
  FilterType: FilterType;
  HashicorpVaultAuthDetails: HashicorpVaultAuthDetails;
  HashicorpVaultSecretManagerInput: HashicorpVaultSecretManagerInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IdFilter: IdFilter;
  IdOperator: IdOperator;
  InlineSSHKey: InlineSshKey;
  InlineSSHKeyOutput: ResolverTypeWrapper<InlineSshKeyOutput>;
  KerberosAuthentication: ResolverTypeWrapper<KerberosAuthentication>;
  KerberosAuthenticationInput: KerberosAuthenticationInput;
  KerberosPassword: KerberosPassword;
  KeyTabFile: KeyTabFile;
  Long: ResolverTypeWrapper<Scalars['Long']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SSHAuthentication: ResolverTypeWrapper<SshAuthentication>;
  SSHAuthenticationInput: SshAuthenticationInput;
  SSHAuthenticationMethod: SshAuthenticationMethod;
  SSHAuthenticationMethodOutput: ResolverTypeWrapper<SshAuthenticationMethodOutput>;
  SSHAuthenticationScheme: SshAuthenticationScheme;
  SSHAuthenticationType: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SSHAuthenticationType']>;
  SSHCredential: ResolverTypeWrapper<SecretViewModel>;
  SSHCredentialInput: SshCredentialInput;
  SSHCredentialType: SshCredentialType;
  SSHKeyFile: SshKeyFile;
  SSHKeyFileOutput: ResolverTypeWrapper<SshKeyFileOutput>;
  SSHPassword: SshPassword;
  SSHPasswordOutput: ResolverTypeWrapper<SshPasswordOutput>;
  Secret: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Secret']>;
  SecretManager: ResolverTypeWrapper<SecretManagerModel>;
  SecretManagerConfig: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SecretManagerConfig']>;
  SecretManagerConnection: ResolverTypeWrapper<ConnectionModel<SecretManagerModel>>;
  SecretManagerFilter: SecretManagerFilter;
  SecretManagerType: SecretManagerType;
  SecretManagerTypeFilter: SecretManagerTypeFilter;
  SecretType: SecretType;
  TGTGenerationMethod: TgtGenerationMethod;
  TGTGenerationUsing: TgtGenerationUsing;
  UpdateCustomSecretManagerInput: UpdateCustomSecretManagerInput;
  UpdateEncryptedText: UpdateEncryptedText;
  UpdateHashicorpVaultInput: UpdateHashicorpVaultInput;
  UpdateSSHCredential: UpdateSshCredential;
  UpdateSecretInput: UpdateSecretInput;
  UpdateSecretManagerInput: UpdateSecretManagerInput;
  UpdateSecretPayload: ResolverTypeWrapper<Omit<UpdateSecretPayload, 'secret'> & { secret?: Maybe<ResolversTypes['Secret']> }>;
  UpdateWinRMCredential: UpdateWinRmCredential;
  UpsertSecretManagerPayload: ResolverTypeWrapper<Omit<UpsertSecretManagerPayload, 'secretManager'> & { secretManager?: Maybe<ResolversTypes['SecretManager']> }>;
  UsageScope: ResolverTypeWrapper<UsageScope>;
  UsageScopeInput: UsageScopeInput;
  WinRMAuthenticationScheme: WinRmAuthenticationScheme;
  WinRMCredential: ResolverTypeWrapper<SecretViewModel>;
  WinRMCredentialInput: WinRmCredentialInput;
  WinRmCommandParameter: ResolverTypeWrapper<WinRmCommandParameter>;
  WinRmCommandParameterInput: WinRmCommandParameterInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AppEnvScope: AppEnvScope;
  AppEnvScopeInput: AppEnvScopeInput;
  AppScopeFilter: AppScopeFilter;
  String: Scalars['String']['output'];
  AppScopeFilterInput: AppScopeFilterInput;
  CreateSecretInput: CreateSecretInput;
  CreateSecretManagerInput: CreateSecretManagerInput;
  CreateSecretPayload: Omit<CreateSecretPayload, 'secret'> & { secret?: Maybe<ResolversParentTypes['Secret']> };
  CustomSecretManagerConfig: CustomSecretManagerConfig;
  Boolean: Scalars['Boolean']['output'];
  CustomSecretManagerInput: CustomSecretManagerInput;
  DeleteSecretInput: DeleteSecretInput;
  DeleteSecretManagerInput: DeleteSecretManagerInput;
  DeleteSecretManagerPayload: DeleteSecretManagerPayload;
  DeleteSecretPayload: DeleteSecretPayload;
  EncryptedDataParams: EncryptedDataParams;
  EncryptedDataParamsOutput: EncryptedDataParamsOutput;
  EncryptedFile: SecretViewModel;
  EncryptedFileInput: EncryptedFileInput;
  EncryptedText: SecretViewModel;
  EncryptedTextInput: EncryptedTextInput;
  EnvScopeFilter: EnvScopeFilter;
  EnvScopeFilterInput: EnvScopeFilterInput;
  HashicorpVaultAuthDetails: HashicorpVaultAuthDetails;
  HashicorpVaultSecretManagerInput: HashicorpVaultSecretManagerInput;
  Int: Scalars['Int']['output'];
  IdFilter: IdFilter;
  InlineSSHKey: InlineSshKey;
  InlineSSHKeyOutput: InlineSshKeyOutput;
  KerberosAuthentication: KerberosAuthentication;
  KerberosAuthenticationInput: KerberosAuthenticationInput;
  KerberosPassword: KerberosPassword;
  KeyTabFile: KeyTabFile;
  Long: Scalars['Long']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  SSHAuthentication: SshAuthentication;
  SSHAuthenticationInput: SshAuthenticationInput;
  SSHAuthenticationMethod: SshAuthenticationMethod;
  SSHAuthenticationMethodOutput: SshAuthenticationMethodOutput;
  SSHAuthenticationType: ResolversUnionTypes<ResolversParentTypes>['SSHAuthenticationType'];
  SSHCredential: SecretViewModel;
  SSHCredentialInput: SshCredentialInput;
  SSHKeyFile: SshKeyFile;
  SSHKeyFileOutput: SshKeyFileOutput;
  SSHPassword: SshPassword;
  SSHPasswordOutput: SshPasswordOutput;
  Secret: ResolversInterfaceTypes<ResolversParentTypes>['Secret'];
  SecretManager: SecretManagerModel;
  SecretManagerConfig: ResolversUnionTypes<ResolversParentTypes>['SecretManagerConfig'];
  SecretManagerConnection: ConnectionModel<SecretManagerModel>;
  SecretManagerFilter: SecretManagerFilter;
  SecretManagerTypeFilter: SecretManagerTypeFilter;
  TGTGenerationMethod: TgtGenerationMethod;
  UpdateCustomSecretManagerInput: UpdateCustomSecretManagerInput;
  UpdateEncryptedText: UpdateEncryptedText;
  UpdateHashicorpVaultInput: UpdateHashicorpVaultInput;
  UpdateSSHCredential: UpdateSshCredential;
  UpdateSecretInput: UpdateSecretInput;
  UpdateSecretManagerInput: UpdateSecretManagerInput;
  UpdateSecretPayload: Omit<UpdateSecretPayload, 'secret'> & { secret?: Maybe<ResolversParentTypes['Secret']> };
  UpdateWinRMCredential: UpdateWinRmCredential;
  UpsertSecretManagerPayload: Omit<UpsertSecretManagerPayload, 'secretManager'> & { secretManager?: Maybe<ResolversParentTypes['SecretManager']> };
  UsageScope: UsageScope;
  UsageScopeInput: UsageScopeInput;
  WinRMCredential: SecretViewModel;
  WinRMCredentialInput: WinRmCredentialInput;
  WinRmCommandParameter: WinRmCommandParameter;
  WinRmCommandParameterInput: WinRmCommandParameterInput;
};

export type AppEnvScopeResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['AppEnvScope'] = ResolversParentTypes['AppEnvScope']> = {
  application?: Resolver<Maybe<ResolversTypes['AppScopeFilter']>, ParentType, ContextType>;
  environment?: Resolver<Maybe<ResolversTypes['EnvScopeFilter']>, ParentType, ContextType>;
};

export type AppScopeFilterResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['AppScopeFilter'] = ResolversParentTypes['AppScopeFilter']> = {
  appId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  filterType?: Resolver<Maybe<ResolversTypes['FilterType']>, ParentType, ContextType>;
};

export type CreateSecretPayloadResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['CreateSecretPayload'] = ResolversParentTypes['CreateSecretPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['Secret']>, ParentType, ContextType>;
};

export type CustomSecretManagerConfigResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['CustomSecretManagerConfig'] = ResolversParentTypes['CustomSecretManagerConfig']> = {
  commandPath?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  connectorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  delegateSelectors?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  executeOnDelegate?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  host?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isConnectorTemplatized?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isDefault?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  templateId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  testVariables?: Resolver<Maybe<Array<Maybe<ResolversTypes['EncryptedDataParamsOutput']>>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeleteSecretManagerPayloadResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['DeleteSecretManagerPayload'] = ResolversParentTypes['DeleteSecretManagerPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DeleteSecretPayloadResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['DeleteSecretPayload'] = ResolversParentTypes['DeleteSecretPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EncryptedDataParamsOutputResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['EncryptedDataParamsOutput'] = ResolversParentTypes['EncryptedDataParamsOutput']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EncryptedFileResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['EncryptedFile'] = ResolversParentTypes['EncryptedFile']> = {
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inheritScopesFromSM?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scopedToAccount?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  secretManagerId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  secretReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  secretType?: Resolver<Maybe<ResolversTypes['SecretType']>, ParentType, ContextType>;
  usageScope?: Resolver<Maybe<ResolversTypes['UsageScope']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EncryptedTextResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['EncryptedText'] = ResolversParentTypes['EncryptedText']> = {
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inheritScopesFromSM?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scopedToAccount?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  secretManagerId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  secretReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  secretType?: Resolver<Maybe<ResolversTypes['SecretType']>, ParentType, ContextType>;
  usageScope?: Resolver<Maybe<ResolversTypes['UsageScope']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EnvScopeFilterResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['EnvScopeFilter'] = ResolversParentTypes['EnvScopeFilter']> = {
  envId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  filterType?: Resolver<Maybe<ResolversTypes['EnvFilterType']>, ParentType, ContextType>;
};

export type InlineSshKeyOutputResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['InlineSSHKeyOutput'] = ResolversParentTypes['InlineSSHKeyOutput']> = {
  passphraseSecretId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sshKeySecretFileId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type KerberosAuthenticationResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['KerberosAuthentication'] = ResolversParentTypes['KerberosAuthentication']> = {
  port?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  principal?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  realm?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface LongScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Long'], any> {
  name: 'Long';
}

export type MutationResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createSecret?: Resolver<Maybe<ResolversTypes['CreateSecretPayload']>, ParentType, ContextType, RequireFields<MutationCreateSecretArgs, 'input'>>;
  createSecretManager?: Resolver<Maybe<ResolversTypes['UpsertSecretManagerPayload']>, ParentType, ContextType, RequireFields<MutationCreateSecretManagerArgs, 'input'>>;
  deleteSecret?: Resolver<Maybe<ResolversTypes['DeleteSecretPayload']>, ParentType, ContextType, RequireFields<MutationDeleteSecretArgs, 'input'>>;
  deleteSecretManager?: Resolver<Maybe<ResolversTypes['DeleteSecretManagerPayload']>, ParentType, ContextType, RequireFields<MutationDeleteSecretManagerArgs, 'input'>>;
  updateSecret?: Resolver<Maybe<ResolversTypes['UpdateSecretPayload']>, ParentType, ContextType, RequireFields<MutationUpdateSecretArgs, 'input'>>;
  updateSecretManager?: Resolver<Maybe<ResolversTypes['UpsertSecretManagerPayload']>, ParentType, ContextType, RequireFields<MutationUpdateSecretManagerArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  hasMore?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  limit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  offset?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  secret?: Resolver<Maybe<ResolversTypes['Secret']>, ParentType, ContextType, RequireFields<QuerySecretArgs, 'secretId' | 'secretType'>>;
  secretByName?: Resolver<Maybe<ResolversTypes['Secret']>, ParentType, ContextType, RequireFields<QuerySecretByNameArgs, 'name' | 'secretType'>>;
  secretManager?: Resolver<Maybe<ResolversTypes['SecretManager']>, ParentType, ContextType, RequireFields<QuerySecretManagerArgs, 'secretManagerId'>>;
  secretManagerByName?: Resolver<Maybe<ResolversTypes['SecretManager']>, ParentType, ContextType, RequireFields<QuerySecretManagerByNameArgs, 'name'>>;
  secretManagers?: Resolver<Maybe<ResolversTypes['SecretManagerConnection']>, ParentType, ContextType, RequireFields<QuerySecretManagersArgs, 'limit'>>;
};

export type SshAuthenticationResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['SSHAuthentication'] = ResolversParentTypes['SSHAuthentication']> = {
  port?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sshAuthenticationMethod?: Resolver<Maybe<ResolversTypes['SSHAuthenticationMethodOutput']>, ParentType, ContextType>;
  userName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SshAuthenticationMethodOutputResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['SSHAuthenticationMethodOutput'] = ResolversParentTypes['SSHAuthenticationMethodOutput']> = {
  inlineSSHKey?: Resolver<Maybe<ResolversTypes['InlineSSHKeyOutput']>, ParentType, ContextType>;
  serverPassword?: Resolver<Maybe<ResolversTypes['SSHPasswordOutput']>, ParentType, ContextType>;
  sshCredentialType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sshKeyFile?: Resolver<Maybe<ResolversTypes['SSHKeyFileOutput']>, ParentType, ContextType>;
};

export type SshAuthenticationTypeResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['SSHAuthenticationType'] = ResolversParentTypes['SSHAuthenticationType']> = {
  __resolveType: TypeResolveFn<'KerberosAuthentication' | 'SSHAuthentication', ParentType, ContextType>;
};

export type SshCredentialResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['SSHCredential'] = ResolversParentTypes['SSHCredential']> = {
  authenticationType?: Resolver<Maybe<ResolversTypes['SSHAuthenticationType']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  secretReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  secretType?: Resolver<Maybe<ResolversTypes['SecretType']>, ParentType, ContextType>;
  usageScope?: Resolver<Maybe<ResolversTypes['UsageScope']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SshKeyFileOutputResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['SSHKeyFileOutput'] = ResolversParentTypes['SSHKeyFileOutput']> = {
  passphraseSecretId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  path?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SshPasswordOutputResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['SSHPasswordOutput'] = ResolversParentTypes['SSHPasswordOutput']> = {
  passwordSecretId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SecretResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['Secret'] = ResolversParentTypes['Secret']> = {
  __resolveType: TypeResolveFn<'EncryptedFile' | 'EncryptedText' | 'SSHCredential' | 'WinRMCredential', ParentType, ContextType>;
};

export type SecretManagerResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['SecretManager'] = ResolversParentTypes['SecretManager'], FederationReferenceType extends FederationReferenceTypes['SecretManager'] = FederationReferenceTypes['SecretManager']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SecretManager']> | FederationReferenceType, FederationReferenceType, ContextType>;
  config?: Resolver<Maybe<ResolversTypes['SecretManagerConfig']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  usageScope?: Resolver<Maybe<ResolversTypes['UsageScope']>, ParentType, ContextType>;
};

export type SecretManagerConfigResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['SecretManagerConfig'] = ResolversParentTypes['SecretManagerConfig']> = {
  __resolveType: TypeResolveFn<'CustomSecretManagerConfig', ParentType, ContextType>;
};

export type SecretManagerConnectionResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['SecretManagerConnection'] = ResolversParentTypes['SecretManagerConnection']> = {
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['SecretManager']>>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
};

export type UpdateSecretPayloadResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['UpdateSecretPayload'] = ResolversParentTypes['UpdateSecretPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['Secret']>, ParentType, ContextType>;
};

export type UpsertSecretManagerPayloadResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['UpsertSecretManagerPayload'] = ResolversParentTypes['UpsertSecretManagerPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  secretManager?: Resolver<Maybe<ResolversTypes['SecretManager']>, ParentType, ContextType>;
};

export type UsageScopeResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['UsageScope'] = ResolversParentTypes['UsageScope']> = {
  appEnvScopes?: Resolver<Maybe<Array<Maybe<ResolversTypes['AppEnvScope']>>>, ParentType, ContextType>;
};

export type WinRmCredentialResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['WinRMCredential'] = ResolversParentTypes['WinRMCredential']> = {
  authenticationScheme?: Resolver<Maybe<ResolversTypes['WinRMAuthenticationScheme']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  keyTabFilePath?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parameters?: Resolver<Maybe<Array<Maybe<ResolversTypes['WinRmCommandParameter']>>>, ParentType, ContextType>;
  port?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  secretReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  secretType?: Resolver<Maybe<ResolversTypes['SecretType']>, ParentType, ContextType>;
  skipCertCheck?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  usageScope?: Resolver<Maybe<ResolversTypes['UsageScope']>, ParentType, ContextType>;
  useSSL?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  userName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WinRmCommandParameterResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['WinRmCommandParameter'] = ResolversParentTypes['WinRmCommandParameter']> = {
  parameter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = SecretsContext> = {
  AppEnvScope?: AppEnvScopeResolvers<ContextType>;
  AppScopeFilter?: AppScopeFilterResolvers<ContextType>;
  CreateSecretPayload?: CreateSecretPayloadResolvers<ContextType>;
  CustomSecretManagerConfig?: CustomSecretManagerConfigResolvers<ContextType>;
  DeleteSecretManagerPayload?: DeleteSecretManagerPayloadResolvers<ContextType>;
  DeleteSecretPayload?: DeleteSecretPayloadResolvers<ContextType>;
  EncryptedDataParamsOutput?: EncryptedDataParamsOutputResolvers<ContextType>;
  EncryptedFile?: EncryptedFileResolvers<ContextType>;
  EncryptedText?: EncryptedTextResolvers<ContextType>;
  EnvScopeFilter?: EnvScopeFilterResolvers<ContextType>;
  InlineSSHKeyOutput?: InlineSshKeyOutputResolvers<ContextType>;
  KerberosAuthentication?: KerberosAuthenticationResolvers<ContextType>;
  Long?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SSHAuthentication?: SshAuthenticationResolvers<ContextType>;
  SSHAuthenticationMethodOutput?: SshAuthenticationMethodOutputResolvers<ContextType>;
  SSHAuthenticationType?: SshAuthenticationTypeResolvers<ContextType>;
  SSHCredential?: SshCredentialResolvers<ContextType>;
  SSHKeyFileOutput?: SshKeyFileOutputResolvers<ContextType>;
  SSHPasswordOutput?: SshPasswordOutputResolvers<ContextType>;
  Secret?: SecretResolvers<ContextType>;
  SecretManager?: SecretManagerResolvers<ContextType>;
  SecretManagerConfig?: SecretManagerConfigResolvers<ContextType>;
  SecretManagerConnection?: SecretManagerConnectionResolvers<ContextType>;
  UpdateSecretPayload?: UpdateSecretPayloadResolvers<ContextType>;
  UpsertSecretManagerPayload?: UpsertSecretManagerPayloadResolvers<ContextType>;
  UsageScope?: UsageScopeResolvers<ContextType>;
  WinRMCredential?: WinRmCredentialResolvers<ContextType>;
  WinRmCommandParameter?: WinRmCommandParameterResolvers<ContextType>;
};

