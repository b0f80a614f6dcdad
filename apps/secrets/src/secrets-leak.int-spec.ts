import { Writable } from 'node:stream';
import type { Principal } from '@fg/internal-auth';
import { createLogger } from '@fg/logger';
import { startSubgraph, type StartedSubgraph } from '@fg/subgraph-server';
import { TEST_SIGNING_SECRET, signedHeaders, testServices, uniqueName } from '@fg/testing';
import { SECRET_VALUES_PATH } from './secret-values/secret-values.route';
import {
  CREATE_MANAGER,
  CREATE_SECRET,
  DELETE_MANAGER,
  DELETE_SECRET,
  MANAGERS,
  SECRET,
  SECRET_BY_NAME,
  UPDATE_MANAGER,
  UPDATE_SECRET,
  principal,
  secretsEnv,
} from './testing/secrets.fixtures';
import { loadSecretsSettings } from './settings';
import { secretsSubgraph } from './subgraph';

// Every value this spec stores, each recognisable; none may appear anywhere but in a delegate's answer.
const VALUES = {
  text: 'LEAK-CANARY-TEXT-5f1e',
  textUpdated: 'LEAK-CANARY-TEXT-UPDATED-77ab',
  file: 'LEAK-CANARY-FILE-CONTENT-0c9d',
  winRmPassword: 'LEAK-CANARY-WINRM-PASSWORD-3e2a',
  sshPassphrase: 'LEAK-CANARY-SSH-PASSPHRASE-91b0',
  sshKey: 'LEAK-CANARY-SSH-PRIVATE-KEY-44f1',
  vaultToken: 'LEAK-CANARY-VAULT-TOKEN-a7c3',
  vaultSecretId: 'LEAK-CANARY-VAULT-APPROLE-SECRET-ID-e812',
};
const user: Principal = principal('acc-leak', 'user', 'u-leak');

/** The value, and the encodings a careless write might use, so an encoded copy counts as a leak too. */
const forms = (value: string) => [value, Buffer.from(value).toString('base64'), Buffer.from(value).toString('hex')];

function occurrences(haystack: string): string[] {
  return Object.values(VALUES).flatMap((value) => forms(value).filter((form) => haystack.includes(form)));
}

describe('secret values never leak (real store, every query, the logs and the raw database)', () => {
  let subgraph: StartedSubgraph;
  const logLines: string[] = [];
  const responses: string[] = [];

  const call = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(subgraph.url, { method: 'POST', headers: signedHeaders(user), body: JSON.stringify({ query, variables }) });
    const text = await response.text();
    responses.push(text);
    return JSON.parse(text) as { data?: Record<string, Record<string, unknown>>; errors?: unknown[] };
  };

  beforeAll(async () => {
    const destination = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    const { mongoUrl, redisUrl } = await testServices();
    subgraph = await startSubgraph(
      secretsSubgraph(),
      {
        environment: { port: 0, host: '127.0.0.1', mongoUrl, mongoDbName: uniqueName('secrets_leak'), signingSecret: TEST_SIGNING_SECRET, logLevel: 'trace' },
        settings: loadSecretsSettings({ ...secretsEnv(), REDIS_URL: redisUrl, REDIS_KEY_PREFIX: `${uniqueName('leak')}:` }),
      },
      createLogger('secrets', 'trace', destination),
    );
  });
  afterAll(async () => {
    await subgraph.connection.dropDatabase();
    await subgraph.stop();
  });

  it('shows no value in any response, log line or stored document', async () => {
    const created = async (input: Record<string, unknown>, file?: string) => {
      const body = await call(CREATE_SECRET, { input, file });
      expect(body.errors).toBeUndefined();
      return (body.data?.createSecret.secret as { id: string }).id;
    };
    const textId = await created({ secretType: 'ENCRYPTED_TEXT', encryptedText: { name: 'leak-text', value: VALUES.text } });
    const fileId = await created({ secretType: 'ENCRYPTED_FILE', encryptedFile: { name: 'leak-file' } }, Buffer.from(VALUES.file).toString('base64'));
    const winRmPasswordId = await created({ secretType: 'ENCRYPTED_TEXT', encryptedText: { name: 'leak-winrm-password', value: VALUES.winRmPassword } });
    const passphraseId = await created({ secretType: 'ENCRYPTED_TEXT', encryptedText: { name: 'leak-passphrase', value: VALUES.sshPassphrase } });
    const keyId = await created({ secretType: 'ENCRYPTED_FILE', encryptedFile: { name: 'leak-ssh-key' } }, Buffer.from(VALUES.sshKey).toString('base64'));
    const winRmId = await created({ secretType: 'WINRM_CREDENTIAL', winRMCredential: { name: 'leak-winrm', userName: 'admin', passwordSecretId: winRmPasswordId } });
    const sshId = await created({
      secretType: 'SSH_CREDENTIAL',
      sshCredential: {
        name: 'leak-ssh',
        authenticationScheme: 'SSH',
        sshAuthentication: { userName: 'u', port: 22, sshAuthenticationMethod: { sshCredentialType: 'SSH_KEY', inlineSSHKey: { sshKeySecretFileId: keyId, passphraseSecretId: passphraseId } } },
      },
    });
    const vault = await call(CREATE_MANAGER, {
      input: {
        secretManagerType: 'HASHICORP_VAULT',
        hashicorpVaultConfigInput: { name: 'leak-vault', vaultUrl: 'https://vault', authDetails: { authToken: VALUES.vaultToken }, secretEngineName: 'kv', secretEngineVersion: 2, secretEngineRenewalInterval: '5' },
      },
    });
    const vaultId = (vault.data?.createSecretManager.secretManager as { id: string }).id;

    // Every query, by id and by name, for every type; entities; the manager list.
    for (const [id, name, type] of [
      [textId, 'leak-text', 'ENCRYPTED_TEXT'],
      [fileId, 'leak-file', 'ENCRYPTED_FILE'],
      [winRmId, 'leak-winrm', 'WINRM_CREDENTIAL'],
      [sshId, 'leak-ssh', 'SSH_CREDENTIAL'],
    ]) {
      expect((await call(SECRET, { id, type })).errors).toBeUndefined();
      expect((await call(SECRET_BY_NAME, { name, type })).errors).toBeUndefined();
    }
    expect((await call(MANAGERS, { limit: 100 })).errors).toBeUndefined();
    await call(`query($id: String!) { secretManager(secretManagerId: $id) { id name } }`, { id: vaultId });
    await call(`query { secretManagerByName(name: "leak-vault") { id name } }`);
    await call(`query($r: [_Any!]!) { _entities(representations: $r) { ... on SecretManager { id name } } }`, { r: [{ __typename: 'SecretManager', id: vaultId }] });

    // Updates, failures carrying values, and deletes.
    expect((await call(UPDATE_SECRET, { input: { secretId: textId, secretType: 'ENCRYPTED_TEXT', encryptedText: { value: VALUES.textUpdated } } })).errors).toBeUndefined();
    expect((await call(CREATE_SECRET, { input: { secretType: 'ENCRYPTED_TEXT', encryptedText: { name: 'leak-text', value: VALUES.text } } })).errors).toHaveLength(1);
    expect((await call(CREATE_SECRET, { input: { secretType: 'ENCRYPTED_TEXT', encryptedText: { name: ' ', value: VALUES.text } } })).errors).toHaveLength(1);
    expect((await call(CREATE_SECRET, { input: { secretType: 'ENCRYPTED_TEXT', encryptedText: { name: 'x', value: VALUES.text, secretReference: 'r' } } })).errors).toHaveLength(1);
    expect((await call(UPDATE_MANAGER, { input: { secretManagerId: vaultId, secretManagerType: 'HASHICORP_VAULT', hashicorpVaultConfigInput: { authDetails: { appRoleId: 'r', secretId: VALUES.vaultSecretId } } } })).errors).toBeUndefined();
    expect((await call(UPDATE_MANAGER, { input: { secretManagerId: vaultId, secretManagerType: 'HASHICORP_VAULT', hashicorpVaultConfigInput: { authDetails: { authToken: VALUES.vaultToken, secretId: VALUES.vaultSecretId } } } })).errors).toHaveLength(1);
    expect((await call(DELETE_SECRET, { input: { secretId: winRmPasswordId, secretType: 'ENCRYPTED_TEXT' } })).errors).toHaveLength(1);

    // The one place values go: a delegate task. Its answer is the task's input, so it is not searched; its log is.
    const delegateAnswer = await fetch(new URL(SECRET_VALUES_PATH, subgraph.url), {
      method: 'POST',
      headers: signedHeaders(principal(user.accountId, 'delegate', 'd-1')),
      body: JSON.stringify({ secretNames: ['leak-text', 'leak-winrm-password'] }),
    });
    const delegateText = await delegateAnswer.text();
    expect((JSON.parse(delegateText) as { values: { value: string }[] }).values.map((v) => v.value)).toEqual([VALUES.textUpdated, VALUES.winRmPassword]);
    // The search below does find a value where one is.
    expect(occurrences(delegateText)).toEqual([VALUES.textUpdated, VALUES.winRmPassword]);

    // Read the raw database before the deletes, so the stored ciphertexts are searched too.
    const collections = await subgraph.connection.db!.listCollections().toArray();
    const documents: string[] = [];
    for (const { name } of collections) {
      for (const doc of await subgraph.connection.db!.collection(name).find().toArray()) documents.push(JSON.stringify(doc));
    }
    expect(documents.length).toBeGreaterThanOrEqual(8);

    await call(DELETE_SECRET, { input: { secretId: sshId, secretType: 'SSH_CREDENTIAL' } });
    await call(DELETE_MANAGER, { input: { secretManagerId: vaultId } });

    expect(responses.length).toBeGreaterThan(20);
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.join('\n')).toContain('released secret values to a task');
    expect(occurrences(responses.join('\n'))).toEqual([]);
    expect(occurrences(logLines.join('\n'))).toEqual([]);
    expect(occurrences(documents.join('\n'))).toEqual([]);
  });
});
