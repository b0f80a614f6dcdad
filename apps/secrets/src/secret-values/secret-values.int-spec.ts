import type { Principal } from '@fg/internal-auth';
import { SECRET_MASK, maskSecretValues } from '@fg/secrets/masking';
import type { TestSubgraph } from '@fg/subgraph-server/testing';
import { signedHeaders } from '@fg/testing';
import { CREATE_MANAGER, CREATE_SECRET, createText, ok, principal, startSecretsSubgraph } from '../testing/secrets.fixtures';
import { SECRET_VALUES_PATH } from './secret-values.route';

const account = 'acc-values';
const user = principal(account, 'user', 'u-1');
const delegate = principal(account, 'delegate', 'd-1');
const prod = { application: { id: 'app-1' }, environment: { id: 'env-prod', type: 'PROD' } };
const qa = { application: { id: 'app-1' }, environment: { id: 'env-qa', type: 'NON_PROD' } };

describe('secret values for delegate tasks (real store)', () => {
  let subgraph: TestSubgraph;

  const ask = async (identity: Principal, body: unknown) => {
    const response = await fetch(new URL(SECRET_VALUES_PATH, subgraph.url), { method: 'POST', headers: signedHeaders(identity), body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    subgraph = await startSecretsSubgraph();
    await createText(subgraph, user, 'anywhere', 'value-anywhere');
    await createText(subgraph, user, 'prod-only', 'value-prod', {
      usageScope: { appEnvScopes: [{ application: { filterType: 'ALL' }, environment: { filterType: 'PRODUCTION_ENVIRONMENTS' } }] },
    });
    await createText(subgraph, user, 'account-only', 'value-account', { scopedToAccount: true });
    const manager = await ok<{ secretManager: { id: string } }>(subgraph, user, CREATE_MANAGER, {
      input: { secretManagerType: 'CUSTOM', customSecretManagerInput: { name: 'External', templateId: 't' } },
    });
    await createText(subgraph, user, 'external', null, { secretReference: 'kv/x', secretManagerId: manager.secretManager.id });
  });
  afterAll(() => subgraph.dispose());

  it('gives a delegate task the values its usage scopes allow', async () => {
    const answer = await ask(delegate, { secretNames: ['anywhere', 'prod-only', 'anywhere'], ...prod });
    expect(answer).toEqual({
      status: 200,
      body: { values: [{ name: 'anywhere', value: 'value-anywhere' }, { name: 'prod-only', value: 'value-prod' }], files: [] },
    });
    // What the platform then stores of the task's output: the values masked.
    const output = 'connecting with value-prod ... value-anywhere ok';
    const values = (answer.body.values as { value: string }[]).map((v) => v.value);
    expect(maskSecretValues(output, values)).toBe(`connecting with ${SECRET_MASK} ... ${SECRET_MASK} ok`);
  });

  it('releases nothing when one secret\'s scope does not cover the task', async () => {
    expect(await ask(delegate, { secretNames: ['anywhere', 'prod-only'], ...qa })).toEqual({
      status: 403,
      body: { error: 'Secret "prod-only" may not be used in this application and environment', secretName: 'prod-only' },
    });
  });

  it('keeps secrets scoped to the account out of applications, and serves them at account level', async () => {
    expect((await ask(delegate, { secretNames: ['account-only'], ...prod })).status).toBe(403);
    expect(await ask(delegate, { secretNames: ['account-only'] })).toEqual({ status: 200, body: { values: [{ name: 'account-only', value: 'value-account' }], files: [] } });
    expect((await ask(delegate, { secretNames: ['prod-only'] })).body).toMatchObject({ error: 'Secret "prod-only" may not be used outside an application' });
  });

  it('gives users and API keys no values at all', async () => {
    for (const caller of [principal(account, 'user', 'u-1'), principal(account, 'apiKey', 'k-1')]) {
      expect(await ask(caller, { secretNames: ['anywhere'] })).toEqual({
        status: 403,
        body: { error: 'Only delegate tasks receive secret values' },
      });
    }
  });

  it('answers 404 for a name unknown in the task\'s account, 422 for a reference it cannot read, 400 for a malformed request', async () => {
    expect(await ask(principal('acc-other', 'delegate', 'd-9'), { secretNames: ['anywhere'] })).toEqual({
      status: 404,
      body: { error: 'No secret exists with the name "anywhere"', secretName: 'anywhere' },
    });
    expect((await ask(delegate, { secretNames: ['external'] })).status).toBe(422);
    expect((await ask(delegate, { secretNames: [] })).status).toBe(400);
    expect((await ask(delegate, { secretNames: ['anywhere'], environment: { id: 'e', type: 'STAGING' } })).status).toBe(400);
  });

  it('answers an encrypted file’s exact bytes, base64, when asked by file name', async () => {
    const bytes = Buffer.from([0, 1, 2, 250, 251, 252, 13, 10]);
    await ok(subgraph, user, CREATE_SECRET, {
      input: { secretType: 'ENCRYPTED_FILE', encryptedFile: { name: 'kubeconfig' } },
      file: bytes.toString('base64'),
    });
    expect(await ask(delegate, { secretNames: ['anywhere'], secretFileNames: ['kubeconfig'] })).toEqual({
      status: 200,
      body: { values: [{ name: 'anywhere', value: 'value-anywhere' }], files: [{ name: 'kubeconfig', contentBase64: bytes.toString('base64') }] },
    });
    // A text's name is not a file's.
    expect((await ask(delegate, { secretFileNames: ['anywhere'] })).status).toBe(404);
    expect((await ask(delegate, {})).status).toBe(400);
  });

  it('answers names as a task refers to them, a text or a file (its content as text), under the same scope rules', async () => {
    await ok(subgraph, user, CREATE_SECRET, {
      input: { secretType: 'ENCRYPTED_FILE', encryptedFile: { name: 'settings.ini' } },
      file: Buffer.from('[db]\npassword=p\n').toString('base64'),
    });
    expect(await ask(delegate, { referencedNames: ['settings.ini', 'anywhere', 'prod-only'], ...prod })).toEqual({
      status: 200,
      body: {
        values: [
          { name: 'settings.ini', value: '[db]\npassword=p\n' },
          { name: 'anywhere', value: 'value-anywhere' },
          { name: 'prod-only', value: 'value-prod' },
        ],
        files: [],
      },
    });
    expect((await ask(delegate, { referencedNames: ['settings.ini', 'prod-only'], ...qa })).body).toEqual({
      error: 'Secret "prod-only" may not be used in this application and environment',
      secretName: 'prod-only',
    });
    expect((await ask(delegate, { referencedNames: ['missing'] })).status).toBe(404);
    expect((await ask(delegate, { referencedNames: ['external'] })).status).toBe(422);
  });
});
