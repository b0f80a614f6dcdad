import { eventPosition } from '@fg/domain-events';
import { SecretReferenceProjection } from '@fg/secrets/data-access';
import type { TestSubgraph } from '@fg/subgraph-server/testing';
import {
  CREATE_MANAGER,
  CREATE_SECRET,
  DELETE_SECRET,
  SECRET,
  SECRET_BY_NAME,
  UPDATE_SECRET,
  alice,
  bob,
  createText,
  fails,
  ok,
  recordedFacts,
  startSecretsSubgraph,
  principal,
  secretsEnv,
} from '../testing/secrets.fixtures';

type Payload = { clientMutationId?: string; secret: { id: string; name: string; secretType: string; usageScope?: unknown } };
const prodScope = { appEnvScopes: [{ application: { appId: 'app-1' }, environment: { filterType: 'PRODUCTION_ENVIRONMENTS' } }] };
const prodScopeOut = { appEnvScopes: [{ application: { filterType: null, appId: 'app-1' }, environment: { filterType: 'PRODUCTION_ENVIRONMENTS', envId: null } }] };

describe('secrets (real store)', () => {
  let subgraph: TestSubgraph;
  const published = recordedFacts();
  const stored = (id: string) => subgraph.connection.db!.collection('secrets').findOne({ _id: id as never });

  beforeAll(async () => {
    subgraph = await startSecretsSubgraph(secretsEnv({ maxFileBytes: 1024 }), published);
  });
  afterAll(() => subgraph.dispose());

  describe('ENCRYPTED_TEXT', () => {
    it('creates, reads by id and name, updates and deletes, never returning the value', async () => {
      const created = await ok<Payload>(subgraph, alice, CREATE_SECRET, {
        input: { clientMutationId: 'c-1', secretType: 'ENCRYPTED_TEXT', encryptedText: { name: 'db-password', value: 'pw-1', usageScope: prodScope } },
      });
      expect(created).toEqual({ clientMutationId: 'c-1', secret: { id: expect.any(String), name: 'db-password', secretType: 'ENCRYPTED_TEXT' } });
      const { id } = created.secret;

      const expected = {
        id,
        name: 'db-password',
        secretType: 'ENCRYPTED_TEXT',
        secretReference: null,
        usageScope: prodScopeOut,
        secretManagerId: expect.any(String),
        scopedToAccount: false,
        inheritScopesFromSM: false,
      };
      expect(await ok(subgraph, alice, SECRET, { id, type: 'ENCRYPTED_TEXT' })).toEqual(expected);
      expect(await ok(subgraph, alice, SECRET_BY_NAME, { name: 'db-password', type: 'ENCRYPTED_TEXT' })).toEqual(expected);

      const document = await stored(id);
      expect(document?.value).toEqual({ keyId: 'test-key', wrappedDataKey: expect.any(String), ciphertext: expect.any(String) });
      expect(JSON.stringify(document)).not.toContain('pw-1');

      const updated = await ok<Payload>(subgraph, alice, UPDATE_SECRET, {
        input: { clientMutationId: 'u-1', secretId: id, secretType: 'ENCRYPTED_TEXT', encryptedText: { name: 'db-password-2', value: 'pw-2', usageScope: null } },
      });
      expect(updated).toEqual({ clientMutationId: 'u-1', secret: { id, name: 'db-password-2', secretType: 'ENCRYPTED_TEXT', usageScope: null } });
      const reencrypted = (await stored(id))?.value;
      expect(reencrypted.ciphertext).not.toBe(document?.value.ciphertext);

      // Absent fields are kept: the value and the scope stay as they were.
      const renamed = await ok<Payload>(subgraph, alice, UPDATE_SECRET, {
        input: { secretId: id, secretType: 'ENCRYPTED_TEXT', encryptedText: { name: 'db-password-3', scopedToAccount: true } },
      });
      expect(renamed.secret.name).toBe('db-password-3');
      expect(await stored(id)).toMatchObject({ value: reencrypted, scopedToAccount: true, usageScope: null });

      expect(await ok(subgraph, alice, DELETE_SECRET, { input: { clientMutationId: 'd-1', secretId: id, secretType: 'ENCRYPTED_TEXT' } })).toEqual({
        clientMutationId: 'd-1',
      });
      expect(await fails(subgraph, alice, SECRET, { id, type: 'ENCRYPTED_TEXT' })).toEqual({ message: 'No secret exists with given input.', code: 'NOT_FOUND' });
      expect(await stored(id)).toBeNull();

      // What the other subgraphs are told: the facts, never the value.
      const fact = (type: string, name: string, usageScope: unknown) => ({
        type,
        payload: { accountId: alice.accountId, secretId: id, secretType: 'ENCRYPTED_TEXT', name, usageScope },
      });
      expect(published.facts.filter((f) => f.payload.secretId === id)).toEqual([
        fact('secret.created', 'db-password', prodScopeOut),
        fact('secret.updated', 'db-password-2', null),
        fact('secret.updated', 'db-password-3', null),
        fact('secret.deleted', 'db-password-3', null),
      ]);
      expect(JSON.stringify(published.facts)).not.toContain('pw-');
    });

    it('stores a reference into an external manager instead of a value, and refuses values there', async () => {
      const vault = await ok<{ secretManager: { id: string } }>(subgraph, alice, CREATE_MANAGER, {
        input: {
          secretManagerType: 'CUSTOM',
          customSecretManagerInput: { name: 'Ext', templateId: 't' },
        },
      });
      const smId = vault.secretManager.id;
      const id = await createText(subgraph, alice, 'ext-ref', null, { secretReference: 'kv/app#pw', secretManagerId: smId, inheritScopesFromSM: true });
      expect(await ok(subgraph, alice, SECRET, { id, type: 'ENCRYPTED_TEXT' })).toMatchObject({ secretReference: 'kv/app#pw', secretManagerId: smId, inheritScopesFromSM: true });
      expect((await stored(id))?.value).toBeNull();

      const refused = await fails(subgraph, alice, CREATE_SECRET, {
        input: { secretType: 'ENCRYPTED_TEXT', encryptedText: { name: 'ext-value', value: 'v', secretManagerId: smId } },
      });
      expect(refused).toEqual({ message: 'Storing values in secret manager "Ext" (CUSTOM) is not supported yet; give a secretReference', code: 'BAD_USER_INPUT' });
      expect(
        (await fails(subgraph, alice, CREATE_SECRET, { input: { secretType: 'ENCRYPTED_TEXT', encryptedText: { name: 'r', secretReference: 'x' } } })).message,
      ).toMatch(/holds values/);
      expect(
        await fails(subgraph, alice, CREATE_SECRET, { input: { secretType: 'ENCRYPTED_TEXT', encryptedText: { name: 'r', value: 'v', secretManagerId: 'nope' } } }),
      ).toEqual({ message: 'Secret Manager does not exist', code: 'NOT_FOUND' });
    });
  });

  describe('ENCRYPTED_FILE', () => {
    const file = Buffer.from('-----BEGIN KEY-----\nfile-bytes\n-----END KEY-----\n');

    it('creates from the file part, replaces the content on update, and deletes', async () => {
      const created = await ok<Payload>(subgraph, alice, CREATE_SECRET, {
        input: { secretType: 'ENCRYPTED_FILE', encryptedFile: { name: 'deploy-key', scopedToAccount: true } },
        file: file.toString('base64'),
      });
      const { id } = created.secret;
      expect(await ok(subgraph, alice, SECRET_BY_NAME, { name: 'deploy-key', type: 'ENCRYPTED_FILE' })).toMatchObject({
        id,
        secretType: 'ENCRYPTED_FILE',
        scopedToAccount: true,
        usageScope: null,
      });
      const document = await stored(id);
      expect(document?.valueSize).toBe(file.length);
      expect(JSON.stringify(document)).not.toContain('file-bytes');

      await ok(subgraph, alice, UPDATE_SECRET, {
        input: { secretId: id, secretType: 'ENCRYPTED_FILE', encryptedFile: { name: 'deploy-key' } },
        file: Buffer.from('new').toString('base64'),
      });
      expect((await stored(id))?.valueSize).toBe(3);
      // Without a new file part the stored file stays.
      await ok(subgraph, alice, UPDATE_SECRET, { input: { secretId: id, secretType: 'ENCRYPTED_FILE', encryptedFile: { name: 'deploy-key-2' } } });
      expect(await stored(id)).toMatchObject({ name: 'deploy-key-2', valueSize: 3 });

      await ok(subgraph, alice, DELETE_SECRET, { input: { secretId: id, secretType: 'ENCRYPTED_FILE' } });
      expect(await stored(id)).toBeNull();
    });

    it('refuses a file over the limit, a missing file and content that is not base64', async () => {
      const input = { secretType: 'ENCRYPTED_FILE', encryptedFile: { name: 'big' } };
      expect(await fails(subgraph, alice, CREATE_SECRET, { input, file: Buffer.alloc(1025).toString('base64') })).toEqual({
        message: 'The file is 1025 bytes; an encrypted file may be at most 1024 bytes',
        code: 'BAD_USER_INPUT',
      });
      expect(await ok(subgraph, alice, CREATE_SECRET, { input: { ...input, encryptedFile: { name: 'exactly-1024' } }, file: Buffer.alloc(1024).toString('base64') })).toMatchObject({
        secret: { name: 'exactly-1024' },
      });
      expect((await fails(subgraph, alice, CREATE_SECRET, { input })).message).toMatch(/multipart with the file part/);
      expect((await fails(subgraph, alice, CREATE_SECRET, { input, file: 'not base64!' })).message).toBe('The file content is not valid base64');
    });
  });

  describe('WINRM_CREDENTIAL', () => {
    it('creates with defaults, updates partially and validates the password secret', async () => {
      const passwordId = await createText(subgraph, alice, 'winrm-password', 'winrm-pw');
      const created = await ok<Payload>(subgraph, alice, CREATE_SECRET, {
        input: {
          secretType: 'WINRM_CREDENTIAL',
          winRMCredential: { name: 'win', userName: 'Administrator', passwordSecretId: passwordId, domain: 'corp', parameters: [{ parameter: 'p', value: 'v' }] },
        },
      });
      const { id } = created.secret;
      expect(await ok(subgraph, alice, SECRET, { id, type: 'WINRM_CREDENTIAL' })).toEqual({
        id,
        name: 'win',
        secretType: 'WINRM_CREDENTIAL',
        secretReference: null,
        usageScope: null,
        domain: 'corp',
        authenticationScheme: 'NTLM',
        userName: 'Administrator',
        port: 5986,
        useSSL: true,
        skipCertCheck: true,
        keyTabFilePath: null,
        parameters: [{ parameter: 'p', value: 'v' }],
      });

      await ok(subgraph, alice, UPDATE_SECRET, { input: { secretId: id, secretType: 'WINRM_CREDENTIAL', winRMCredential: { useSSL: false, port: 5985, usageScope: prodScope } } });
      expect(await ok(subgraph, alice, SECRET, { id, type: 'WINRM_CREDENTIAL' })).toMatchObject({ name: 'win', userName: 'Administrator', useSSL: false, port: 5985, usageScope: prodScopeOut });

      const missing = await fails(subgraph, alice, CREATE_SECRET, {
        input: { secretType: 'WINRM_CREDENTIAL', winRMCredential: { name: 'win-2', userName: 'a', passwordSecretId: 'nope' } },
      });
      expect(missing).toEqual({ message: 'passwordSecretId "nope" names no encrypted text in this account', code: 'BAD_USER_INPUT' });
    });
  });

  describe('SSH_CREDENTIAL', () => {
    it('creates each authentication method, switches to Kerberos on update, and shows the union', async () => {
      const keyFileId = (await ok<Payload>(subgraph, alice, CREATE_SECRET, {
        input: { secretType: 'ENCRYPTED_FILE', encryptedFile: { name: 'ssh-key-file' } },
        file: Buffer.from('ssh-key').toString('base64'),
      })).secret.id;
      const passphraseId = await createText(subgraph, alice, 'ssh-passphrase', 'pp');
      const passwordId = await createText(subgraph, alice, 'ssh-password', 'spw');

      const methods = [
        { sshCredentialType: 'SSH_KEY', inlineSSHKey: { sshKeySecretFileId: keyFileId, passphraseSecretId: passphraseId } },
        { sshCredentialType: 'SSH_KEY_FILE_PATH', sshKeyFile: { path: '/home/u/.ssh/id_rsa', passphraseSecretId: passphraseId } },
        { sshCredentialType: 'PASSWORD', serverPassword: { passwordSecretId: passwordId } },
      ];
      for (const [index, method] of methods.entries()) {
        const { secret } = await ok<Payload>(subgraph, alice, CREATE_SECRET, {
          input: { secretType: 'SSH_CREDENTIAL', sshCredential: { name: `ssh-${index}`, authenticationScheme: 'SSH', sshAuthentication: { userName: 'ubuntu', port: 22, sshAuthenticationMethod: method } } },
        });
        const read = await ok<{ authenticationType: { userName: string; sshAuthenticationMethod: Record<string, unknown> } }>(subgraph, alice, SECRET, { id: secret.id, type: 'SSH_CREDENTIAL' });
        expect(read.authenticationType.userName).toBe('ubuntu');
        expect(read.authenticationType.sshAuthenticationMethod).toEqual({
          inlineSSHKey: null,
          sshKeyFile: null,
          serverPassword: null,
          ...method,
        });
      }

      const id = (await ok<{ id: string }>(subgraph, alice, SECRET_BY_NAME, { name: 'ssh-2', type: 'SSH_CREDENTIAL' })).id;
      await ok(subgraph, alice, UPDATE_SECRET, {
        input: {
          secretId: id,
          secretType: 'SSH_CREDENTIAL',
          sshCredential: {
            authenticationScheme: 'KERBEROS',
            kerberosAuthentication: { principal: 'svc', realm: 'CORP.EXAMPLE', port: 88, tgtGenerationMethod: { tgtGenerationUsing: 'PASSWORD', kerberosPassword: { passwordSecretId: passwordId } } },
          },
        },
      });
      expect(await ok(subgraph, alice, SECRET, { id, type: 'SSH_CREDENTIAL' })).toMatchObject({
        name: 'ssh-2',
        authenticationType: { principal: 'svc', realm: 'CORP.EXAMPLE', port: 88 },
      });
    });

    it('refuses mismatched methods and references to missing secrets', async () => {
      const base = { name: 'ssh-bad', authenticationScheme: 'SSH' };
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ ...base, sshAuthentication: { userName: 'u', port: 22, sshAuthenticationMethod: { sshCredentialType: 'PASSWORD', inlineSSHKey: { sshKeySecretFileId: 'x' } } } }, /takes exactly serverPassword/],
        [{ ...base, sshAuthentication: { userName: 'u', port: 22, sshAuthenticationMethod: { sshCredentialType: 'PASSWORD', serverPassword: { passwordSecretId: 'nope' } } } }, /passwordSecretId "nope" names no encrypted text/],
        [{ ...base, sshAuthentication: { userName: 'u', port: 0, sshAuthenticationMethod: { sshCredentialType: 'SSH_KEY_FILE_PATH', sshKeyFile: { path: '/k' } } } }, /port must be a port/],
        [{ ...base }, /needs sshAuthentication/],
        [{ ...base, authenticationScheme: 'KERBEROS', sshAuthentication: { userName: 'u', port: 22, sshAuthenticationMethod: { sshCredentialType: 'SSH_KEY_FILE_PATH', sshKeyFile: { path: '/k' } } } }, /takes kerberosAuthentication/],
      ];
      for (const [sshCredential, message] of cases) {
        const error = await fails(subgraph, alice, CREATE_SECRET, { input: { secretType: 'SSH_CREDENTIAL', sshCredential } });
        expect(error.code).toBe('BAD_USER_INPUT');
        expect(error.message).toMatch(message);
      }
    });
  });

  describe('bad input', () => {
    it('refuses a slot of another type, two slots at once, no slot, and an unknown slot', async () => {
      expect(await fails(subgraph, alice, CREATE_SECRET, { input: { secretType: 'ENCRYPTED_TEXT', encryptedFile: { name: 'x' } } })).toEqual({
        message: 'secretType ENCRYPTED_TEXT takes encryptedText, not encryptedFile',
        code: 'BAD_USER_INPUT',
      });
      expect(
        await fails(subgraph, alice, CREATE_SECRET, { input: { secretType: 'ENCRYPTED_TEXT', encryptedText: { name: 'x', value: 'v' }, encryptedFile: { name: 'x' } } }),
      ).toEqual({ message: 'Give only one of encryptedText, encryptedFile, winRMCredential, sshCredential; got encryptedText and encryptedFile', code: 'BAD_USER_INPUT' });
      expect(await fails(subgraph, alice, CREATE_SECRET, { input: { secretType: 'SSH_CREDENTIAL' } })).toEqual({
        message: 'secretType SSH_CREDENTIAL needs sshCredential',
        code: 'BAD_USER_INPUT',
      });
      const unknown = await subgraph.query(alice, CREATE_SECRET, { input: { secretType: 'ENCRYPTED_TEXT', kmsText: { name: 'x' } } });
      expect(unknown.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(unknown.body.errors?.[0].message).toMatch(/kmsText/);
      const badType = await subgraph.query(alice, CREATE_SECRET, { input: { secretType: 'AWS_SECRET', encryptedText: { name: 'x' } } });
      expect(badType.body.errors?.[0].message).toMatch(/AWS_SECRET/);
    });

    it('refuses an empty name, an empty value, both value and reference, and contradictory scopes', async () => {
      const text = (encryptedText: Record<string, unknown>) => ({ input: { secretType: 'ENCRYPTED_TEXT', encryptedText } });
      expect(await fails(subgraph, alice, CREATE_SECRET, text({ name: '  ', value: 'v' }))).toEqual({ message: 'Secret name must not be empty', code: 'BAD_USER_INPUT' });
      expect((await fails(subgraph, alice, CREATE_SECRET, text({ name: 'e', value: '' }))).message).toBe('value must not be empty');
      expect((await fails(subgraph, alice, CREATE_SECRET, text({ name: 'e', value: 'v', secretReference: 'r' }))).message).toMatch(/not both/);
      expect((await fails(subgraph, alice, CREATE_SECRET, text({ name: 'e' }))).message).toMatch(/needs a value or a secretReference/);
      expect((await fails(subgraph, alice, CREATE_SECRET, text({ name: 'e', value: 'v', scopedToAccount: true, usageScope: prodScope }))).message).toMatch(
        /scoped to the account takes no usageScope/,
      );
      expect(
        (await fails(subgraph, alice, CREATE_SECRET, text({ name: 'e', value: 'v', usageScope: { appEnvScopes: [{ application: { filterType: 'ALL', appId: 'a' }, environment: { envId: 'e' } }] } })))
          .message,
      ).toMatch(/either filterType ALL or an appId/);
    });

    it('refuses a duplicate name with CONFLICT, texts and files sharing one name space', async () => {
      await createText(subgraph, alice, 'dup', 'v');
      expect(await fails(subgraph, alice, CREATE_SECRET, { input: { secretType: 'ENCRYPTED_TEXT', encryptedText: { name: 'dup', value: 'w' } } })).toEqual({
        message: 'A secret named "dup" already exists',
        code: 'CONFLICT',
      });
      expect(
        await fails(subgraph, alice, CREATE_SECRET, { input: { secretType: 'ENCRYPTED_FILE', encryptedFile: { name: 'dup' } }, file: 'AAAA' }),
      ).toMatchObject({ code: 'CONFLICT' });
      const other = await createText(subgraph, alice, 'dup-2', 'v');
      expect(
        await fails(subgraph, alice, UPDATE_SECRET, { input: { secretId: other, secretType: 'ENCRYPTED_TEXT', encryptedText: { name: 'dup' } } }),
      ).toMatchObject({ code: 'CONFLICT' });
    });

    it('answers the reference texts for a missing secret', async () => {
      expect(await fails(subgraph, alice, DELETE_SECRET, { input: { secretId: 'missing', secretType: 'ENCRYPTED_TEXT' } })).toEqual({
        message: 'No secret exists with the id missing',
        code: 'NOT_FOUND',
      });
      const id = await createText(subgraph, alice, 'typed', 'v');
      // The id of a text asked for as a file is no file.
      expect(await fails(subgraph, alice, SECRET, { id, type: 'ENCRYPTED_FILE' })).toEqual({ message: 'No secret exists with given input.', code: 'NOT_FOUND' });
    });
  });

  describe('tenancy', () => {
    it('keeps every secret operation inside the caller\'s account', async () => {
      const id = await createText(subgraph, alice, 'alice-only', 'v');
      expect(await fails(subgraph, bob, SECRET, { id, type: 'ENCRYPTED_TEXT' })).toMatchObject({ code: 'NOT_FOUND' });
      expect(await fails(subgraph, bob, SECRET_BY_NAME, { name: 'alice-only', type: 'ENCRYPTED_TEXT' })).toMatchObject({ code: 'NOT_FOUND' });
      expect(await fails(subgraph, bob, UPDATE_SECRET, { input: { secretId: id, secretType: 'ENCRYPTED_TEXT', encryptedText: { value: 'x' } } })).toMatchObject({ code: 'NOT_FOUND' });
      expect(await fails(subgraph, bob, DELETE_SECRET, { input: { secretId: id, secretType: 'ENCRYPTED_TEXT' } })).toMatchObject({ code: 'NOT_FOUND' });
      // Bob cannot point a credential at Alice's secret either.
      expect(
        (await fails(subgraph, bob, CREATE_SECRET, { input: { secretType: 'WINRM_CREDENTIAL', winRMCredential: { name: 'w', userName: 'u', passwordSecretId: id } } })).message,
      ).toMatch(/names no encrypted text in this account/);
      // The same name is free in another account.
      await createText(subgraph, bob, 'alice-only', 'b');
      expect(await ok(subgraph, alice, SECRET, { id, type: 'ENCRYPTED_TEXT' })).toMatchObject({ id, name: 'alice-only' });
    });
  });

  describe('deleting a referenced secret', () => {
    it('is refused while an SSH or WinRM credential, or another subgraph\'s entity, uses it, naming them', async () => {
      const account = principal('acc-referenced', 'user', 'u');
      const passwordId = await createText(subgraph, account, 'shared-password', 'v');
      const winRm = await ok<Payload>(subgraph, account, CREATE_SECRET, {
        input: { secretType: 'WINRM_CREDENTIAL', winRMCredential: { name: 'win-host', userName: 'u', passwordSecretId: passwordId } },
      });
      const projection = new SecretReferenceProjection(subgraph.connection);
      const connector = { type: 'CONNECTOR', id: 'c-1', name: 'GitHub' };
      await projection.apply({ type: 'secret.referenced', accountId: account.accountId, secretId: passwordId, referrer: connector }, eventPosition('1-1'));

      expect(await fails(subgraph, account, DELETE_SECRET, { input: { secretId: passwordId, secretType: 'ENCRYPTED_TEXT' } })).toEqual({
        message: 'Secret "shared-password" is in use by WinRM credential "win-host", connector "GitHub"; remove those references first',
        code: 'CONFLICT',
      });

      await ok(subgraph, account, DELETE_SECRET, { input: { secretId: winRm.secret.id, secretType: 'WINRM_CREDENTIAL' } });
      await projection.apply({ type: 'secret.unreferenced', accountId: account.accountId, secretId: passwordId, referrer: connector }, eventPosition('1-2'));
      await ok(subgraph, account, DELETE_SECRET, { input: { secretId: passwordId, secretType: 'ENCRYPTED_TEXT' } });
      expect(await stored(passwordId)).toBeNull();
    });
  });
});
