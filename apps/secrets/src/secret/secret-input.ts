import type { SecretType, SshSettings, WinRmSettings } from '@fg/secrets/data-access';
import type { UsageScopeInput } from '../usage-scope/usage-scope';

// The reference's input types (API.md §4.4). Several are named without "Input" in the schema; the names below say
// which GraphQL type each mirrors.

export interface NameValueInput {
  name?: string | null;
  value?: string | null;
}

/** EncryptedTextInput and UpdateEncryptedText. */
export interface EncryptedTextInput {
  secretManagerId?: string | null;
  name?: string | null;
  value?: string | null;
  secretReference?: string | null;
  parameters?: (NameValueInput | null)[] | null;
  usageScope?: UsageScopeInput | null;
  scopedToAccount?: boolean | null;
  inheritScopesFromSM?: boolean | null;
}

/** EncryptedFileInput (create and update alike). */
export type EncryptedFileInput = Omit<EncryptedTextInput, 'value' | 'secretReference' | 'parameters'>;

/** WinRMCredentialInput and UpdateWinRMCredential. */
export type WinRmCredentialInput = {
  [K in keyof Omit<WinRmSettings, 'parameters'>]?: WinRmSettings[K] | null;
} & {
  name?: string | null;
  usageScope?: UsageScopeInput | null;
  parameters?: ({ parameter?: string | null; value?: string | null } | null)[] | null;
};

/** SSHCredentialInput and UpdateSSHCredential (SSHAuthenticationInput, SSHAuthenticationMethod, InlineSSHKey, …). */
export interface SshCredentialInput {
  name?: string | null;
  authenticationScheme?: SshSettings['authenticationScheme'] | null;
  sshAuthentication?: {
    userName: string;
    port: number;
    sshAuthenticationMethod: {
      sshCredentialType: 'SSH_KEY' | 'SSH_KEY_FILE_PATH' | 'PASSWORD';
      inlineSSHKey?: { sshKeySecretFileId: string; passphraseSecretId?: string | null } | null;
      sshKeyFile?: { path: string; passphraseSecretId?: string | null } | null;
      serverPassword?: { passwordSecretId: string } | null;
    };
  } | null;
  kerberosAuthentication?: {
    principal: string;
    realm: string;
    port: number;
    tgtGenerationMethod?: {
      tgtGenerationUsing: 'KEY_TAB_FILE' | 'PASSWORD';
      keyTabFile?: { filePath: string } | null;
      kerberosPassword?: { passwordSecretId: string } | null;
    } | null;
  } | null;
  usageScope?: UsageScopeInput | null;
}

/** CreateSecretInput and UpdateSecretInput, less clientMutationId and secretId. */
export interface SecretInput {
  secretType: SecretType;
  encryptedText?: EncryptedTextInput | null;
  encryptedFile?: EncryptedFileInput | null;
  winRMCredential?: WinRmCredentialInput | null;
  sshCredential?: SshCredentialInput | null;
}

export const SLOT_OF_TYPE = {
  ENCRYPTED_TEXT: 'encryptedText',
  ENCRYPTED_FILE: 'encryptedFile',
  WINRM_CREDENTIAL: 'winRMCredential',
  SSH_CREDENTIAL: 'sshCredential',
} as const;
