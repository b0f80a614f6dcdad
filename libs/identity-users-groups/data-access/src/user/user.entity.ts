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
  /** Invited and not yet accepted: exists (userByEmail finds it) but cannot log in until a password is set. */
  isInvitePending: boolean;
  createdAt: number;
}
