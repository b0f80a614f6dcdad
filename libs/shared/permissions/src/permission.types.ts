/**
 * The reference API's permission model (API.md §3.5) as plain JSON: what a user group stores, what the gateway signs
 * with a principal, and what every subgraph checks. Enum values are the GraphQL enum values, unchanged.
 */

/** In the reference's order; the signed encoding relies on it, so new values are only ever appended. */
export const ACCOUNT_PERMISSION_TYPES = [
  'CREATE_AND_DELETE_APPLICATION',
  'READ_USERS_AND_GROUPS',
  'MANAGE_USERS_AND_GROUPS',
  'MANAGE_TEMPLATE_LIBRARY',
  'ADMINISTER_OTHER_ACCOUNT_FUNCTIONS',
  'VIEW_AUDITS',
  'MANAGE_TAGS',
  'MANAGE_ACCOUNT_DEFAULTS',
  'ADMINISTER_CE',
  'VIEW_CE',
  'MANAGE_CLOUD_PROVIDERS',
  'MANAGE_CONNECTORS',
  'MANAGE_APPLICATION_STACKS',
  'MANAGE_DELEGATES',
  'MANAGE_ALERT_NOTIFICATION_RULES',
  'MANAGE_DELEGATE_PROFILES',
  'MANAGE_CONFIG_AS_CODE',
  'MANAGE_SECRETS',
  'MANAGE_SECRET_MANAGERS',
  'MANAGE_AUTHENTICATION_SETTINGS',
  'MANAGE_USER_AND_USER_GROUPS_AND_API_KEYS',
  'VIEW_USER_AND_USER_GROUPS_AND_API_KEYS',
  'MANAGE_IP_WHITELIST',
  'MANAGE_DEPLOYMENT_FREEZES',
  'ALLOW_DEPLOYMENTS_DURING_FREEZE',
  'MANAGE_PIPELINE_GOVERNANCE_STANDARDS',
  'MANAGE_API_KEYS',
  'CREATE_CUSTOM_DASHBOARDS',
  'MANAGE_CUSTOM_DASHBOARDS',
  'MANAGE_SSH_AND_WINRM',
  'MANAGE_RESTRICTED_ACCESS',
  'HIDE_NEXTGEN_BUTTON',
] as const;
export type AccountPermissionType = (typeof ACCOUNT_PERMISSION_TYPES)[number];

/** Permission actions (`Actions` in the schema; not the approvals' `Action`). */
export const ACTIONS = [
  'CREATE',
  'READ',
  'UPDATE',
  'DELETE',
  'EXECUTE',
  'EXECUTE_WORKFLOW',
  'EXECUTE_PIPELINE',
  'ROLLBACK_WORKFLOW',
  'ABORT_WORKFLOW',
] as const;
export type Action = (typeof ACTIONS)[number];

export const APP_PERMISSION_TYPES = ['ALL', 'ENV', 'SERVICE', 'WORKFLOW', 'PIPELINE', 'DEPLOYMENT', 'PROVISIONER', 'TEMPLATE'] as const;
export type AppPermissionType = (typeof APP_PERMISSION_TYPES)[number];
/** The kinds of entity inside an application that a check is about (ALL is only a permission's wildcard). */
export type AppEntityType = Exclude<AppPermissionType, 'ALL'>;

export const FILTER_TYPES = ['ALL'] as const;
export type FilterType = (typeof FILTER_TYPES)[number];
export const FILTER_APP_TYPES = ['ALL', 'SELECTED', 'EXCLUDE_SELECTED'] as const;
export type FilterAppType = (typeof FILTER_APP_TYPES)[number];
export const ENV_FILTER_TYPES = ['PRODUCTION_ENVIRONMENTS', 'NON_PRODUCTION_ENVIRONMENTS'] as const;
export type EnvFilterType = (typeof ENV_FILTER_TYPES)[number];
export const WORKFLOW_PERMISSION_FILTER_TYPES = ['PRODUCTION_WORKFLOWS', 'NON_PRODUCTION_WORKFLOWS', 'WORKFLOW_TEMPLATES', 'ALL_WORKFLOWS'] as const;
export type WorkflowPermissionFilterType = (typeof WORKFLOW_PERMISSION_FILTER_TYPES)[number];
export const DEPLOYMENT_PERMISSION_FILTER_TYPES = ['PRODUCTION_ENVIRONMENTS', 'NON_PRODUCTION_ENVIRONMENTS'] as const;
export type DeploymentPermissionFilterType = (typeof DEPLOYMENT_PERMISSION_FILTER_TYPES)[number];
export const PIPELINE_PERMISSION_FILTER_TYPES = ['PRODUCTION_PIPELINES', 'NON_PRODUCTION_PIPELINES', 'ALL_PIPELINES'] as const;
export type PipelinePermissionFilterType = (typeof PIPELINE_PERMISSION_FILTER_TYPES)[number];
export const EXECUTABLE_ELEMENT_TYPES = ['PIPELINE', 'WORKFLOW'] as const;
export type ExecutableElementType = (typeof EXECUTABLE_ELEMENT_TYPES)[number];
export const EXECUTABLE_ELEMENT_FILTER_TYPES = ['ALL'] as const;
export type ExecutableElementFilterType = (typeof EXECUTABLE_ELEMENT_FILTER_TYPES)[number];

// Filters: the output and input types of the schema have the same fields; GraphQL may send null for any of them.
type Ids = string[] | null;

export interface AppFilter {
  filterType?: FilterAppType | null;
  appIds?: Ids;
}
export interface ServicePermissionFilter {
  filterType?: FilterType | null;
  serviceIds?: Ids;
}
export interface EnvPermissionFilter {
  filterTypes?: EnvFilterType[] | null;
  envIds?: Ids;
}
export interface WorkflowPermissionFilter {
  filterTypes?: WorkflowPermissionFilterType[] | null;
  envIds?: Ids;
  workflowIds?: Ids;
}
export interface ExecutableElementFilter {
  executableElementType: ExecutableElementType;
  ids?: Ids;
  executableElementFilterType?: ExecutableElementFilterType | null;
}
export interface DeploymentPermissionFilter {
  filterTypes?: DeploymentPermissionFilterType[] | null;
  envIds?: Ids;
  executableElementFilter?: ExecutableElementFilter | null;
}
export interface PipelinePermissionFilter {
  filterTypes?: PipelinePermissionFilterType[] | null;
  envIds?: Ids;
  pipelineIds?: Ids;
}
export interface ProvisionerPermissionFilter {
  filterType?: FilterType | null;
  provisionerIds?: Ids;
}
export interface TemplatePermissionFilter {
  filterType?: FilterType | null;
  templateIds?: Ids;
}

export interface ApplicationPermission {
  permissionType: AppPermissionType;
  applications: AppFilter;
  actions: Action[];
  services?: ServicePermissionFilter | null;
  environments?: EnvPermissionFilter | null;
  workflows?: WorkflowPermissionFilter | null;
  deployments?: DeploymentPermissionFilter | null;
  pipelines?: PipelinePermissionFilter | null;
  provisioners?: ProvisionerPermissionFilter | null;
  templates?: TemplatePermissionFilter | null;
}

/** What a user group holds, and what a principal acts with (the union of its groups'). */
export interface PermissionSet {
  accountPermissions: AccountPermissionType[];
  appPermissions: ApplicationPermission[];
}

export type EnvironmentType = 'PROD' | 'NON_PROD';
