import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { User as UserModel, UserGroup as UserGroupModel, LinkedSsoSetting as LinkedSsoSettingModel, SsoProvider as SsoProviderModel } from '@fg/identity-users-groups/data-access';
import type { Connection as ConnectionModel } from '@fg/graphql-kit';
import type { IdentityContext } from '../context';
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
  DateTime: { input: number; output: number; }
  _FieldSet: { input: string; output: string; }
};

/** An entity: an execution's cause (ExecutedByAPIKey) names the key that started it. */
export type ApiKey = {
  __typename?: 'APIKey';
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

/** Extension. */
export type AcceptUserInviteInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  inviteToken: Scalars['String']['input'];
  /** At least 8 characters. */
  password: Scalars['String']['input'];
};

/** Extension. */
export type AcceptUserInvitePayload = {
  __typename?: 'AcceptUserInvitePayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  user?: Maybe<User>;
};

export type AccountPermissionInput = {
  accountPermissionTypes?: InputMaybe<Array<InputMaybe<AccountPermissionType>>>;
};

export type AccountPermissionType =
  | 'ADMINISTER_CE'
  | 'ADMINISTER_OTHER_ACCOUNT_FUNCTIONS'
  | 'ALLOW_DEPLOYMENTS_DURING_FREEZE'
  | 'CREATE_AND_DELETE_APPLICATION'
  | 'CREATE_CUSTOM_DASHBOARDS'
  | 'HIDE_NEXTGEN_BUTTON'
  | 'MANAGE_ACCOUNT_DEFAULTS'
  | 'MANAGE_ALERT_NOTIFICATION_RULES'
  | 'MANAGE_API_KEYS'
  | 'MANAGE_APPLICATION_STACKS'
  | 'MANAGE_AUTHENTICATION_SETTINGS'
  | 'MANAGE_CLOUD_PROVIDERS'
  | 'MANAGE_CONFIG_AS_CODE'
  | 'MANAGE_CONNECTORS'
  | 'MANAGE_CUSTOM_DASHBOARDS'
  | 'MANAGE_DELEGATES'
  | 'MANAGE_DELEGATE_PROFILES'
  | 'MANAGE_DEPLOYMENT_FREEZES'
  | 'MANAGE_IP_WHITELIST'
  | 'MANAGE_PIPELINE_GOVERNANCE_STANDARDS'
  | 'MANAGE_RESTRICTED_ACCESS'
  | 'MANAGE_SECRETS'
  | 'MANAGE_SECRET_MANAGERS'
  | 'MANAGE_SSH_AND_WINRM'
  | 'MANAGE_TAGS'
  | 'MANAGE_TEMPLATE_LIBRARY'
  | 'MANAGE_USERS_AND_GROUPS'
  | 'MANAGE_USER_AND_USER_GROUPS_AND_API_KEYS'
  | 'READ_USERS_AND_GROUPS'
  | 'VIEW_AUDITS'
  | 'VIEW_CE'
  | 'VIEW_USER_AND_USER_GROUPS_AND_API_KEYS';

export type AccountPermissions = {
  __typename?: 'AccountPermissions';
  accountPermissionTypes?: Maybe<Array<Maybe<AccountPermissionType>>>;
};

export type Actions =
  | 'ABORT_WORKFLOW'
  | 'CREATE'
  | 'DELETE'
  | 'EXECUTE'
  | 'EXECUTE_PIPELINE'
  | 'EXECUTE_WORKFLOW'
  | 'READ'
  | 'ROLLBACK_WORKFLOW'
  | 'UPDATE';

export type AddAccountPermissionInput = {
  accountPermission?: InputMaybe<AccountPermissionType>;
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  userGroupId: Scalars['String']['input'];
};

export type AddAccountPermissionPayload = {
  __typename?: 'AddAccountPermissionPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  userGroup?: Maybe<UserGroup>;
};

export type AddAppPermissionInput = {
  appPermission?: InputMaybe<ApplicationPermissionInput>;
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  userGroupId: Scalars['String']['input'];
};

export type AddAppPermissionPayload = {
  __typename?: 'AddAppPermissionPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  userGroup?: Maybe<UserGroup>;
};

export type AddUserToUserGroupInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  userGroupId: Scalars['String']['input'];
  userId: Scalars['String']['input'];
};

export type AddUserToUserGroupPayload = {
  __typename?: 'AddUserToUserGroupPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  userGroup?: Maybe<UserGroup>;
};

export type AppFilter = {
  __typename?: 'AppFilter';
  appIds?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  filterType?: Maybe<FilterAppType>;
};

export type AppFilterInput = {
  appIds?: InputMaybe<Array<Scalars['String']['input']>>;
  filterType?: InputMaybe<FilterAppType>;
};

export type AppPermissionType =
  | 'ALL'
  | 'DEPLOYMENT'
  | 'ENV'
  | 'PIPELINE'
  | 'PROVISIONER'
  | 'SERVICE'
  | 'TEMPLATE'
  | 'WORKFLOW';

export type ApplicationPermission = {
  __typename?: 'ApplicationPermission';
  actions?: Maybe<Array<Maybe<Actions>>>;
  applications?: Maybe<AppFilter>;
  deployments?: Maybe<DeploymentPermissionFilter>;
  environments?: Maybe<EnvPermissionFilter>;
  permissionType?: Maybe<AppPermissionType>;
  pipelines?: Maybe<PipelinePermissionFilter>;
  provisioners?: Maybe<ProvisionerPermissionFilter>;
  services?: Maybe<ServicePermissionFilter>;
  templates?: Maybe<TemplatePermissionFilter>;
  workflows?: Maybe<WorkflowPermissionFilter>;
};

export type ApplicationPermissionInput = {
  actions: Array<InputMaybe<Actions>>;
  applications: AppFilterInput;
  deployments?: InputMaybe<DeploymentPermissionFilterInput>;
  environments?: InputMaybe<EnvPermissionFilterInput>;
  permissionType: AppPermissionType;
  pipelines?: InputMaybe<PipelinePermissionFilterInput>;
  provisioners?: InputMaybe<ProvisionerPermissionFilterInput>;
  services?: InputMaybe<ServicePermissionFilterInput>;
  templates?: InputMaybe<TemplatePermissionFilterInput>;
  workflows?: InputMaybe<WorkflowPermissionFilterInput>;
};

export type CreateApiKeyInput = {
  accountId: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** Extension: when set (epoch milliseconds, in the future), the key is refused from then on. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  name: Scalars['String']['input'];
  userGroupIds?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  /** Extension: the key's value, shown only in this answer (only its hash is stored); send it as x-api-key. */
  apiKey?: Maybe<Scalars['String']['output']>;
  clientMutationId?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  uuid?: Maybe<Scalars['String']['output']>;
};

export type CreateUserGroupInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  notificationSettings?: InputMaybe<NotificationSettingsInput>;
  permissions?: InputMaybe<Permissions>;
  ssoSetting?: InputMaybe<SsoSettingInput>;
  userIds?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type CreateUserGroupPayload = {
  __typename?: 'CreateUserGroupPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  userGroup?: Maybe<UserGroup>;
};

export type CreateUserInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  externalUserId?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  userGroupIds?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type CreateUserPayload = {
  __typename?: 'CreateUserPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** Extension: the one-time token of the invite (no mail is sent here); give it to the user for acceptUserInvite. Shown only in this answer. */
  inviteToken?: Maybe<Scalars['String']['output']>;
  user?: Maybe<User>;
};

export type DeleteApiKeyInput = {
  accountId: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  uuid: Scalars['String']['input'];
};

export type DeleteApiKeyPayload = {
  __typename?: 'DeleteApiKeyPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
};

export type DeleteUserGroupInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  userGroupId: Scalars['String']['input'];
};

export type DeleteUserGroupPayload = {
  __typename?: 'DeleteUserGroupPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
};

export type DeleteUserInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['String']['input'];
};

export type DeleteUserPayload = {
  __typename?: 'DeleteUserPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
};

export type DeploymentPermissionFilter = {
  __typename?: 'DeploymentPermissionFilter';
  envIds?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  executableElementFilter?: Maybe<ExecutableElementFilter>;
  filterTypes?: Maybe<Array<Maybe<DeploymentPermissionFilterType>>>;
};

export type DeploymentPermissionFilterInput = {
  envIds?: InputMaybe<Array<Scalars['String']['input']>>;
  executableElementFilter?: InputMaybe<ExecutableElementFilterInput>;
  filterTypes?: InputMaybe<Array<InputMaybe<DeploymentPermissionFilterType>>>;
};

export type DeploymentPermissionFilterType =
  | 'NON_PRODUCTION_ENVIRONMENTS'
  | 'PRODUCTION_ENVIRONMENTS';

export type EnvFilterType =
  | 'NON_PRODUCTION_ENVIRONMENTS'
  | 'PRODUCTION_ENVIRONMENTS';

export type EnvPermissionFilter = {
  __typename?: 'EnvPermissionFilter';
  envIds?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  filterTypes?: Maybe<Array<Maybe<EnvFilterType>>>;
};

export type EnvPermissionFilterInput = {
  envIds?: InputMaybe<Array<Scalars['String']['input']>>;
  filterTypes?: InputMaybe<Array<InputMaybe<EnvFilterType>>>;
};

export type ExecutableElementFilter = {
  __typename?: 'ExecutableElementFilter';
  executableElementFilterType?: Maybe<ExecutableElementFilterType>;
  executableElementType: ExecutableElementType;
  ids?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
};

export type ExecutableElementFilterInput = {
  executableElementFilterType?: InputMaybe<ExecutableElementFilterType>;
  executableElementType: ExecutableElementType;
  ids?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type ExecutableElementFilterType =
  | 'ALL';

export type ExecutableElementType =
  | 'PIPELINE'
  | 'WORKFLOW';

export type FilterAppType =
  | 'ALL'
  | 'EXCLUDE_SELECTED'
  | 'SELECTED';

export type FilterType =
  | 'ALL';

export type LdapSettings = LinkedSsoSetting & {
  __typename?: 'LDAPSettings';
  groupDN?: Maybe<Scalars['String']['output']>;
  groupName?: Maybe<Scalars['String']['output']>;
  ssoProviderId?: Maybe<Scalars['String']['output']>;
};

export type LdapSettingsInput = {
  groupDN: Scalars['String']['input'];
  groupName: Scalars['String']['input'];
  ssoProviderId: Scalars['String']['input'];
};

export type LinkedSsoSetting = {
  ssoProviderId?: Maybe<Scalars['String']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Extension (not in the reference): sets the password of an invited user with the one-time token of its invite; the
   * token then stops working and the user can log in. Needs no permission: the token is the proof.
   */
  acceptUserInvite?: Maybe<AcceptUserInvitePayload>;
  addAccountPermission?: Maybe<AddAccountPermissionPayload>;
  addAppPermission?: Maybe<AddAppPermissionPayload>;
  addUserToUserGroup?: Maybe<AddUserToUserGroupPayload>;
  createApiKey?: Maybe<CreateApiKeyPayload>;
  /** Invites a user: the user exists (pending) until they set a password with the invite token (see CreateUserPayload.inviteToken). */
  createUser?: Maybe<CreateUserPayload>;
  createUserGroup?: Maybe<CreateUserGroupPayload>;
  deleteApiKey?: Maybe<DeleteApiKeyPayload>;
  deleteUser?: Maybe<DeleteUserPayload>;
  deleteUserGroup?: Maybe<DeleteUserGroupPayload>;
  removeUserFromUserGroup?: Maybe<RemoveUserFromUserGroupPayload>;
  /**
   * Extension (not in the reference): a second key for the same groups, valid alongside the first, so a client can switch
   * without downtime; the first key stays valid until it is deleted or until oldKeyExpiresAt.
   */
  rotateApiKey?: Maybe<RotateApiKeyPayload>;
  updateApiKey?: Maybe<UpdateApiKeyPayload>;
  updateUser?: Maybe<UpdateUserPayload>;
  updateUserGroup?: Maybe<UpdateUserGroupPayload>;
  updateUserGroupPermissions?: Maybe<UpdateUserGroupPermissionsPayload>;
};


export type MutationAcceptUserInviteArgs = {
  input: AcceptUserInviteInput;
};


export type MutationAddAccountPermissionArgs = {
  input: AddAccountPermissionInput;
};


export type MutationAddAppPermissionArgs = {
  input: AddAppPermissionInput;
};


export type MutationAddUserToUserGroupArgs = {
  input: AddUserToUserGroupInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationCreateUserGroupArgs = {
  input: CreateUserGroupInput;
};


export type MutationDeleteApiKeyArgs = {
  input: DeleteApiKeyInput;
};


export type MutationDeleteUserArgs = {
  input: DeleteUserInput;
};


export type MutationDeleteUserGroupArgs = {
  input: DeleteUserGroupInput;
};


export type MutationRemoveUserFromUserGroupArgs = {
  input: RemoveUserFromUserGroupInput;
};


export type MutationRotateApiKeyArgs = {
  input: RotateApiKeyInput;
};


export type MutationUpdateApiKeyArgs = {
  input: UpdateApiKeyInput;
};


export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};


export type MutationUpdateUserGroupArgs = {
  input: UpdateUserGroupInput;
};


export type MutationUpdateUserGroupPermissionsArgs = {
  input?: InputMaybe<UpdateUserGroupPermissionsInput>;
};

export type NotificationSettings = {
  __typename?: 'NotificationSettings';
  groupEmailAddresses?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  microsoftTeamsWebhookUrl?: Maybe<Scalars['String']['output']>;
  pagerDutyIntegrationKey?: Maybe<Scalars['String']['output']>;
  sendMailToNewMembers?: Maybe<Scalars['Boolean']['output']>;
  sendNotificationToMembers?: Maybe<Scalars['Boolean']['output']>;
  slackNotificationSetting?: Maybe<SlackNotificationSetting>;
};

export type NotificationSettingsInput = {
  groupEmailAddresses?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  microsoftTeamsWebhookUrl?: InputMaybe<Scalars['String']['input']>;
  pagerDutyIntegrationKey?: InputMaybe<Scalars['String']['input']>;
  sendMailToNewMembers?: InputMaybe<Scalars['Boolean']['input']>;
  sendNotificationToMembers?: InputMaybe<Scalars['Boolean']['input']>;
  slackNotificationSetting?: InputMaybe<SlackNotificationSettingInput>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  hasMore?: Maybe<Scalars['Boolean']['output']>;
  limit?: Maybe<Scalars['Int']['output']>;
  offset?: Maybe<Scalars['Int']['output']>;
  total?: Maybe<Scalars['Int']['output']>;
};

export type Permissions = {
  accountPermissions?: InputMaybe<AccountPermissionInput>;
  appPermissions?: InputMaybe<Array<InputMaybe<ApplicationPermissionInput>>>;
};

export type PipelinePermissionFilter = {
  __typename?: 'PipelinePermissionFilter';
  envIds?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  filterTypes?: Maybe<Array<Maybe<PipelinePermissionFilterType>>>;
  pipelineIds?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
};

export type PipelinePermissionFilterInput = {
  envIds?: InputMaybe<Array<Scalars['String']['input']>>;
  filterTypes?: InputMaybe<Array<InputMaybe<PipelinePermissionFilterType>>>;
  pipelineIds?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type PipelinePermissionFilterType =
  | 'ALL_PIPELINES'
  | 'NON_PRODUCTION_PIPELINES'
  | 'PRODUCTION_PIPELINES';

export type ProvisionerPermissionFilter = {
  __typename?: 'ProvisionerPermissionFilter';
  filterType?: Maybe<FilterType>;
  provisionerIds?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
};

export type ProvisionerPermissionFilterInput = {
  filterType?: InputMaybe<FilterType>;
  provisionerIds?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type Query = {
  __typename?: 'Query';
  ssoProvider?: Maybe<SsoProvider>;
  ssoProviders?: Maybe<SsoProviderConnection>;
  user?: Maybe<User>;
  /** The email is matched case-insensitively; invited users who have not set a password yet are found too. */
  userByEmail?: Maybe<User>;
  userByName?: Maybe<User>;
  userGroup?: Maybe<UserGroup>;
  userGroupByName?: Maybe<UserGroup>;
  userGroups?: Maybe<UserGroupConnection>;
  /** Without a filter, or with includeDisabled: false, disabled users are left out. */
  users?: Maybe<UserConnection>;
};


export type QuerySsoProviderArgs = {
  ssoProviderId: Scalars['String']['input'];
};


export type QuerySsoProvidersArgs = {
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUserArgs = {
  id: Scalars['String']['input'];
};


export type QueryUserByEmailArgs = {
  email: Scalars['String']['input'];
};


export type QueryUserByNameArgs = {
  name: Scalars['String']['input'];
};


export type QueryUserGroupArgs = {
  userGroupId: Scalars['String']['input'];
};


export type QueryUserGroupByNameArgs = {
  name: Scalars['String']['input'];
};


export type QueryUserGroupsArgs = {
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUsersArgs = {
  filters?: InputMaybe<Array<InputMaybe<UserFilter>>>;
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type RemoveUserFromUserGroupInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  userGroupId: Scalars['String']['input'];
  userId: Scalars['String']['input'];
};

export type RemoveUserFromUserGroupPayload = {
  __typename?: 'RemoveUserFromUserGroupPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  userGroup?: Maybe<UserGroup>;
};

export type RequestStatus =
  | 'FAILED'
  | 'SUCCESS';

/** Extension. */
export type RotateApiKeyInput = {
  accountId: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** When set (epoch milliseconds), the old key is refused from then on: the overlap window. Absent: until deleted. */
  oldKeyExpiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The key to rotate. */
  uuid: Scalars['String']['input'];
};

/** Extension. */
export type RotateApiKeyPayload = {
  __typename?: 'RotateApiKeyPayload';
  /** The new key's value, shown only in this answer. */
  apiKey?: Maybe<Scalars['String']['output']>;
  clientMutationId?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  /** The new key's id; its name and groups are the old key's. */
  uuid?: Maybe<Scalars['String']['output']>;
};

export type SamlSettings = LinkedSsoSetting & {
  __typename?: 'SAMLSettings';
  groupName?: Maybe<Scalars['String']['output']>;
  ssoProviderId?: Maybe<Scalars['String']['output']>;
};

export type SamlSettingsInput = {
  groupName: Scalars['String']['input'];
  ssoProviderId: Scalars['String']['input'];
};

export type SsoProvider = {
  __typename?: 'SSOProvider';
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  ssoType?: Maybe<SsoType>;
};

export type SsoProviderConnection = {
  __typename?: 'SSOProviderConnection';
  nodes?: Maybe<Array<Maybe<SsoProvider>>>;
  pageInfo?: Maybe<PageInfo>;
};

export type SsoSettingInput = {
  ldapSettings?: InputMaybe<LdapSettingsInput>;
  samlSettings?: InputMaybe<SamlSettingsInput>;
};

export type SsoType =
  | 'LDAP'
  | 'SAML';

export type ServicePermissionFilter = {
  __typename?: 'ServicePermissionFilter';
  filterType?: Maybe<FilterType>;
  serviceIds?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
};

export type ServicePermissionFilterInput = {
  filterType?: InputMaybe<FilterType>;
  serviceIds?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type SlackNotificationSetting = {
  __typename?: 'SlackNotificationSetting';
  slackChannelName?: Maybe<Scalars['String']['output']>;
  slackWebhookURL?: Maybe<Scalars['String']['output']>;
};

export type SlackNotificationSettingInput = {
  slackChannelName?: InputMaybe<Scalars['String']['input']>;
  slackWebhookURL?: InputMaybe<Scalars['String']['input']>;
};

export type TemplatePermissionFilter = {
  __typename?: 'TemplatePermissionFilter';
  filterType?: Maybe<FilterType>;
  templateIds?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
};

export type TemplatePermissionFilterInput = {
  filterType?: InputMaybe<FilterType>;
  templateIds?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdateApiKeyInput = {
  accountId: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** Extension: a new expiry (epoch milliseconds); null makes the key valid until deleted; absent keeps it. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  name: Scalars['String']['input'];
  userGroupIds?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  uuid: Scalars['String']['input'];
};

export type UpdateApiKeyPayload = {
  __typename?: 'UpdateApiKeyPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  uuid?: Maybe<Scalars['String']['output']>;
};

export type UpdateUserGroupInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  notificationSettings?: InputMaybe<NotificationSettingsInput>;
  permissions?: InputMaybe<Permissions>;
  ssoSetting?: InputMaybe<SsoSettingInput>;
  userGroupId: Scalars['String']['input'];
  userIds?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type UpdateUserGroupPayload = {
  __typename?: 'UpdateUserGroupPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  userGroup?: Maybe<UserGroup>;
};

export type UpdateUserGroupPermissionsInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  permissions: Permissions;
  userGroupId: Scalars['String']['input'];
};

export type UpdateUserGroupPermissionsPayload = {
  __typename?: 'UpdateUserGroupPermissionsPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  permissions?: Maybe<UserGroupPermissions>;
};

export type UpdateUserInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  externalUserId?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  userGroupIds?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdateUserPayload = {
  __typename?: 'UpdateUserPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  user?: Maybe<User>;
};

export type User = {
  __typename?: 'User';
  email?: Maybe<Scalars['String']['output']>;
  externalUserId?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  isDisabled?: Maybe<Scalars['Boolean']['output']>;
  isEmailVerified?: Maybe<Scalars['Boolean']['output']>;
  isImportedFromIdentityProvider?: Maybe<Scalars['Boolean']['output']>;
  isPasswordExpired?: Maybe<Scalars['Boolean']['output']>;
  isTwoFactorAuthenticationEnabled?: Maybe<Scalars['Boolean']['output']>;
  isUserLocked?: Maybe<Scalars['Boolean']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  userGroups?: Maybe<UserGroupConnection>;
};


export type UserUserGroupsArgs = {
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type UserConnection = {
  __typename?: 'UserConnection';
  nodes?: Maybe<Array<Maybe<User>>>;
  pageInfo?: Maybe<PageInfo>;
};

export type UserFilter = {
  includeDisabled: Scalars['Boolean']['input'];
};

export type UserGroup = {
  __typename?: 'UserGroup';
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  importedByScim?: Maybe<Scalars['Boolean']['output']>;
  isSSOLinked?: Maybe<Scalars['Boolean']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  notificationSettings?: Maybe<NotificationSettings>;
  permissions?: Maybe<UserGroupPermissions>;
  ssoSetting?: Maybe<LinkedSsoSetting>;
  users?: Maybe<UserConnection>;
};


export type UserGroupUsersArgs = {
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type UserGroupConnection = {
  __typename?: 'UserGroupConnection';
  nodes?: Maybe<Array<Maybe<UserGroup>>>;
  pageInfo?: Maybe<PageInfo>;
};

export type UserGroupPermissions = {
  __typename?: 'UserGroupPermissions';
  accountPermissions?: Maybe<AccountPermissions>;
  appPermissions?: Maybe<Array<Maybe<ApplicationPermission>>>;
};

export type WorkflowPermissionFilter = {
  __typename?: 'WorkflowPermissionFilter';
  envIds?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  filterTypes?: Maybe<Array<Maybe<WorkflowPermissionFilterType>>>;
  workflowIds?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
};

export type WorkflowPermissionFilterInput = {
  envIds?: InputMaybe<Array<Scalars['String']['input']>>;
  filterTypes?: InputMaybe<Array<InputMaybe<WorkflowPermissionFilterType>>>;
  workflowIds?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type WorkflowPermissionFilterType =
  | 'ALL_WORKFLOWS'
  | 'NON_PRODUCTION_WORKFLOWS'
  | 'PRODUCTION_WORKFLOWS'
  | 'WORKFLOW_TEMPLATES';



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
  APIKey: ApiKey;
  User: User;
  UserGroup: UserGroup;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  APIKey:
    ( { __typename: 'APIKey' }
    & GraphQLRecursivePick<FederationTypes['APIKey'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
  UserGroup:
    ( { __typename: 'UserGroup' }
    & GraphQLRecursivePick<FederationTypes['UserGroup'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  APIKey: ResolverTypeWrapper<ApiKey>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AcceptUserInviteInput: AcceptUserInviteInput;
  AcceptUserInvitePayload: ResolverTypeWrapper<Omit<AcceptUserInvitePayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  AccountPermissionInput: AccountPermissionInput;
  AccountPermissionType: AccountPermissionType;
  AccountPermissions: ResolverTypeWrapper<AccountPermissions>;
  Actions: Actions;
  AddAccountPermissionInput: AddAccountPermissionInput;
  AddAccountPermissionPayload: ResolverTypeWrapper<Omit<AddAccountPermissionPayload, 'userGroup'> & { userGroup?: Maybe<ResolversTypes['UserGroup']> }>;
  AddAppPermissionInput: AddAppPermissionInput;
  AddAppPermissionPayload: ResolverTypeWrapper<Omit<AddAppPermissionPayload, 'userGroup'> & { userGroup?: Maybe<ResolversTypes['UserGroup']> }>;
  AddUserToUserGroupInput: AddUserToUserGroupInput;
  AddUserToUserGroupPayload: ResolverTypeWrapper<Omit<AddUserToUserGroupPayload, 'userGroup'> & { userGroup?: Maybe<ResolversTypes['UserGroup']> }>;
  AppFilter: ResolverTypeWrapper<AppFilter>;
  AppFilterInput: AppFilterInput;
  AppPermissionType: AppPermissionType;
  ApplicationPermission: ResolverTypeWrapper<ApplicationPermission>;
  ApplicationPermissionInput: ApplicationPermissionInput;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: ResolverTypeWrapper<CreateApiKeyPayload>;
  CreateUserGroupInput: CreateUserGroupInput;
  CreateUserGroupPayload: ResolverTypeWrapper<Omit<CreateUserGroupPayload, 'userGroup'> & { userGroup?: Maybe<ResolversTypes['UserGroup']> }>;
  CreateUserInput: CreateUserInput;
  CreateUserPayload: ResolverTypeWrapper<Omit<CreateUserPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteApiKeyInput: DeleteApiKeyInput;
  DeleteApiKeyPayload: ResolverTypeWrapper<DeleteApiKeyPayload>;
  DeleteUserGroupInput: DeleteUserGroupInput;
  DeleteUserGroupPayload: ResolverTypeWrapper<DeleteUserGroupPayload>;
  DeleteUserInput: DeleteUserInput;
  DeleteUserPayload: ResolverTypeWrapper<DeleteUserPayload>;
  DeploymentPermissionFilter: ResolverTypeWrapper<DeploymentPermissionFilter>;
  DeploymentPermissionFilterInput: DeploymentPermissionFilterInput;
  DeploymentPermissionFilterType: DeploymentPermissionFilterType;
  EnvFilterType: EnvFilterType;
  EnvPermissionFilter: ResolverTypeWrapper<EnvPermissionFilter>;
  EnvPermissionFilterInput: EnvPermissionFilterInput;
  ExecutableElementFilter: ResolverTypeWrapper<ExecutableElementFilter>;
  ExecutableElementFilterInput: ExecutableElementFilterInput;
  ExecutableElementFilterType: ExecutableElementFilterType;
  ExecutableElementType: ExecutableElementType;
  FilterAppType: FilterAppType;
  FilterType: FilterType;
  LDAPSettings: ResolverTypeWrapper<LinkedSsoSettingModel>;
  LDAPSettingsInput: LdapSettingsInput;
  LinkedSSOSetting: ResolverTypeWrapper<LinkedSsoSettingModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NotificationSettings: ResolverTypeWrapper<NotificationSettings>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  NotificationSettingsInput: NotificationSettingsInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Permissions: Permissions;
  PipelinePermissionFilter: ResolverTypeWrapper<PipelinePermissionFilter>;
  PipelinePermissionFilterInput: PipelinePermissionFilterInput;
  PipelinePermissionFilterType: PipelinePermissionFilterType;
  ProvisionerPermissionFilter: ResolverTypeWrapper<ProvisionerPermissionFilter>;
  ProvisionerPermissionFilterInput: ProvisionerPermissionFilterInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RemoveUserFromUserGroupInput: RemoveUserFromUserGroupInput;
  RemoveUserFromUserGroupPayload: ResolverTypeWrapper<Omit<RemoveUserFromUserGroupPayload, 'userGroup'> & { userGroup?: Maybe<ResolversTypes['UserGroup']> }>;
  RequestStatus: RequestStatus;
  RotateApiKeyInput: RotateApiKeyInput;
  RotateApiKeyPayload: ResolverTypeWrapper<RotateApiKeyPayload>;
  SAMLSettings: ResolverTypeWrapper<LinkedSsoSettingModel>;
  SAMLSettingsInput: SamlSettingsInput;
  SSOProvider: ResolverTypeWrapper<SsoProviderModel>;
  SSOProviderConnection: ResolverTypeWrapper<ConnectionModel<SsoProviderModel>>;
  SSOSettingInput: SsoSettingInput;
  SSOType: SsoType;
  ServicePermissionFilter: ResolverTypeWrapper<ServicePermissionFilter>;
  ServicePermissionFilterInput: ServicePermissionFilterInput;
  SlackNotificationSetting: ResolverTypeWrapper<SlackNotificationSetting>;
  SlackNotificationSettingInput: SlackNotificationSettingInput;
  TemplatePermissionFilter: ResolverTypeWrapper<TemplatePermissionFilter>;
  TemplatePermissionFilterInput: TemplatePermissionFilterInput;
  UpdateApiKeyInput: UpdateApiKeyInput;
  UpdateApiKeyPayload: ResolverTypeWrapper<UpdateApiKeyPayload>;
  UpdateUserGroupInput: UpdateUserGroupInput;
  UpdateUserGroupPayload: ResolverTypeWrapper<Omit<UpdateUserGroupPayload, 'userGroup'> & { userGroup?: Maybe<ResolversTypes['UserGroup']> }>;
  UpdateUserGroupPermissionsInput: UpdateUserGroupPermissionsInput;
  UpdateUserGroupPermissionsPayload: ResolverTypeWrapper<UpdateUserGroupPermissionsPayload>;
  UpdateUserInput: UpdateUserInput;
  UpdateUserPayload: ResolverTypeWrapper<Omit<UpdateUserPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  User: ResolverTypeWrapper<UserModel>;
  UserConnection: ResolverTypeWrapper<ConnectionModel<UserModel>>;
  UserFilter: UserFilter;
  UserGroup: ResolverTypeWrapper<UserGroupModel>;
  UserGroupConnection: ResolverTypeWrapper<ConnectionModel<UserGroupModel>>;
  UserGroupPermissions: ResolverTypeWrapper<UserGroupPermissions>;
  WorkflowPermissionFilter: ResolverTypeWrapper<WorkflowPermissionFilter>;
  WorkflowPermissionFilterInput: WorkflowPermissionFilterInput;
  WorkflowPermissionFilterType: WorkflowPermissionFilterType;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  APIKey: ApiKey | FederationReferenceTypes['APIKey'];
  String: Scalars['String']['output'];
  AcceptUserInviteInput: AcceptUserInviteInput;
  AcceptUserInvitePayload: Omit<AcceptUserInvitePayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  AccountPermissionInput: AccountPermissionInput;
  AccountPermissions: AccountPermissions;
  AddAccountPermissionInput: AddAccountPermissionInput;
  AddAccountPermissionPayload: Omit<AddAccountPermissionPayload, 'userGroup'> & { userGroup?: Maybe<ResolversParentTypes['UserGroup']> };
  AddAppPermissionInput: AddAppPermissionInput;
  AddAppPermissionPayload: Omit<AddAppPermissionPayload, 'userGroup'> & { userGroup?: Maybe<ResolversParentTypes['UserGroup']> };
  AddUserToUserGroupInput: AddUserToUserGroupInput;
  AddUserToUserGroupPayload: Omit<AddUserToUserGroupPayload, 'userGroup'> & { userGroup?: Maybe<ResolversParentTypes['UserGroup']> };
  AppFilter: AppFilter;
  AppFilterInput: AppFilterInput;
  ApplicationPermission: ApplicationPermission;
  ApplicationPermissionInput: ApplicationPermissionInput;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: CreateApiKeyPayload;
  CreateUserGroupInput: CreateUserGroupInput;
  CreateUserGroupPayload: Omit<CreateUserGroupPayload, 'userGroup'> & { userGroup?: Maybe<ResolversParentTypes['UserGroup']> };
  CreateUserInput: CreateUserInput;
  CreateUserPayload: Omit<CreateUserPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  DateTime: Scalars['DateTime']['output'];
  DeleteApiKeyInput: DeleteApiKeyInput;
  DeleteApiKeyPayload: DeleteApiKeyPayload;
  DeleteUserGroupInput: DeleteUserGroupInput;
  DeleteUserGroupPayload: DeleteUserGroupPayload;
  DeleteUserInput: DeleteUserInput;
  DeleteUserPayload: DeleteUserPayload;
  DeploymentPermissionFilter: DeploymentPermissionFilter;
  DeploymentPermissionFilterInput: DeploymentPermissionFilterInput;
  EnvPermissionFilter: EnvPermissionFilter;
  EnvPermissionFilterInput: EnvPermissionFilterInput;
  ExecutableElementFilter: ExecutableElementFilter;
  ExecutableElementFilterInput: ExecutableElementFilterInput;
  LDAPSettings: LinkedSsoSettingModel;
  LDAPSettingsInput: LdapSettingsInput;
  LinkedSSOSetting: LinkedSsoSettingModel;
  Mutation: Record<PropertyKey, never>;
  NotificationSettings: NotificationSettings;
  Boolean: Scalars['Boolean']['output'];
  NotificationSettingsInput: NotificationSettingsInput;
  PageInfo: PageInfo;
  Int: Scalars['Int']['output'];
  Permissions: Permissions;
  PipelinePermissionFilter: PipelinePermissionFilter;
  PipelinePermissionFilterInput: PipelinePermissionFilterInput;
  ProvisionerPermissionFilter: ProvisionerPermissionFilter;
  ProvisionerPermissionFilterInput: ProvisionerPermissionFilterInput;
  Query: Record<PropertyKey, never>;
  RemoveUserFromUserGroupInput: RemoveUserFromUserGroupInput;
  RemoveUserFromUserGroupPayload: Omit<RemoveUserFromUserGroupPayload, 'userGroup'> & { userGroup?: Maybe<ResolversParentTypes['UserGroup']> };
  RotateApiKeyInput: RotateApiKeyInput;
  RotateApiKeyPayload: RotateApiKeyPayload;
  SAMLSettings: LinkedSsoSettingModel;
  SAMLSettingsInput: SamlSettingsInput;
  SSOProvider: SsoProviderModel;
  SSOProviderConnection: ConnectionModel<SsoProviderModel>;
  SSOSettingInput: SsoSettingInput;
  ServicePermissionFilter: ServicePermissionFilter;
  ServicePermissionFilterInput: ServicePermissionFilterInput;
  SlackNotificationSetting: SlackNotificationSetting;
  SlackNotificationSettingInput: SlackNotificationSettingInput;
  TemplatePermissionFilter: TemplatePermissionFilter;
  TemplatePermissionFilterInput: TemplatePermissionFilterInput;
  UpdateApiKeyInput: UpdateApiKeyInput;
  UpdateApiKeyPayload: UpdateApiKeyPayload;
  UpdateUserGroupInput: UpdateUserGroupInput;
  UpdateUserGroupPayload: Omit<UpdateUserGroupPayload, 'userGroup'> & { userGroup?: Maybe<ResolversParentTypes['UserGroup']> };
  UpdateUserGroupPermissionsInput: UpdateUserGroupPermissionsInput;
  UpdateUserGroupPermissionsPayload: UpdateUserGroupPermissionsPayload;
  UpdateUserInput: UpdateUserInput;
  UpdateUserPayload: Omit<UpdateUserPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  User: UserModel;
  UserConnection: ConnectionModel<UserModel>;
  UserFilter: UserFilter;
  UserGroup: UserGroupModel;
  UserGroupConnection: ConnectionModel<UserGroupModel>;
  UserGroupPermissions: UserGroupPermissions;
  WorkflowPermissionFilter: WorkflowPermissionFilter;
  WorkflowPermissionFilterInput: WorkflowPermissionFilterInput;
};

export type ApiKeyResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['APIKey'] = ResolversParentTypes['APIKey'], FederationReferenceType extends FederationReferenceTypes['APIKey'] = FederationReferenceTypes['APIKey']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['APIKey']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AcceptUserInvitePayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AcceptUserInvitePayload'] = ResolversParentTypes['AcceptUserInvitePayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type AccountPermissionsResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AccountPermissions'] = ResolversParentTypes['AccountPermissions']> = {
  accountPermissionTypes?: Resolver<Maybe<Array<Maybe<ResolversTypes['AccountPermissionType']>>>, ParentType, ContextType>;
};

export type AddAccountPermissionPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AddAccountPermissionPayload'] = ResolversParentTypes['AddAccountPermissionPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userGroup?: Resolver<Maybe<ResolversTypes['UserGroup']>, ParentType, ContextType>;
};

export type AddAppPermissionPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AddAppPermissionPayload'] = ResolversParentTypes['AddAppPermissionPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userGroup?: Resolver<Maybe<ResolversTypes['UserGroup']>, ParentType, ContextType>;
};

export type AddUserToUserGroupPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AddUserToUserGroupPayload'] = ResolversParentTypes['AddUserToUserGroupPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userGroup?: Resolver<Maybe<ResolversTypes['UserGroup']>, ParentType, ContextType>;
};

export type AppFilterResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AppFilter'] = ResolversParentTypes['AppFilter']> = {
  appIds?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  filterType?: Resolver<Maybe<ResolversTypes['FilterAppType']>, ParentType, ContextType>;
};

export type ApplicationPermissionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ApplicationPermission'] = ResolversParentTypes['ApplicationPermission']> = {
  actions?: Resolver<Maybe<Array<Maybe<ResolversTypes['Actions']>>>, ParentType, ContextType>;
  applications?: Resolver<Maybe<ResolversTypes['AppFilter']>, ParentType, ContextType>;
  deployments?: Resolver<Maybe<ResolversTypes['DeploymentPermissionFilter']>, ParentType, ContextType>;
  environments?: Resolver<Maybe<ResolversTypes['EnvPermissionFilter']>, ParentType, ContextType>;
  permissionType?: Resolver<Maybe<ResolversTypes['AppPermissionType']>, ParentType, ContextType>;
  pipelines?: Resolver<Maybe<ResolversTypes['PipelinePermissionFilter']>, ParentType, ContextType>;
  provisioners?: Resolver<Maybe<ResolversTypes['ProvisionerPermissionFilter']>, ParentType, ContextType>;
  services?: Resolver<Maybe<ResolversTypes['ServicePermissionFilter']>, ParentType, ContextType>;
  templates?: Resolver<Maybe<ResolversTypes['TemplatePermissionFilter']>, ParentType, ContextType>;
  workflows?: Resolver<Maybe<ResolversTypes['WorkflowPermissionFilter']>, ParentType, ContextType>;
};

export type CreateApiKeyPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['CreateApiKeyPayload'] = ResolversParentTypes['CreateApiKeyPayload']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  uuid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CreateUserGroupPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['CreateUserGroupPayload'] = ResolversParentTypes['CreateUserGroupPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userGroup?: Resolver<Maybe<ResolversTypes['UserGroup']>, ParentType, ContextType>;
};

export type CreateUserPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['CreateUserPayload'] = ResolversParentTypes['CreateUserPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inviteToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteApiKeyPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['DeleteApiKeyPayload'] = ResolversParentTypes['DeleteApiKeyPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DeleteUserGroupPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['DeleteUserGroupPayload'] = ResolversParentTypes['DeleteUserGroupPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DeleteUserPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['DeleteUserPayload'] = ResolversParentTypes['DeleteUserPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DeploymentPermissionFilterResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['DeploymentPermissionFilter'] = ResolversParentTypes['DeploymentPermissionFilter']> = {
  envIds?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  executableElementFilter?: Resolver<Maybe<ResolversTypes['ExecutableElementFilter']>, ParentType, ContextType>;
  filterTypes?: Resolver<Maybe<Array<Maybe<ResolversTypes['DeploymentPermissionFilterType']>>>, ParentType, ContextType>;
};

export type EnvPermissionFilterResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['EnvPermissionFilter'] = ResolversParentTypes['EnvPermissionFilter']> = {
  envIds?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  filterTypes?: Resolver<Maybe<Array<Maybe<ResolversTypes['EnvFilterType']>>>, ParentType, ContextType>;
};

export type ExecutableElementFilterResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ExecutableElementFilter'] = ResolversParentTypes['ExecutableElementFilter']> = {
  executableElementFilterType?: Resolver<Maybe<ResolversTypes['ExecutableElementFilterType']>, ParentType, ContextType>;
  executableElementType?: Resolver<ResolversTypes['ExecutableElementType'], ParentType, ContextType>;
  ids?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
};

export type LdapSettingsResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['LDAPSettings'] = ResolversParentTypes['LDAPSettings']> = {
  groupDN?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  groupName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ssoProviderId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LinkedSsoSettingResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['LinkedSSOSetting'] = ResolversParentTypes['LinkedSSOSetting']> = {
  __resolveType: TypeResolveFn<'LDAPSettings' | 'SAMLSettings', ParentType, ContextType>;
};

export type MutationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptUserInvite?: Resolver<Maybe<ResolversTypes['AcceptUserInvitePayload']>, ParentType, ContextType, RequireFields<MutationAcceptUserInviteArgs, 'input'>>;
  addAccountPermission?: Resolver<Maybe<ResolversTypes['AddAccountPermissionPayload']>, ParentType, ContextType, RequireFields<MutationAddAccountPermissionArgs, 'input'>>;
  addAppPermission?: Resolver<Maybe<ResolversTypes['AddAppPermissionPayload']>, ParentType, ContextType, RequireFields<MutationAddAppPermissionArgs, 'input'>>;
  addUserToUserGroup?: Resolver<Maybe<ResolversTypes['AddUserToUserGroupPayload']>, ParentType, ContextType, RequireFields<MutationAddUserToUserGroupArgs, 'input'>>;
  createApiKey?: Resolver<Maybe<ResolversTypes['CreateApiKeyPayload']>, ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  createUser?: Resolver<Maybe<ResolversTypes['CreateUserPayload']>, ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  createUserGroup?: Resolver<Maybe<ResolversTypes['CreateUserGroupPayload']>, ParentType, ContextType, RequireFields<MutationCreateUserGroupArgs, 'input'>>;
  deleteApiKey?: Resolver<Maybe<ResolversTypes['DeleteApiKeyPayload']>, ParentType, ContextType, RequireFields<MutationDeleteApiKeyArgs, 'input'>>;
  deleteUser?: Resolver<Maybe<ResolversTypes['DeleteUserPayload']>, ParentType, ContextType, RequireFields<MutationDeleteUserArgs, 'input'>>;
  deleteUserGroup?: Resolver<Maybe<ResolversTypes['DeleteUserGroupPayload']>, ParentType, ContextType, RequireFields<MutationDeleteUserGroupArgs, 'input'>>;
  removeUserFromUserGroup?: Resolver<Maybe<ResolversTypes['RemoveUserFromUserGroupPayload']>, ParentType, ContextType, RequireFields<MutationRemoveUserFromUserGroupArgs, 'input'>>;
  rotateApiKey?: Resolver<Maybe<ResolversTypes['RotateApiKeyPayload']>, ParentType, ContextType, RequireFields<MutationRotateApiKeyArgs, 'input'>>;
  updateApiKey?: Resolver<Maybe<ResolversTypes['UpdateApiKeyPayload']>, ParentType, ContextType, RequireFields<MutationUpdateApiKeyArgs, 'input'>>;
  updateUser?: Resolver<Maybe<ResolversTypes['UpdateUserPayload']>, ParentType, ContextType, RequireFields<MutationUpdateUserArgs, 'input'>>;
  updateUserGroup?: Resolver<Maybe<ResolversTypes['UpdateUserGroupPayload']>, ParentType, ContextType, RequireFields<MutationUpdateUserGroupArgs, 'input'>>;
  updateUserGroupPermissions?: Resolver<Maybe<ResolversTypes['UpdateUserGroupPermissionsPayload']>, ParentType, ContextType, Partial<MutationUpdateUserGroupPermissionsArgs>>;
};

export type NotificationSettingsResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['NotificationSettings'] = ResolversParentTypes['NotificationSettings']> = {
  groupEmailAddresses?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  microsoftTeamsWebhookUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pagerDutyIntegrationKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sendMailToNewMembers?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  sendNotificationToMembers?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  slackNotificationSetting?: Resolver<Maybe<ResolversTypes['SlackNotificationSetting']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  hasMore?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  limit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  offset?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type PipelinePermissionFilterResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PipelinePermissionFilter'] = ResolversParentTypes['PipelinePermissionFilter']> = {
  envIds?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  filterTypes?: Resolver<Maybe<Array<Maybe<ResolversTypes['PipelinePermissionFilterType']>>>, ParentType, ContextType>;
  pipelineIds?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
};

export type ProvisionerPermissionFilterResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ProvisionerPermissionFilter'] = ResolversParentTypes['ProvisionerPermissionFilter']> = {
  filterType?: Resolver<Maybe<ResolversTypes['FilterType']>, ParentType, ContextType>;
  provisionerIds?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  ssoProvider?: Resolver<Maybe<ResolversTypes['SSOProvider']>, ParentType, ContextType, RequireFields<QuerySsoProviderArgs, 'ssoProviderId'>>;
  ssoProviders?: Resolver<Maybe<ResolversTypes['SSOProviderConnection']>, ParentType, ContextType, RequireFields<QuerySsoProvidersArgs, 'limit'>>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
  userByEmail?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserByEmailArgs, 'email'>>;
  userByName?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserByNameArgs, 'name'>>;
  userGroup?: Resolver<Maybe<ResolversTypes['UserGroup']>, ParentType, ContextType, RequireFields<QueryUserGroupArgs, 'userGroupId'>>;
  userGroupByName?: Resolver<Maybe<ResolversTypes['UserGroup']>, ParentType, ContextType, RequireFields<QueryUserGroupByNameArgs, 'name'>>;
  userGroups?: Resolver<Maybe<ResolversTypes['UserGroupConnection']>, ParentType, ContextType, RequireFields<QueryUserGroupsArgs, 'limit'>>;
  users?: Resolver<Maybe<ResolversTypes['UserConnection']>, ParentType, ContextType, RequireFields<QueryUsersArgs, 'limit'>>;
};

export type RemoveUserFromUserGroupPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['RemoveUserFromUserGroupPayload'] = ResolversParentTypes['RemoveUserFromUserGroupPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userGroup?: Resolver<Maybe<ResolversTypes['UserGroup']>, ParentType, ContextType>;
};

export type RotateApiKeyPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['RotateApiKeyPayload'] = ResolversParentTypes['RotateApiKeyPayload']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  uuid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SamlSettingsResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['SAMLSettings'] = ResolversParentTypes['SAMLSettings']> = {
  groupName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ssoProviderId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SsoProviderResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['SSOProvider'] = ResolversParentTypes['SSOProvider']> = {
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ssoType?: Resolver<Maybe<ResolversTypes['SSOType']>, ParentType, ContextType>;
};

export type SsoProviderConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['SSOProviderConnection'] = ResolversParentTypes['SSOProviderConnection']> = {
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['SSOProvider']>>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
};

export type ServicePermissionFilterResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ServicePermissionFilter'] = ResolversParentTypes['ServicePermissionFilter']> = {
  filterType?: Resolver<Maybe<ResolversTypes['FilterType']>, ParentType, ContextType>;
  serviceIds?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
};

export type SlackNotificationSettingResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['SlackNotificationSetting'] = ResolversParentTypes['SlackNotificationSetting']> = {
  slackChannelName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  slackWebhookURL?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TemplatePermissionFilterResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['TemplatePermissionFilter'] = ResolversParentTypes['TemplatePermissionFilter']> = {
  filterType?: Resolver<Maybe<ResolversTypes['FilterType']>, ParentType, ContextType>;
  templateIds?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
};

export type UpdateApiKeyPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UpdateApiKeyPayload'] = ResolversParentTypes['UpdateApiKeyPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  uuid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UpdateUserGroupPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UpdateUserGroupPayload'] = ResolversParentTypes['UpdateUserGroupPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userGroup?: Resolver<Maybe<ResolversTypes['UserGroup']>, ParentType, ContextType>;
};

export type UpdateUserGroupPermissionsPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UpdateUserGroupPermissionsPayload'] = ResolversParentTypes['UpdateUserGroupPermissionsPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  permissions?: Resolver<Maybe<ResolversTypes['UserGroupPermissions']>, ParentType, ContextType>;
};

export type UpdateUserPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UpdateUserPayload'] = ResolversParentTypes['UpdateUserPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalUserId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isDisabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isEmailVerified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isImportedFromIdentityProvider?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isPasswordExpired?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isTwoFactorAuthenticationEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isUserLocked?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userGroups?: Resolver<Maybe<ResolversTypes['UserGroupConnection']>, ParentType, ContextType, RequireFields<UserUserGroupsArgs, 'limit'>>;
};

export type UserConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UserConnection'] = ResolversParentTypes['UserConnection']> = {
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['User']>>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
};

export type UserGroupResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UserGroup'] = ResolversParentTypes['UserGroup'], FederationReferenceType extends FederationReferenceTypes['UserGroup'] = FederationReferenceTypes['UserGroup']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['UserGroup']> | FederationReferenceType, FederationReferenceType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  importedByScim?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isSSOLinked?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notificationSettings?: Resolver<Maybe<ResolversTypes['NotificationSettings']>, ParentType, ContextType>;
  permissions?: Resolver<Maybe<ResolversTypes['UserGroupPermissions']>, ParentType, ContextType>;
  ssoSetting?: Resolver<Maybe<ResolversTypes['LinkedSSOSetting']>, ParentType, ContextType>;
  users?: Resolver<Maybe<ResolversTypes['UserConnection']>, ParentType, ContextType, RequireFields<UserGroupUsersArgs, 'limit'>>;
};

export type UserGroupConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UserGroupConnection'] = ResolversParentTypes['UserGroupConnection']> = {
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['UserGroup']>>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
};

export type UserGroupPermissionsResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UserGroupPermissions'] = ResolversParentTypes['UserGroupPermissions']> = {
  accountPermissions?: Resolver<Maybe<ResolversTypes['AccountPermissions']>, ParentType, ContextType>;
  appPermissions?: Resolver<Maybe<Array<Maybe<ResolversTypes['ApplicationPermission']>>>, ParentType, ContextType>;
};

export type WorkflowPermissionFilterResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['WorkflowPermissionFilter'] = ResolversParentTypes['WorkflowPermissionFilter']> = {
  envIds?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  filterTypes?: Resolver<Maybe<Array<Maybe<ResolversTypes['WorkflowPermissionFilterType']>>>, ParentType, ContextType>;
  workflowIds?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
};

export type Resolvers<ContextType = IdentityContext> = {
  APIKey?: ApiKeyResolvers<ContextType>;
  AcceptUserInvitePayload?: AcceptUserInvitePayloadResolvers<ContextType>;
  AccountPermissions?: AccountPermissionsResolvers<ContextType>;
  AddAccountPermissionPayload?: AddAccountPermissionPayloadResolvers<ContextType>;
  AddAppPermissionPayload?: AddAppPermissionPayloadResolvers<ContextType>;
  AddUserToUserGroupPayload?: AddUserToUserGroupPayloadResolvers<ContextType>;
  AppFilter?: AppFilterResolvers<ContextType>;
  ApplicationPermission?: ApplicationPermissionResolvers<ContextType>;
  CreateApiKeyPayload?: CreateApiKeyPayloadResolvers<ContextType>;
  CreateUserGroupPayload?: CreateUserGroupPayloadResolvers<ContextType>;
  CreateUserPayload?: CreateUserPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeleteApiKeyPayload?: DeleteApiKeyPayloadResolvers<ContextType>;
  DeleteUserGroupPayload?: DeleteUserGroupPayloadResolvers<ContextType>;
  DeleteUserPayload?: DeleteUserPayloadResolvers<ContextType>;
  DeploymentPermissionFilter?: DeploymentPermissionFilterResolvers<ContextType>;
  EnvPermissionFilter?: EnvPermissionFilterResolvers<ContextType>;
  ExecutableElementFilter?: ExecutableElementFilterResolvers<ContextType>;
  LDAPSettings?: LdapSettingsResolvers<ContextType>;
  LinkedSSOSetting?: LinkedSsoSettingResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NotificationSettings?: NotificationSettingsResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PipelinePermissionFilter?: PipelinePermissionFilterResolvers<ContextType>;
  ProvisionerPermissionFilter?: ProvisionerPermissionFilterResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RemoveUserFromUserGroupPayload?: RemoveUserFromUserGroupPayloadResolvers<ContextType>;
  RotateApiKeyPayload?: RotateApiKeyPayloadResolvers<ContextType>;
  SAMLSettings?: SamlSettingsResolvers<ContextType>;
  SSOProvider?: SsoProviderResolvers<ContextType>;
  SSOProviderConnection?: SsoProviderConnectionResolvers<ContextType>;
  ServicePermissionFilter?: ServicePermissionFilterResolvers<ContextType>;
  SlackNotificationSetting?: SlackNotificationSettingResolvers<ContextType>;
  TemplatePermissionFilter?: TemplatePermissionFilterResolvers<ContextType>;
  UpdateApiKeyPayload?: UpdateApiKeyPayloadResolvers<ContextType>;
  UpdateUserGroupPayload?: UpdateUserGroupPayloadResolvers<ContextType>;
  UpdateUserGroupPermissionsPayload?: UpdateUserGroupPermissionsPayloadResolvers<ContextType>;
  UpdateUserPayload?: UpdateUserPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserGroup?: UserGroupResolvers<ContextType>;
  UserGroupConnection?: UserGroupConnectionResolvers<ContextType>;
  UserGroupPermissions?: UserGroupPermissionsResolvers<ContextType>;
  WorkflowPermissionFilter?: WorkflowPermissionFilterResolvers<ContextType>;
};

