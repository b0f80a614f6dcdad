import type { PermissionSet } from '@fg/permissions';

export interface SlackNotificationSetting {
  slackChannelName: string | null;
  slackWebhookURL: string | null;
}

export interface NotificationSettings {
  sendNotificationToMembers: boolean;
  sendMailToNewMembers: boolean;
  groupEmailAddresses: string[];
  slackNotificationSetting: SlackNotificationSetting | null;
  microsoftTeamsWebhookUrl: string | null;
  pagerDutyIntegrationKey: string | null;
}

/** A group linked to an LDAP group (with its DN) or a SAML group of one of the account's SSO providers. */
export interface LinkedSsoSetting {
  ssoType: 'LDAP' | 'SAML';
  ssoProviderId: string;
  groupName: string;
  groupDN: string | null;
}

/** The built-in groups every account has; the value is part of the stored document, never rename one. */
export type BuiltInUserGroup = 'ACCOUNT_ADMINISTRATOR';

export interface UserGroup {
  id: string;
  accountId: string;
  name: string;
  description: string | null;
  /** Members, in the order they joined; a group is one document, its membership included. */
  memberIds: string[];
  ssoSetting: LinkedSsoSetting | null;
  importedByScim: boolean;
  notificationSettings: NotificationSettings | null;
  permissions: PermissionSet;
  builtIn: BuiltInUserGroup | null;
  createdAt: number;
}

export type UserGroupFields = Pick<UserGroup, 'name' | 'description' | 'ssoSetting' | 'notificationSettings' | 'permissions'>;
