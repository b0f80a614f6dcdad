import { badInput } from '@fg/graphql-kit';
import { normalizePermissionSet, type AccountPermissionType, type ApplicationPermission, type PermissionSet } from '@fg/permissions';
import type { LinkedSsoSetting, NotificationSettings, SsoProvider } from '@fg/identity-users-groups/data-access';

/** `Permissions` as clients send it. */
export interface PermissionsInput {
  accountPermissions?: { accountPermissionTypes?: AccountPermissionType[] | null } | null;
  appPermissions?: ApplicationPermission[] | null;
}

export interface SsoSettingInput {
  ldapSettings?: { ssoProviderId: string; groupName: string; groupDN: string } | null;
  samlSettings?: { ssoProviderId: string; groupName: string } | null;
}

export interface NotificationSettingsInput {
  sendNotificationToMembers?: boolean | null;
  sendMailToNewMembers?: boolean | null;
  groupEmailAddresses?: (string | null)[] | null;
  slackNotificationSetting?: { slackChannelName?: string | null; slackWebhookURL?: string | null } | null;
  pagerDutyIntegrationKey?: string | null;
  microsoftTeamsWebhookUrl?: string | null;
}

export function permissionSetOf(input: PermissionsInput | null | undefined): PermissionSet {
  return normalizePermissionSet({
    accountPermissions: input?.accountPermissions?.accountPermissionTypes ?? [],
    appPermissions: (input?.appPermissions ?? []).filter((permission): permission is ApplicationPermission => permission !== null),
  });
}

/** A group links to one LDAP or one SAML group of an SSO provider the account has. */
export function ssoSettingOf(input: SsoSettingInput | null | undefined, providers: SsoProvider[]): LinkedSsoSetting | null {
  if (!input || (!input.ldapSettings && !input.samlSettings)) return null;
  if (input.ldapSettings && input.samlSettings) throw badInput('ssoSetting takes ldapSettings or samlSettings, not both');
  const ssoType = input.ldapSettings ? 'LDAP' : 'SAML';
  const settings = (input.ldapSettings ?? input.samlSettings)!;
  const provider = providers.find((candidate) => candidate.id === settings.ssoProviderId);
  if (!provider) throw badInput(`SSO Provider does not exist: ${settings.ssoProviderId}`);
  if (provider.ssoType !== ssoType) throw badInput(`SSO Provider ${settings.ssoProviderId} is not a ${ssoType} provider`);
  if (!settings.groupName?.trim()) throw badInput('groupName must not be empty');
  const groupDN = input.ldapSettings ? input.ldapSettings.groupDN?.trim() : null;
  if (input.ldapSettings && !groupDN) throw badInput('groupDN must not be empty');
  return { ssoType, ssoProviderId: provider.id, groupName: settings.groupName.trim(), groupDN: groupDN ?? null };
}

export function notificationSettingsOf(input: NotificationSettingsInput | null | undefined): NotificationSettings | null {
  if (!input) return null;
  const slack = input.slackNotificationSetting;
  return {
    sendNotificationToMembers: input.sendNotificationToMembers ?? false,
    sendMailToNewMembers: input.sendMailToNewMembers ?? false,
    groupEmailAddresses: (input.groupEmailAddresses ?? []).filter((address): address is string => typeof address === 'string' && address.trim() !== ''),
    slackNotificationSetting: slack ? { slackChannelName: slack.slackChannelName ?? null, slackWebhookURL: slack.slackWebhookURL ?? null } : null,
    microsoftTeamsWebhookUrl: input.microsoftTeamsWebhookUrl ?? null,
    pagerDutyIntegrationKey: input.pagerDutyIntegrationKey ?? null,
  };
}
