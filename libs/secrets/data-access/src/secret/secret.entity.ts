import type { EncryptedValue } from '@fg/secrets/encryption';
import type { UsageScope } from '../usage-scope/usage-scope.entity';

export type SecretType = 'ENCRYPTED_TEXT' | 'ENCRYPTED_FILE' | 'WINRM_CREDENTIAL' | 'SSH_CREDENTIAL';

export interface NameValue {
  name: string | null;
  value: string | null;
}

interface SecretBase {
  id: string;
  accountId: string;
  name: string;
  usageScope: UsageScope | null;
  /** Other secrets this one uses (an SSH key file, a WinRM password): a secret referenced here cannot be deleted. */
  referencedSecretIds: string[];
}

/** An encrypted text or file. Its value is never part of the entity: see SecretRepository.encryptedValues. */
export interface EncryptedSecret extends SecretBase {
  secretType: 'ENCRYPTED_TEXT' | 'ENCRYPTED_FILE';
  secretManagerId: string;
  scopedToAccount: boolean;
  inheritScopesFromSM: boolean;
  /** A path in an external secret manager, instead of a value held here. */
  secretReference: string | null;
  parameters: NameValue[];
  /** Bytes of the file (files) or characters of the text; 0 when the secret is only a reference. */
  valueSize: number;
}

export interface WinRmSettings {
  authenticationScheme: 'NTLM' | 'BASIC' | 'KERBEROS' | null;
  domain: string | null;
  userName: string;
  passwordSecretId: string;
  useSSL: boolean | null;
  skipCertCheck: boolean | null;
  port: number | null;
  keyTabFilePath: string | null;
  parameters: { parameter: string | null; value: string | null }[];
}

export interface WinRmSecret extends SecretBase {
  secretType: 'WINRM_CREDENTIAL';
  winRm: WinRmSettings;
}

export interface SshAuthenticationMethod {
  sshCredentialType: 'SSH_KEY' | 'SSH_KEY_FILE_PATH' | 'PASSWORD';
  inlineSSHKey: { sshKeySecretFileId: string; passphraseSecretId: string | null } | null;
  sshKeyFile: { path: string; passphraseSecretId: string | null } | null;
  serverPassword: { passwordSecretId: string } | null;
}

export interface SshSettings {
  authenticationScheme: 'SSH' | 'KERBEROS';
  sshAuthentication: { userName: string; port: number; sshAuthenticationMethod: SshAuthenticationMethod } | null;
  kerberosAuthentication: {
    principal: string;
    realm: string;
    port: number;
    tgtGenerationMethod: {
      tgtGenerationUsing: 'KEY_TAB_FILE' | 'PASSWORD';
      keyTabFile: { filePath: string } | null;
      kerberosPassword: { passwordSecretId: string } | null;
    } | null;
  } | null;
}

export interface SshSecret extends SecretBase {
  secretType: 'SSH_CREDENTIAL';
  ssh: SshSettings;
}

export type Secret = EncryptedSecret | WinRmSecret | SshSecret;

/** Fields a create or an update writes; the repository derives the rest. */
export type SecretFields =
  | Omit<EncryptedSecret, 'id' | 'accountId'>
  | Omit<WinRmSecret, 'id' | 'accountId'>
  | Omit<SshSecret, 'id' | 'accountId'>;

/** A stored value with what decrypting it needs: the secret it belongs to (the cipher's context). */
export interface StoredSecretValue {
  secret: EncryptedSecret;
  value: EncryptedValue;
}
