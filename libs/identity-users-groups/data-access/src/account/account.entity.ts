/** Editions decide some limits (custom-dashboard traffic). */
export type AccountEdition = 'PAID' | 'ESSENTIALS' | 'COMMUNITY';

/** An SSO provider configured on the account (read-only through the API: no live LDAP or SAML here). */
export interface SsoProvider {
  id: string;
  name: string;
  ssoType: 'LDAP' | 'SAML';
}

export interface Account {
  id: string;
  name: string;
  edition: AccountEdition;
  isDemo: boolean;
  ssoProviders: SsoProvider[];
  createdAt: number;
}
