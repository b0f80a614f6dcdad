import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { generateSecret } from '@fg/hashed-secrets';
import { AccountRepository, ApiKeyRepository, UserGroupRepository } from '@fg/identity-users-groups/data-access';
import { PipelineRepository, WorkflowRepository } from '@fg/pipelines-workflows-executions/data-access';
import { callGateway, startStack, type GatewayAnswer, type Stack } from './stack';

/** Every name account A's data carries: it must never appear in an answer to account B. */
const A_MARKER = 'alpha-private';

interface Tenant {
  accountId: string;
  apiKey: string;
}

/** The ids of one account's data, one entity of every kind the API has. */
interface Seeded {
  accountId: string;
  application: string;
  service: string;
  environment: string;
  infrastructure: string;
  tag: string;
  secret: string;
  secretManager: string;
  cloudProvider: string;
  connector: string;
  artifactSource: string;
  artifact: string;
  userGroup: string;
  user: string;
  inviteToken: string;
  apiKey: string;
  pipeline: string;
  trigger: string;
  workflow: string;
  /** A workflow execution waiting on an approval (step 0.0). */
  execution: string;
  delegateTask: string;
  executionExport: string;
  delegate: string;
  delegateScope: string;
  ssoProvider: string;
}

/**
 * What account B sends against account A's ids, for every Query and Mutation field of the composed schema.
 * `refused`: the field answers null with NOT_FOUND or FORBIDDEN. `unknown-reference`: a write in B's own account that
 * names A's entity in its input answers null with BAD_USER_INPUT (the reference does not exist for B). `scoped`: the
 * operation may succeed, in B's own account (lists, creates), but must not show A's data. In every case A's data must
 * be unchanged afterwards.
 */
type Outcome = 'refused' | 'unknown-reference' | 'scoped';
type Case = (a: Seeded) => { query: string; variables?: Record<string, unknown>; outcome?: Outcome };

const mutation = (field: string, inputType: string, selection: string, outcome: Outcome = 'refused') => (input: Record<string, unknown>) => ({
  query: `mutation($input: ${inputType}!) { ${field}(input: $input) { ${selection} } }`,
  variables: { input },
  outcome,
});

const CASES: Record<string, Case> = {
  // Queries: A's ids and names asked for directly, and lists filtered on A's ids.
  application: (a) => ({ query: `{ application(applicationId: "${a.application}") { id name } }` }),
  applicationByName: () => ({ query: `{ applicationByName(name: "${A_MARKER}-app") { id name } }` }),
  applications: (a) => ({ query: `{ applications(limit: 100, filters: [{ application: { operator: IN, values: ["${a.application}"] } }]) { nodes { id name } } }`, outcome: 'scoped' }),
  service: (a) => ({ query: `{ service(serviceId: "${a.service}") { id name } }` }),
  services: (a) => ({ query: `{ services(limit: 100, filters: [{ application: { operator: IN, values: ["${a.application}"] } }]) { nodes { id name } } }`, outcome: 'scoped' }),
  environment: (a) => ({ query: `{ environment(environmentId: "${a.environment}") { id name } }` }),
  environments: (a) => ({ query: `{ environments(limit: 100, filters: [{ application: { operator: IN, values: ["${a.application}"] } }]) { nodes { id name } } }`, outcome: 'scoped' }),
  infrastructureDefinition: (a) => ({ query: `{ infrastructureDefinition(infrastructureId: "${a.infrastructure}") { id name } }` }),
  infrastructureDefinitionByName: (a) => ({ query: `{ infrastructureDefinitionByName(infrastructureName: "${A_MARKER}-infra", environmentId: "${a.environment}") { id name } }` }),
  infrastructureDefinitions: (a) => ({ query: `{ infrastructureDefinitions(limit: 100, filters: [{ environment: { operator: IN, values: ["${a.environment}"] } }]) { nodes { id name } } }`, outcome: 'scoped' }),
  tag: (a) => ({ query: `{ tag(tagId: "${a.tag}") { id name } }` }),
  tagByName: () => ({ query: `{ tagByName(name: "${A_MARKER}-tag") { id name } }` }),
  tags: (a) => ({ query: `{ tags(limit: 100, filters: [{ tagId: { operator: IN, values: ["${a.tag}"] } }]) { nodes { id name } } }`, outcome: 'scoped' }),
  applicationStats: (a) => ({ query: `{ applicationStats(filters: [{ application: { operator: IN, values: ["${a.application}"] } }]) { __typename } }`, outcome: 'scoped' }),
  serviceStats: (a) => ({ query: `{ serviceStats(filters: [{ application: { operator: IN, values: ["${a.application}"] } }]) { __typename } }`, outcome: 'scoped' }),
  environmentStats: (a) => ({ query: `{ environmentStats(filters: [{ application: { operator: IN, values: ["${a.application}"] } }]) { __typename } }`, outcome: 'scoped' }),
  cloudProvider: (a) => ({ query: `{ cloudProvider(cloudProviderId: "${a.cloudProvider}") { id name } }` }),
  cloudProviderByName: () => ({ query: `{ cloudProviderByName(name: "${A_MARKER}-gcp") { id name } }` }),
  cloudProviders: (a) => ({ query: `{ cloudProviders(limit: 100, filters: [{ cloudProvider: { operator: IN, values: ["${a.cloudProvider}"] } }]) { nodes { id name } } }`, outcome: 'scoped' }),
  connector: (a) => ({ query: `{ connector(connectorId: "${a.connector}") { id name } }` }),
  connectors: (a) => ({ query: `{ connectors(limit: 100, filters: [{ connector: { operator: IN, values: ["${a.connector}"] } }]) { nodes { id name } } }`, outcome: 'scoped' }),
  artifact: (a) => ({ query: `{ artifact(artifactId: "${a.artifact}") { id buildNo } }` }),
  artifacts: (a) => ({ query: `{ artifacts(limit: 100, filters: [{ artifactSource: { operator: IN, values: ["${a.artifactSource}"] } }]) { nodes { id buildNo } } }`, outcome: 'scoped' }),
  user: (a) => ({ query: `{ user(id: "${a.user}") { id name } }` }),
  userByName: () => ({ query: `{ userByName(name: "${A_MARKER}-user") { id name } }` }),
  userByEmail: () => ({ query: `{ userByEmail(email: "${A_MARKER}@a.local") { id name } }` }),
  users: () => ({ query: `{ users(limit: 100) { nodes { id name email } } }`, outcome: 'scoped' }),
  userGroup: (a) => ({ query: `{ userGroup(userGroupId: "${a.userGroup}") { id name } }` }),
  userGroupByName: () => ({ query: `{ userGroupByName(name: "${A_MARKER}-group") { id name } }` }),
  userGroups: () => ({ query: `{ userGroups(limit: 100) { nodes { id name } } }`, outcome: 'scoped' }),
  ssoProvider: (a) => ({ query: `{ ssoProvider(ssoProviderId: "${a.ssoProvider}") { id name } }` }),
  ssoProviders: () => ({ query: `{ ssoProviders(limit: 100) { nodes { id name } } }`, outcome: 'scoped' }),
  pipeline: (a) => ({ query: `{ pipeline(pipelineId: "${a.pipeline}") { id name } }` }),
  pipelineByName: (a) => ({ query: `{ pipelineByName(pipelineName: "${A_MARKER}-pipeline", applicationId: "${a.application}") { id name } }` }),
  trigger: (a) => ({ query: `{ trigger(triggerId: "${a.trigger}") { id name } }` }),
  triggerByName: (a) => ({ query: `{ triggerByName(triggerName: "${A_MARKER}-trigger", applicationId: "${a.application}") { id name } }` }),
  triggers: (a) => ({ query: `{ triggers(limit: 100, filters: [{ trigger: { operator: IN, values: ["${a.trigger}"] } }]) { nodes { id name } } }`, outcome: 'scoped' }),
  triggerFirings: (a) => ({ query: `{ triggerFirings(triggerId: "${a.trigger}", limit: 10) { nodes { id } } }` }),
  execution: (a) => ({ query: `{ execution(executionId: "${a.execution}") { id status } }` }),
  executions: (a) => ({ query: `{ executions(limit: 100, filters: [{ execution: { operator: IN, values: ["${a.execution}"] } }]) { nodes { id status } } }`, outcome: 'scoped' }),
  executionInputs: (a) => ({ query: `{ executionInputs(entityId: "${a.workflow}", applicationId: "${a.application}", executionType: WORKFLOW) { serviceInputs { id } } }` }),
  approvalDetails: (a) => ({ query: `{ approvalDetails(applicationId: "${a.application}", executionId: "${a.execution}") { approvalDetails { approvalId } } }` }),
  deploymentStats: (a) => ({
    query: `{ deploymentStats(filters: [{ application: { operator: IN, values: ["${a.application}"] } }], groupBy: [{ entityAggregation: Application }]) { ... on AggregatedData { dataPoints { key { id name } value } } } }`,
    outcome: 'scoped',
  }),
  runtimeExecutionInputsToResumePipeline: (a) => ({
    query: `{ runtimeExecutionInputsToResumePipeline(applicationId: "${a.application}", pipelineExecutionId: "${a.execution}", pipelineStageElementId: "gate") { serviceInputs { id } } }`,
  }),
  pipelines: (a) => ({ query: `{ pipelines(limit: 100, filters: [{ application: { operator: IN, values: ["${a.application}"] } }]) { nodes { id name } } }`, outcome: 'scoped' }),
  pipelineStats: (a) => ({ query: `{ pipelineStats(filters: [{ pipeline: { operator: IN, values: ["${a.pipeline}"] } }]) { __typename } }`, outcome: 'scoped' }),
  workflow: (a) => ({ query: `{ workflow(workflowId: "${a.workflow}") { id name } }` }),
  workflowByName: (a) => ({ query: `{ workflowByName(workflowName: "${A_MARKER}-workflow", applicationId: "${a.application}") { id name } }` }),
  workflows: (a) => ({ query: `{ workflows(limit: 100, filters: [{ workflow: { operator: IN, values: ["${a.workflow}"] } }]) { nodes { id name } } }`, outcome: 'scoped' }),
  workflowStats: (a) => ({ query: `{ workflowStats(filters: [{ application: { operator: IN, values: ["${a.application}"] } }]) { __typename } }`, outcome: 'scoped' }),
  delegateList: () => ({ query: `{ delegateList(limit: 100) { nodes { __typename } } }`, outcome: 'scoped' }),
  delegateTask: (a) => ({ query: `{ delegateTask(taskId: "${a.delegateTask}") { id } }` }),
  delegateTasks: () => ({ query: `{ delegateTasks(limit: 100) { nodes { id } } }`, outcome: 'scoped' }),
  frozenExecutions: () => ({
    query: '{ frozenExecutions(filters: [{ rejectedByFreezeWindow: { operator: NOT_NULL, values: [] } }], limit: 100) { nodes { pipelineExecutionId } } }',
    outcome: 'scoped',
  }),
  executionExport: (a) => ({ query: `{ executionExport(requestId: "${a.executionExport}") { requestId status } }` }),
  delegateScopeList: (a) => ({ query: `{ delegateScopeList(filters: [{ accountId: "${a.accountId}" }], limit: 100) { nodes { name } } }`, outcome: 'scoped' }),
  secret: (a) => ({ query: `{ secret(secretId: "${a.secret}", secretType: ENCRYPTED_TEXT) { id name } }` }),
  secretByName: () => ({ query: `{ secretByName(name: "${A_MARKER}-secret", secretType: ENCRYPTED_TEXT) { id name } }` }),
  secretManager: (a) => ({ query: `{ secretManager(secretManagerId: "${a.secretManager}") { id name } }` }),
  secretManagerByName: () => ({ query: `{ secretManagerByName(name: "${A_MARKER}-sm") { id name } }` }),
  secretManagers: (a) => ({ query: `{ secretManagers(limit: 100, filters: [{ secretManager: { operator: IN, values: ["${a.secretManager}"] } }]) { nodes { id name } } }`, outcome: 'scoped' }),

  // Mutations: every write aimed at A's entities, or made in B's account pointing at A's entities.
  createApplication: () => mutation('createApplication', 'CreateApplicationInput', 'application { id name }', 'scoped')({ name: 'beta-made' }),
  updateApplication: (a) => mutation('updateApplication', 'UpdateApplicationInput', 'application { id name }')({ applicationId: a.application, name: 'taken-over' }),
  deleteApplication: (a) => mutation('deleteApplication', 'DeleteApplicationInput', 'clientMutationId')({ applicationId: a.application }),
  updateApplicationGitSyncConfig: (a) =>
    mutation('updateApplicationGitSyncConfig', 'UpdateApplicationGitSyncConfigInput', 'gitSyncConfig { branch }')({ applicationId: a.application, gitConnectorId: a.connector, branch: 'main', syncEnabled: true }),
  removeApplicationGitSyncConfig: (a) => mutation('removeApplicationGitSyncConfig', 'RemoveApplicationGitSyncConfigInput', 'application { id name }')({ applicationId: a.application }),
  updateApplicationGitSyncConfigStatus: (a) =>
    mutation('updateApplicationGitSyncConfigStatus', 'UpdateApplicationGitSyncConfigStatusInput', 'gitSyncConfig { branch }')({ applicationId: a.application, syncEnabled: false }),
  updateServiceMetadata: (a) => mutation('updateServiceMetadata', 'UpdateServiceMetadataInput', 'clientMutationId')({ applicationId: [a.application], cfCliVersion: 'V7' }),
  attachTag: (a) => mutation('attachTag', 'AttachTagInput', 'tagLink { name value }')({ entityType: 'SERVICE', entityId: a.service, name: 'beta', value: 'x' }),
  detachTag: (a) => mutation('detachTag', 'DetachTagInput', 'clientMutationId')({ entityType: 'SERVICE', entityId: a.service, name: `${A_MARKER}-tag` }),
  createService: (a) => mutation('createService', 'CreateServiceInput', 'service { id name }')({ applicationId: a.application, name: 'beta-made', deploymentType: 'KUBERNETES' }),
  updateService: (a) => mutation('updateService', 'UpdateServiceInput', 'service { id name }')({ serviceId: a.service, name: 'taken-over' }),
  deleteService: (a) => mutation('deleteService', 'DeleteServiceInput', 'clientMutationId')({ serviceId: a.service }),
  createEnvironment: (a) => mutation('createEnvironment', 'CreateEnvironmentInput', 'environment { id name }')({ applicationId: a.application, name: 'beta-made', environmentType: 'PROD' }),
  updateEnvironment: (a) => mutation('updateEnvironment', 'UpdateEnvironmentInput', 'environment { id name }')({ environmentId: a.environment, name: 'taken-over' }),
  deleteEnvironment: (a) => mutation('deleteEnvironment', 'DeleteEnvironmentInput', 'clientMutationId')({ environmentId: a.environment }),
  createInfrastructureDefinition: (a) =>
    mutation('createInfrastructureDefinition', 'CreateInfrastructureDefinitionInput', 'infrastructureDefinition { id name }')({ environmentId: a.environment, name: 'beta-made', deploymentType: 'KUBERNETES' }),
  updateInfrastructureDefinition: (a) =>
    mutation('updateInfrastructureDefinition', 'UpdateInfrastructureDefinitionInput', 'infrastructureDefinition { id name }')({ infrastructureId: a.infrastructure, name: 'taken-over' }),
  deleteInfrastructureDefinition: (a) => mutation('deleteInfrastructureDefinition', 'DeleteInfrastructureDefinitionInput', 'clientMutationId')({ infrastructureId: a.infrastructure }),
  createCloudProvider: (a) =>
    mutation('createCloudProvider', 'CreateCloudProviderInput', 'cloudProvider { id name }', 'unknown-reference')({ cloudProviderType: 'GCP', gcpCloudProvider: { name: 'beta-made', serviceAccountKeySecretId: a.secret } }),
  updateCloudProvider: (a) => mutation('updateCloudProvider', 'UpdateCloudProviderInput', 'cloudProvider { id name }')({ cloudProviderId: a.cloudProvider, cloudProviderType: 'GCP', gcpCloudProvider: { name: 'taken-over' } }),
  deleteCloudProvider: (a) => mutation('deleteCloudProvider', 'DeleteCloudProviderInput', 'clientMutationId')({ cloudProviderId: a.cloudProvider }),
  createConnector: (a) =>
    mutation('createConnector', 'CreateConnectorInput', 'connector { id name }', 'unknown-reference')({ connectorType: 'DOCKER', dockerConnector: { name: 'beta-made', URL: 'https://registry.example', userName: 'u', passwordSecretId: a.secret } }),
  updateConnector: (a) => mutation('updateConnector', 'UpdateConnectorInput', 'connector { id name }')({ connectorId: a.connector, connectorType: 'DOCKER', dockerConnector: { name: 'taken-over', URL: 'https://x.example' } }),
  deleteConnector: (a) => mutation('deleteConnector', 'DeleteConnectorInput', 'clientMutationId')({ connectorId: a.connector }),
  artifactCleanup: (a) => mutation('artifactCleanup', 'ArtifactCleanupInput', '__typename')({ artifactStreamId: a.artifactSource }),
  setArtifactCollectionEnabled: (a) =>
    mutation('setArtifactCollectionEnabled', 'SetArtifactCollectionEnabledInput', 'clientMutationId')({ appId: a.application, artifactStreamId: a.artifactSource, artifactCollectionEnabled: false }),
  createArtifactSource: (a) =>
    mutation('createArtifactSource', 'CreateArtifactSourceInput', 'artifactSource { id name }', 'unknown-reference')({
      appId: a.application,
      serviceId: a.service,
      name: 'beta-made',
      artifactSourceType: 'GCR',
      gcr: { gcpCloudProviderId: a.cloudProvider, registryHostName: 'gcr.io', dockerImageName: 'b/c' },
    }),
  updateArtifactSource: (a) => mutation('updateArtifactSource', 'UpdateArtifactSourceInput', 'artifactSource { id name }')({ artifactSourceId: a.artifactSource, name: 'taken-over' }),
  deleteArtifactSource: (a) => mutation('deleteArtifactSource', 'DeleteArtifactSourceInput', 'clientMutationId')({ artifactSourceId: a.artifactSource }),
  recordArtifactBuild: (a) => mutation('recordArtifactBuild', 'RecordArtifactBuildInput', 'artifact { id buildNo }')({ artifactSourceId: a.artifactSource, buildNo: 'beta-1' }),
  createUser: (a) => mutation('createUser', 'CreateUserInput', 'user { id name }', 'unknown-reference')({ name: 'beta-made', email: 'beta-made@b.local', userGroupIds: [a.userGroup] }),
  updateUser: (a) => mutation('updateUser', 'UpdateUserInput', 'user { id name }')({ id: a.user, name: 'taken-over' }),
  deleteUser: (a) => mutation('deleteUser', 'DeleteUserInput', 'clientMutationId')({ id: a.user }),
  createUserGroup: () => mutation('createUserGroup', 'CreateUserGroupInput', 'userGroup { id name }', 'scoped')({ name: 'beta-made' }),
  updateUserGroup: (a) => mutation('updateUserGroup', 'UpdateUserGroupInput', 'userGroup { id name }')({ userGroupId: a.userGroup, name: 'taken-over' }),
  updateUserGroupPermissions: (a) =>
    mutation('updateUserGroupPermissions', 'UpdateUserGroupPermissionsInput', 'permissions { accountPermissions { accountPermissionTypes } }')({
      userGroupId: a.userGroup,
      permissions: { accountPermissions: { accountPermissionTypes: ['ADMINISTER_OTHER_ACCOUNT_FUNCTIONS'] } },
    }),
  deleteUserGroup: (a) => mutation('deleteUserGroup', 'DeleteUserGroupInput', 'clientMutationId')({ userGroupId: a.userGroup }),
  addUserToUserGroup: (a) => mutation('addUserToUserGroup', 'AddUserToUserGroupInput', 'userGroup { id name }')({ userId: a.user, userGroupId: a.userGroup }),
  removeUserFromUserGroup: (a) => mutation('removeUserFromUserGroup', 'RemoveUserFromUserGroupInput', 'userGroup { id name }')({ userId: a.user, userGroupId: a.userGroup }),
  addAccountPermission: (a) => mutation('addAccountPermission', 'AddAccountPermissionInput', 'clientMutationId')({ userGroupId: a.userGroup, accountPermission: 'MANAGE_API_KEYS' }),
  addAppPermission: (a) =>
    mutation('addAppPermission', 'AddAppPermissionInput', 'clientMutationId')({
      userGroupId: a.userGroup,
      appPermission: { permissionType: 'ALL', applications: { filterType: 'ALL' }, actions: ['READ'] },
    }),
  createApiKey: (a) => mutation('createApiKey', 'CreateApiKeyInput', 'uuid apiKey')({ accountId: a.accountId, name: 'beta-made', userGroupIds: [a.userGroup] }),
  updateApiKey: (a) => mutation('updateApiKey', 'UpdateApiKeyInput', 'name')({ accountId: a.accountId, uuid: a.apiKey, name: 'taken-over' }),
  deleteApiKey: (a) => mutation('deleteApiKey', 'DeleteApiKeyInput', 'clientMutationId')({ accountId: a.accountId, uuid: a.apiKey }),
  rotateApiKey: (a) => mutation('rotateApiKey', 'RotateApiKeyInput', 'apiKey')({ accountId: a.accountId, uuid: a.apiKey }),
  // Not B's credentials but A's invite token: accepting it must not hand B's caller A's user (a token is the proof).
  acceptUserInvite: (a) => mutation('acceptUserInvite', 'AcceptUserInviteInput', 'user { id }', 'unknown-reference')({ inviteToken: `${a.inviteToken}x`, password: 'a-long-password-1' }),
  createWorkflow: (a) => mutation('createWorkflow', 'CreateWorkflowInput', 'workflow { id name }')({ applicationId: a.application, name: 'beta-made', workflowType: 'BASIC' }),
  updateWorkflow: (a) => mutation('updateWorkflow', 'UpdateWorkflowInput', 'workflow { id name }')({ workflowId: a.workflow, name: 'taken-over' }),
  deleteWorkflow: (a) => mutation('deleteWorkflow', 'DeleteWorkflowInput', 'clientMutationId')({ workflowId: a.workflow }),
  createPipeline: (a) => mutation('createPipeline', 'CreatePipelineInput', 'pipeline { id name }')({ applicationId: a.application, name: 'beta-made' }),
  updatePipeline: (a) => mutation('updatePipeline', 'UpdatePipelineInput', 'pipeline { id name }')({ pipelineId: a.pipeline, name: 'taken-over' }),
  deletePipeline: (a) => mutation('deletePipeline', 'DeletePipelineInput', 'clientMutationId')({ pipelineId: a.pipeline }),
  // A's pipeline does not exist for B: "Pipeline does not exist" (NOT_FOUND, the reference's wording).
  createTrigger: (a) =>
    mutation('createTrigger', 'CreateTriggerInput', 'trigger { id name }')({
      name: 'beta-made',
      applicationId: a.application,
      condition: { conditionType: 'ON_SCHEDULE', scheduleConditionInput: { cronExpression: '0 0 0 1 1 ? 2099' } },
      action: { executionType: 'PIPELINE', entityId: a.pipeline },
    }),
  updateTrigger: (a) =>
    mutation('updateTrigger', 'UpdateTriggerInput', 'trigger { id name }')({
      triggerId: a.trigger,
      name: 'taken-over',
      applicationId: a.application,
      condition: { conditionType: 'ON_SCHEDULE', scheduleConditionInput: { cronExpression: '0 0 0 1 1 ? 2099' } },
      action: { executionType: 'PIPELINE', entityId: a.pipeline },
    }),
  deleteTrigger: (a) => mutation('deleteTrigger', 'DeleteTriggerInput', 'clientMutationId')({ applicationId: a.application, triggerId: a.trigger }),
  // A's service does not exist for B: "Service does not exist" (NOT_FOUND); nothing is recorded, none of A's triggers fire.
  recordManifestVersion: (a) =>
    mutation('recordManifestVersion', 'RecordManifestVersionInput', 'manifest { version } firings { triggerId }')({
      applicationId: a.application,
      serviceId: a.service,
      appManifestId: 'chart-beta',
      version: '1.0.0',
    }),
  createDelegateToken: () => mutation('createDelegateToken', 'CreateDelegateTokenInput', 'name token', 'scoped')({ name: 'beta-made' }),
  createDelegateTask: () => mutation('createDelegateTask', 'CreateDelegateTaskInput', 'task { id }', 'scoped')({ type: 'NOOP' }),
  exportExecutions: (a) =>
    mutation('exportExecutions', 'ExportExecutionsInput', 'requestId status', 'scoped')({ filters: [{ application: { operator: 'EQUALS', values: [a.application] } }] }),
  delegateApproveReject: (a) =>
    mutation('delegateApproveReject', 'DelegateApproveRejectInput', 'delegate { uuid }')({ accountId: a.accountId, delegateId: a.delegate, delegateApproval: 'REJECT' }),
  deleteDelegate: (a) => mutation('deleteDelegate', 'DeleteDelegateInput', 'message')({ accountId: a.accountId, delegateId: a.delegate }),
  addDelegegateScope: (a) => mutation('addDelegegateScope', 'AddDelegateScopeInput', 'delegateScope { name }', 'scoped')({ accountId: a.accountId, name: 'beta-made' }),
  attachScopeToDelegate: (a) =>
    mutation('attachScopeToDelegate', 'AttachScopeToDelegateInput', 'message')({
      accountId: a.accountId,
      delegateId: a.delegate,
      includeScopes: { operator: 'IN', values: [a.delegateScope] },
    }),
  attachAllScopesToDelegate: (a) => mutation('attachAllScopesToDelegate', 'AttachAllScopesToDelegateInput', 'message')({ accountId: a.accountId, delegateId: a.delegate }),
  createSecret: (a) =>
    mutation('createSecret', 'CreateSecretInput', 'secret { id name }')({
      secretType: 'ENCRYPTED_TEXT',
      encryptedText: { name: 'beta-made', value: 'v', secretManagerId: a.secretManager },
    }),
  updateSecret: (a) => mutation('updateSecret', 'UpdateSecretInput', 'secret { id name }')({ secretId: a.secret, secretType: 'ENCRYPTED_TEXT', encryptedText: { name: 'taken-over' } }),
  deleteSecret: (a) => mutation('deleteSecret', 'DeleteSecretInput', 'clientMutationId')({ secretId: a.secret, secretType: 'ENCRYPTED_TEXT' }),
  createSecretManager: () =>
    mutation('createSecretManager', 'CreateSecretManagerInput', 'secretManager { id name }', 'scoped')({ secretManagerType: 'CUSTOM', customSecretManagerInput: { name: 'beta-made', templateId: 't' } }),
  updateSecretManager: (a) =>
    mutation('updateSecretManager', 'UpdateSecretManagerInput', 'secretManager { id name }')({
      secretManagerId: a.secretManager,
      secretManagerType: 'CUSTOM',
      customSecretManagerInput: { name: 'taken-over' },
    }),
  startExecution: (a) => mutation('startExecution', 'StartExecutionInput', 'execution { id }')({ applicationId: a.application, entityId: a.workflow, executionType: 'WORKFLOW' }),
  approveOrRejectApprovals: (a) =>
    mutation('approveOrRejectApprovals', 'ApproveOrRejectApprovalsInput', 'success')({ applicationId: a.application, executionId: a.execution, approvalId: '0.0', action: 'APPROVE' }),
  resumeExecution: (a) =>
    mutation('resumeExecution', 'ResumeExecutionInput', 'execution { id }')({ applicationId: a.application, pipelineExecutionId: a.execution, pipelineStageName: 'gate' }),
  pipelineResumeRuntime: (a) =>
    mutation('pipelineResumeRuntime', 'RuntimeExecutionInputsToResumePipeline', 'status')({ applicationId: a.application, pipelineExecutionId: a.execution, pipelineStageElementId: 'gate' }),
  abortExecution: (a) => mutation('abortExecution', 'AbortExecutionInput', 'aborted')({ applicationId: a.application, executionId: a.execution }),
  deleteSecretManager: (a) => mutation('deleteSecretManager', 'DeleteSecretManagerInput', 'clientMutationId')({ secretManagerId: a.secretManager }),
};

const schema = buildSchema(readFileSync(join(__dirname, '../../gateway/src/supergraph.graphql'), 'utf8'));
const ROOT_FIELDS = [schema.getQueryType(), schema.getMutationType()].flatMap((type) => Object.keys(type?.getFields() ?? {}));

describe('tenant sweep: account B against account A, over every Query and Mutation field', () => {
  let stack: Stack;
  let a: Seeded;
  let tenantA: Tenant;
  let b: Tenant;
  let before: string;

  const call = (tenant: Tenant, query: string, variables?: Record<string, unknown>) => callGateway(stack, tenant.apiKey, { query, variables });
  const data = <T>(answer: GatewayAnswer): T => {
    if (answer.status !== 200 || answer.body.errors) throw new Error(`seeding failed: ${JSON.stringify(answer.body)}`);
    return answer.body.data as T;
  };

  const createTenant = async (name: string): Promise<Tenant> => {
    const identity = await stack.database('identity-users-groups');
    const account = await new AccountRepository(identity).create(name, 'PAID', false, [{ name: `${name}-sso`, ssoType: 'SAML' }]);
    const administrators = await new UserGroupRepository(identity).ensureAccountAdministrator(account.id);
    const apiKey = generateSecret();
    await new ApiKeyRepository(identity).register(account.id, { name: `${name}-admin`, userGroupIds: [administrators.id] }, apiKey);
    return { accountId: account.id, apiKey };
  };

  /** The same shapes in every account: one entity of each kind, named after `prefix`. */
  const seed = async (tenant: Tenant, prefix: string): Promise<Seeded> => {
    const run = async <T>(query: string, input: Record<string, unknown>) => data<T>(await call(tenant, query, { input }));
    const m = (field: string, inputType: string, selection: string) => `mutation($input: ${inputType}!) { ${field}(input: $input) { ${selection} } }`;
    const application = (await run<{ createApplication: { application: { id: string } } }>(m('createApplication', 'CreateApplicationInput', 'application { id }'), { name: `${prefix}-app` }))
      .createApplication.application.id;
    const service = (
      await run<{ createService: { service: { id: string } } }>(m('createService', 'CreateServiceInput', 'service { id }'), {
        applicationId: application,
        name: `${prefix}-svc`,
        deploymentType: 'KUBERNETES',
        artifactType: 'DOCKER',
      })
    ).createService.service.id;
    const environment = (
      await run<{ createEnvironment: { environment: { id: string } } }>(m('createEnvironment', 'CreateEnvironmentInput', 'environment { id }'), {
        applicationId: application,
        name: `${prefix}-env`,
        environmentType: 'PROD',
      })
    ).createEnvironment.environment.id;
    const infrastructure = (
      await run<{ createInfrastructureDefinition: { infrastructureDefinition: { id: string } } }>(
        m('createInfrastructureDefinition', 'CreateInfrastructureDefinitionInput', 'infrastructureDefinition { id }'),
        { environmentId: environment, name: `${prefix}-infra`, deploymentType: 'KUBERNETES' },
      )
    ).createInfrastructureDefinition.infrastructureDefinition.id;
    await run(m('attachTag', 'AttachTagInput', 'tagLink { name }'), { entityType: 'SERVICE', entityId: service, name: `${prefix}-tag`, value: 'v' });
    const tag = data<{ tagByName: { id: string } }>(await call(tenant, `{ tagByName(name: "${prefix}-tag") { id } }`)).tagByName.id;
    const secretManager = (
      await run<{ createSecretManager: { secretManager: { id: string } } }>(m('createSecretManager', 'CreateSecretManagerInput', 'secretManager { id }'), {
        secretManagerType: 'CUSTOM',
        customSecretManagerInput: { name: `${prefix}-sm`, templateId: 'template' },
      })
    ).createSecretManager.secretManager.id;
    const secret = (
      await run<{ createSecret: { secret: { id: string } } }>(m('createSecret', 'CreateSecretInput', 'secret { id }'), {
        secretType: 'ENCRYPTED_TEXT',
        encryptedText: { name: `${prefix}-secret`, value: `${prefix}-value` },
      })
    ).createSecret.secret.id;
    const cloudProvider = (
      await run<{ createCloudProvider: { cloudProvider: { id: string } } }>(m('createCloudProvider', 'CreateCloudProviderInput', 'cloudProvider { id }'), {
        cloudProviderType: 'GCP',
        gcpCloudProvider: { name: `${prefix}-gcp`, serviceAccountKeySecretId: secret },
      })
    ).createCloudProvider.cloudProvider.id;
    const connector = (
      await run<{ createConnector: { connector: { id: string } } }>(m('createConnector', 'CreateConnectorInput', 'connector { id }'), {
        connectorType: 'DOCKER',
        dockerConnector: { name: `${prefix}-docker`, URL: 'https://registry.example' },
      })
    ).createConnector.connector.id;
    const artifactSource = (
      await run<{ createArtifactSource: { artifactSource: { id: string } } }>(m('createArtifactSource', 'CreateArtifactSourceInput', 'artifactSource { id }'), {
        appId: application,
        serviceId: service,
        name: `${prefix}-gcr`,
        artifactSourceType: 'GCR',
        gcr: { gcpCloudProviderId: cloudProvider, registryHostName: 'gcr.io', dockerImageName: `${prefix}/image` },
      })
    ).createArtifactSource.artifactSource.id;
    const artifact = (
      await run<{ recordArtifactBuild: { artifact: { id: string } } }>(m('recordArtifactBuild', 'RecordArtifactBuildInput', 'artifact { id }'), {
        artifactSourceId: artifactSource,
        buildNo: `${prefix}-build-1`,
      })
    ).recordArtifactBuild.artifact.id;
    const userGroup = (await run<{ createUserGroup: { userGroup: { id: string } } }>(m('createUserGroup', 'CreateUserGroupInput', 'userGroup { id }'), { name: `${prefix}-group` }))
      .createUserGroup.userGroup.id;
    const created = (
      await run<{ createUser: { user: { id: string }; inviteToken: string } }>(m('createUser', 'CreateUserInput', 'user { id } inviteToken'), {
        name: `${prefix}-user`,
        email: `${prefix}@${prefix === A_MARKER ? 'a' : 'b'}.local`,
        userGroupIds: [userGroup],
      })
    ).createUser;
    const apiKey = (
      await run<{ createApiKey: { uuid: string } }>(m('createApiKey', 'CreateApiKeyInput', 'uuid'), { accountId: tenant.accountId, name: `${prefix}-key`, userGroupIds: [userGroup] })
    ).createApiKey.uuid;
    const delegateTask = (await run<{ createDelegateTask: { task: { id: string } } }>(m('createDelegateTask', 'CreateDelegateTaskInput', 'task { id }'), { type: 'NOOP' }))
      .createDelegateTask.task.id;
    const executionExport = (await run<{ exportExecutions: { requestId: string } }>(m('exportExecutions', 'ExportExecutionsInput', 'requestId'), { filters: [] }))
      .exportExecutions.requestId;
    const delegateToken = (await run<{ createDelegateToken: { token: string } }>(m('createDelegateToken', 'CreateDelegateTokenInput', 'token'), { name: `${prefix}-delegate` }))
      .createDelegateToken.token;
    const registered = await fetch(`${stack.gatewayOrigin}/api/delegate/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Delegate ${delegateToken}` },
      body: JSON.stringify({ name: `${prefix}-delegate` }),
    });
    const delegate = ((await registered.json()) as { delegateId: string }).delegateId;
    const delegateScope = (
      await run<{ addDelegegateScope: { delegateScope: { uuid: string } } }>(m('addDelegegateScope', 'AddDelegateScopeInput', 'delegateScope { uuid }'), {
        accountId: tenant.accountId,
        name: `${prefix}-scope`,
      })
    ).addDelegegateScope.delegateScope.uuid;
    const pipelines = new PipelineRepository(await stack.database('pipelines-workflows-executions'));
    const pipeline = (await pipelines.create(tenant.accountId, { applicationId: application, name: `${prefix}-pipeline`, description: null })).id;
    const workflows = new WorkflowRepository(await stack.database('pipelines-workflows-executions'));
    const trigger = (
      await run<{ createTrigger: { trigger: { id: string } } }>(m('createTrigger', 'CreateTriggerInput', 'trigger { id }'), {
        name: `${prefix}-trigger`,
        applicationId: application,
        condition: { conditionType: 'ON_SCHEDULE', scheduleConditionInput: { cronExpression: '0 0 0 1 1 ? 2099' } },
        action: { executionType: 'PIPELINE', entityId: pipeline },
      })
    ).createTrigger.trigger.id;
    const workflow = (
      await workflows.create(tenant.accountId, {
        applicationId: application,
        name: `${prefix}-workflow`,
        description: null,
        workflowType: 'BASIC',
        environmentId: null,
        variables: [],
        phases: [{ name: 'gate', steps: [{ type: 'APPROVAL', name: `${prefix}-approval`, userGroupIds: [userGroup], timeoutMs: 3_600_000 }] }],
        createdBy: null,
      })
    ).id;
    const execution = (
      await run<{ startExecution: { execution: { id: string } } }>(m('startExecution', 'StartExecutionInput', 'execution { id }'), { applicationId: application, entityId: workflow, executionType: 'WORKFLOW' })
    ).startExecution.execution.id;
    // Settled before the sweep, so that A's snapshot does not change on its own.
    for (let tries = 0; tries < 100; tries += 1) {
      const answer = data<{ execution: { status: string } }>(await call(tenant, `{ execution(executionId: "${execution}") { status } }`));
      if (answer.execution.status === 'WAITING') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const ssoProvider = data<{ ssoProviders: { nodes: { id: string }[] } }>(await call(tenant, '{ ssoProviders(limit: 1) { nodes { id } } }')).ssoProviders.nodes[0].id;
    return {
      accountId: tenant.accountId,
      application,
      service,
      environment,
      infrastructure,
      tag,
      secret,
      secretManager,
      cloudProvider,
      connector,
      artifactSource,
      artifact,
      userGroup,
      user: created.user.id,
      inviteToken: created.inviteToken,
      apiKey,
      pipeline,
      trigger,
      workflow,
      execution,
      delegateTask,
      executionExport,
      delegate,
      delegateScope,
      ssoProvider,
    };
  };

  /** Everything of A's, read with A's own key: the sweep must leave it exactly as it was. */
  const snapshotOfA = async (tenant: Tenant, ids: Seeded) =>
    JSON.stringify(
      (
        await call(
          tenant,
          `{
            application(applicationId: "${ids.application}") { id name gitSyncConfig { branch } tags { name value } }
            service(serviceId: "${ids.service}") { id name tags { name value } }
            environment(environmentId: "${ids.environment}") { id name }
            infrastructureDefinition(infrastructureId: "${ids.infrastructure}") { id name }
            tag(tagId: "${ids.tag}") { id name }
            secret(secretId: "${ids.secret}", secretType: ENCRYPTED_TEXT) { id name }
            secretManager(secretManagerId: "${ids.secretManager}") { id name }
            cloudProvider(cloudProviderId: "${ids.cloudProvider}") { id name }
            connector(connectorId: "${ids.connector}") { id name }
            artifacts(limit: 100, filters: [{ artifactSource: { operator: IN, values: ["${ids.artifactSource}"] } }]) { nodes { id buildNo } }
            userGroup(userGroupId: "${ids.userGroup}") { id name users { id } permissions { accountPermissions { accountPermissionTypes } } }
            user(id: "${ids.user}") { id name }
            users(limit: 100) { nodes { id name } }
            userGroups(limit: 100) { nodes { id name } }
            pipeline(pipelineId: "${ids.pipeline}") { id name }
            trigger(triggerId: "${ids.trigger}") { id name condition { __typename } action { __typename } }
            execution(executionId: "${ids.execution}") { id status }
            approvalDetails(applicationId: "${ids.application}", executionId: "${ids.execution}") { approvalDetails { approvalId } }
            workflow(workflowId: "${ids.workflow}") { id name }
          }`,
        )
      ).body,
    );

  beforeAll(async () => {
    stack = await startStack();
    tenantA = await createTenant('alpha');
    b = await createTenant('beta');
    a = await seed(tenantA, A_MARKER);
    await seed(b, 'beta');
    before = await snapshotOfA(tenantA, a);
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('has a case for every Query and Mutation field of the composed schema, and none for a field it lacks', () => {
    expect(ROOT_FIELDS.filter((field) => !CASES[field])).toEqual([]);
    expect(Object.keys(CASES).filter((field) => !ROOT_FIELDS.includes(field))).toEqual([]);
  });

  it("never shows or changes account A's data for account B's credentials", async () => {
    const findings: { field: string; problem: string; body: unknown }[] = [];
    for (const field of ROOT_FIELDS) {
      const make = CASES[field];
      if (!make) continue;
      const { query, variables, outcome = 'refused' } = make(a);
      const answer = await call(b, query, variables);
      const text = JSON.stringify(answer.body);
      const codes = (answer.body.errors ?? []).map((error) => error.extensions?.code);
      const refusedWith = (allowed: string[]) => answer.body.data?.[field] === null && codes.length > 0 && codes.every((code) => allowed.includes(String(code)));
      const problem =
        answer.status !== 200
          ? `HTTP ${answer.status}`
          : text.includes(A_MARKER)
            ? "shows A's data"
            : outcome === 'refused' && !refusedWith(['NOT_FOUND', 'FORBIDDEN'])
              ? 'not refused with NOT_FOUND or FORBIDDEN'
              : outcome === 'unknown-reference' && !refusedWith(['BAD_USER_INPUT'])
                ? 'not refused with BAD_USER_INPUT'
                : outcome === 'scoped' && codes.length > 0
                  ? `errors ${codes.join(',')}`
                  : null;
      if (problem) findings.push({ field, problem, body: answer.body });
    }
    process.stdout.write(`tenant sweep: ${ROOT_FIELDS.length} operations of the composed schema sent with B's key against A's ids\n`);
    expect(findings).toEqual([]);
    expect(await snapshotOfA(tenantA, a)).toBe(before);
  });
});
