import { badInput } from '@fg/graphql-kit';
import { normalizeApplicationPermission, normalizePermissionSet, type AccountPermissionType, type ApplicationPermission, type PermissionSet } from '@fg/permissions';
import type { LinkedSsoSetting, NotificationSettings, SsoProvider } from '@fg/identity-users-groups/data-access';
import type { ApplicationPermissionInput, Permissions as PermissionsInput } from '../generated/resolvers-types';

export type { PermissionsInput };

// The reference's SDL lets lists hold null items. The @fg/permissions normalizers check every value they are given and
// refuse a null one as an unknown value (BAD_USER_INPUT), so input is handed to them as sent.
const asSent = <T>(value: unknown): T => value as T;

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
    accountPermissions: asSent<AccountPermissionType[]>(input?.accountPermissions?.accountPermissionTypes ?? []),
    appPermissions: (input?.appPermissions ?? []).filter((permission) => permission !== null).map((permission) => asSent<ApplicationPermission>(permission)),
  });
}

/** One application permission as a client sent it, checked and in canonical form. */
export function applicationPermissionOf(input: ApplicationPermissionInput): ApplicationPermission {
  return normalizeApplicationPermission(asSent<ApplicationPermission>(input));
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
