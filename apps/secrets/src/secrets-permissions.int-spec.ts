import { NO_PERMISSIONS, type AccountPermissionType } from '@fg/permissions';
import type { TestSubgraph } from '@fg/subgraph-server/testing';
import { CREATE_MANAGER, CREATE_SECRET, DELETE_SECRET, SECRET, UPDATE_SECRET, createText, fails, ok, principal, startSecretsSubgraph } from './testing/secrets.fixtures';

const ACCOUNT = 'acc-permissions';
const admin = principal(ACCOUNT, 'user', 'u-admin');
const withOnly = (...accountPermissions: AccountPermissionType[]) =>
  principal(ACCOUNT, 'user', `u-${accountPermissions.join('-') || 'none'}`, { ...NO_PERMISSIONS, accountPermissions });
const DENIED = { message: 'User not authorized', code: 'FORBIDDEN' };

const winRmInput = (name: string, passwordSecretId: string) => ({
  secretType: 'WINRM_CREDENTIAL',
  winRMCredential: { name, userName: 'admin', passwordSecretId },
});
const customManager = (name: string) => ({
  secretManagerType: 'CUSTOM',
  customSecretManagerInput: { name, templateId: 'tmpl-1', executeOnDelegate: true },
});

describe('secrets permissions (real store)', () => {
  let subgraph: TestSubgraph;
  let passwordId: string;

  beforeAll(async () => {
    subgraph = await startSecretsSubgraph();
    passwordId = await createText(subgraph, admin, 'perm-password', 'perm-value-1');
  });
  afterAll(() => subgraph.dispose());

  it('lets any principal of the account read metadata, and nobody without a permission change anything', async () => {
    const nobody = withOnly();
    expect(await ok(subgraph, nobody, SECRET, { id: passwordId, type: 'ENCRYPTED_TEXT' })).toMatchObject({ id: passwordId, name: 'perm-password' });
    expect(await fails(subgraph, nobody, CREATE_SECRET, { input: { secretType: 'ENCRYPTED_TEXT', encryptedText: { name: 'x', value: 'v' } } })).toEqual(DENIED);
    expect(
      await fails(subgraph, nobody, UPDATE_SECRET, { input: { secretId: passwordId, secretType: 'ENCRYPTED_TEXT', encryptedText: { name: 'renamed' } } }),
    ).toEqual(DENIED);
    expect(await fails(subgraph, nobody, DELETE_SECRET, { input: { secretId: passwordId, secretType: 'ENCRYPTED_TEXT' } })).toEqual(DENIED);
    expect(await fails(subgraph, nobody, CREATE_MANAGER, { input: customManager('Nobody’s') })).toEqual(DENIED);
    // The denied writes changed nothing.
    expect(await ok(subgraph, admin, SECRET, { id: passwordId, type: 'ENCRYPTED_TEXT' })).toMatchObject({ name: 'perm-password' });
  });

  it('needs MANAGE_SECRETS for texts and files, MANAGE_SSH_AND_WINRM for credentials', async () => {
    const secretsOnly = withOnly('MANAGE_SECRETS');
    const credentialsOnly = withOnly('MANAGE_SSH_AND_WINRM');
    await createText(subgraph, secretsOnly, 'perm-by-secrets-manager', 'perm-value-2');
    expect(await fails(subgraph, credentialsOnly, CREATE_SECRET, { input: { secretType: 'ENCRYPTED_TEXT', encryptedText: { name: 'y', value: 'v' } } })).toEqual(
      DENIED,
    );
    expect(await fails(subgraph, secretsOnly, CREATE_SECRET, { input: winRmInput('perm-winrm', passwordId) })).toEqual(DENIED);
    const winRm = await ok<{ secret: { id: string } }>(subgraph, credentialsOnly, CREATE_SECRET, { input: winRmInput('perm-winrm', passwordId) });
    expect(await fails(subgraph, secretsOnly, DELETE_SECRET, { input: { secretId: winRm.secret.id, secretType: 'WINRM_CREDENTIAL' } })).toEqual(DENIED);
    await ok(subgraph, credentialsOnly, DELETE_SECRET, { input: { secretId: winRm.secret.id, secretType: 'WINRM_CREDENTIAL' } });
  });

  it('needs MANAGE_SECRET_MANAGERS for secret managers', async () => {
    expect(await fails(subgraph, withOnly('MANAGE_SECRETS'), CREATE_MANAGER, { input: customManager('Denied') })).toEqual(DENIED);
    const created = await ok<{ secretManager: { name: string } }>(subgraph, withOnly('MANAGE_SECRET_MANAGERS'), CREATE_MANAGER, {
      input: customManager('Allowed'),
    });
    expect(created.secretManager.name).toBe('Allowed');
  });
});
