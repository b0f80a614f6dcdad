export interface User {
  id: string;
  accountId: string;
  name: string;
  email: string;
  isEmailVerified: boolean;
  isTwoFactorAuthenticationEnabled: boolean;
  isUserLocked: boolean;
  isPasswordExpired: boolean;
  isImportedFromIdentityProvider: boolean;
  externalUserId: string | null;
  isDisabled: boolean;
  createdAt: number;
}
