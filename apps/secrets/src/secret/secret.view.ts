import type { Secret } from '@fg/secrets/data-access';

/**
 * A secret as the API shows it: every field picked by name, so nothing stored with it (a value, a wrapped key) can
 * reach a response by accident.
 */
export function secretView(secret: Secret) {
  const common = { id: secret.id, name: secret.name, secretType: secret.secretType, usageScope: secret.usageScope };
  switch (secret.secretType) {
    case 'ENCRYPTED_TEXT':
    case 'ENCRYPTED_FILE':
      return {
        __typename: secret.secretType === 'ENCRYPTED_TEXT' ? ('EncryptedText' as const) : ('EncryptedFile' as const),
        ...common,
        secretManagerId: secret.secretManagerId,
        scopedToAccount: secret.scopedToAccount,
        inheritScopesFromSM: secret.inheritScopesFromSM,
        secretReference: secret.secretReference,
      };
    case 'WINRM_CREDENTIAL': {
      const { winRm } = secret;
      return {
        __typename: 'WinRMCredential' as const,
        ...common,
        secretReference: null,
        domain: winRm.domain,
        authenticationScheme: winRm.authenticationScheme,
        userName: winRm.userName,
        port: winRm.port,
        useSSL: winRm.useSSL,
        skipCertCheck: winRm.skipCertCheck,
        keyTabFilePath: winRm.keyTabFilePath,
        parameters: winRm.parameters.map(({ parameter, value }) => ({ parameter, value })),
      };
    }
    case 'SSH_CREDENTIAL': {
      const { sshAuthentication, kerberosAuthentication } = secret.ssh;
      const method = sshAuthentication?.sshAuthenticationMethod;
      return {
        __typename: 'SSHCredential' as const,
        ...common,
        secretReference: null,
        authenticationType: sshAuthentication
          ? {
              __typename: 'SSHAuthentication' as const,
              userName: sshAuthentication.userName,
              port: sshAuthentication.port,
              sshAuthenticationMethod: method && {
                sshCredentialType: method.sshCredentialType,
                inlineSSHKey: method.inlineSSHKey && {
                  sshKeySecretFileId: method.inlineSSHKey.sshKeySecretFileId,
                  passphraseSecretId: method.inlineSSHKey.passphraseSecretId,
                },
                sshKeyFile: method.sshKeyFile && { path: method.sshKeyFile.path, passphraseSecretId: method.sshKeyFile.passphraseSecretId },
                serverPassword: method.serverPassword && { passwordSecretId: method.serverPassword.passwordSecretId },
              },
            }
          : kerberosAuthentication && {
              __typename: 'KerberosAuthentication' as const,
              principal: kerberosAuthentication.principal,
              realm: kerberosAuthentication.realm,
              port: kerberosAuthentication.port,
            },
      };
    }
  }
}

export type SecretView = ReturnType<typeof secretView>;
