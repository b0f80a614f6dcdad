import { createLogger } from '@fg/logger';
import { SecretManagerRepository, SecretRepository } from '@fg/secrets/data-access';
import { EnvelopeCipher, loadMasterKeyring } from '@fg/secrets/encryption';
import { startSubgraph, type StartedSubgraph } from '@fg/subgraph-server';
import type { TestSubgraph } from '@fg/subgraph-server/testing';
import { TEST_SIGNING_SECRET, signedHeaders, testServices, uniqueName } from '@fg/testing';
import { CREATE_MANAGER, createText, newMasterKey, ok, principal, secretsEnv, startSecretsSubgraph } from '../testing/secrets.fixtures';
import { SECRET_VALUES_PATH } from '../secret-values/secret-values.route';
import { loadSecretsSettings } from '../settings';
import { secretsSubgraph } from '../subgraph';
import { rotateMasterKey } from './master-key-rotation';

const user = principal('acc-rotation', 'user', 'u');
const delegate = principal('acc-rotation', 'delegate', 'd');
const COUNT = 30;
const silent = createLogger('rotation-spec', 'silent');

describe('master key rotation (real store)', () => {
  const oldKey = newMasterKey('key-2025');
  const newKey = newMasterKey('key-2026');
  let before: TestSubgraph;
  const started: StartedSubgraph[] = [];

  /** Another process over the same database, configured with other keys (a redeploy). */
  const restartWith = async (activeKey: string, previousKeys?: string) => {
    const { mongoUrl, redisUrl } = await testServices();
    const subgraph = await startSubgraph(
      secretsSubgraph(),
      {
        environment: { port: 0, host: '127.0.0.1', mongoUrl, mongoDbName: before.connection.name, signingSecret: TEST_SIGNING_SECRET, logLevel: 'silent' },
        settings: loadSecretsSettings({ ...secretsEnv({ activeKey, previousKeys }), REDIS_URL: redisUrl, REDIS_KEY_PREFIX: `${uniqueName('rot')}:` }),
      },
      silent,
    );
    started.push(subgraph);
    return subgraph;
  };

  const values = async (subgraph: { url: string }, names: string[]) => {
    const response = await fetch(new URL(SECRET_VALUES_PATH, subgraph.url), { method: 'POST', headers: signedHeaders(delegate), body: JSON.stringify({ secretNames: names }) });
    return { status: response.status, body: (await response.json()) as { values?: { name: string; value: string }[] } };
  };

  beforeAll(async () => {
    before = await startSecretsSubgraph(secretsEnv({ activeKey: oldKey }));
    for (let i = 0; i < COUNT; i += 1) await createText(before, user, `s-${i}`, `value-${i}`);
    await ok(before, user, CREATE_MANAGER, {
      input: {
        secretManagerType: 'HASHICORP_VAULT',
        hashicorpVaultConfigInput: { name: 'V', vaultUrl: 'https://v', authDetails: { authToken: 't' }, secretEngineName: 'kv', secretEngineVersion: 2, secretEngineRenewalInterval: '0' },
      },
    });
  });
  afterAll(async () => {
    for (const subgraph of started) await subgraph.stop();
    await before.dispose();
  });

  it('rewraps every value while requests keep being served, after which the old key is no longer needed', async () => {
    const during = await restartWith(newKey, oldKey);
    const names = Array.from({ length: COUNT }, (_, i) => `s-${i}`);
    const cipher = new EnvelopeCipher(loadMasterKeyring({ activeKey: newKey, previousKeys: oldKey }));

    // Load: delegates keep asking for every value while the rotation runs.
    let rotating = true;
    const answers: Awaited<ReturnType<typeof values>>[] = [];
    const load = (async () => {
      while (rotating || answers.length < 5) answers.push(await values(during, names));
    })();
    const report = await rotateMasterKey(new SecretRepository(during.connection), new SecretManagerRepository(during.connection), cipher, 'key-2026', silent);
    rotating = false;
    await load;

    expect(report).toEqual({ rewrapped: COUNT + 1, failed: [] });
    expect(answers.length).toBeGreaterThanOrEqual(5);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body.values?.map((v) => v.value)).toEqual(names.map((_, i) => `value-${i}`));
    }

    const db = during.connection.db!;
    expect(await db.collection('secrets').countDocuments({ 'value.keyId': 'key-2025' })).toBe(0);
    expect(await db.collection('secret_managers').countDocuments({ 'vault.credentials.keyId': 'key-2025' })).toBe(0);

    // Running it again finds nothing to do.
    expect(await rotateMasterKey(new SecretRepository(during.connection), new SecretManagerRepository(during.connection), cipher, 'key-2026', silent)).toEqual({
      rewrapped: 0,
      failed: [],
    });

    // The new key alone now reads everything; the old key alone reads nothing.
    const after = await restartWith(newKey);
    expect((await values(after, names)).body.values?.[COUNT - 1]).toEqual({ name: `s-${COUNT - 1}`, value: `value-${COUNT - 1}` });
    const stale = await restartWith(oldKey);
    await expect(values(stale, ['s-0'])).resolves.toMatchObject({ status: 500 });
  });

  it('reports values it cannot rewrap instead of looping', async () => {
    const stranger = newMasterKey('unknown-key');
    const foreign = new EnvelopeCipher(loadMasterKeyring({ activeKey: stranger }));
    const secrets = new SecretRepository(before.connection);
    await secrets.create(user.accountId, 'orphan-value', { secretType: 'ENCRYPTED_TEXT', name: 'orphan', usageScope: null, referencedSecretIds: [], secretManagerId: 'x', scopedToAccount: false, inheritScopesFromSM: false, secretReference: null, parameters: [], valueSize: 1 }, foreign.encrypt('x', 'c'));
    const cipher = new EnvelopeCipher(loadMasterKeyring({ activeKey: newKey, previousKeys: oldKey }));
    const report = await rotateMasterKey(secrets, new SecretManagerRepository(before.connection), cipher, 'key-2026', silent);
    expect(report).toEqual({ rewrapped: 0, failed: [{ collection: 'secrets', id: 'orphan-value' }] });
  });
});
