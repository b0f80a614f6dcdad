import { generateSecret } from '@fg/hashed-secrets';
import { AccountRepository, ApiKeyRepository } from '@fg/identity-users-groups/data-access';
import { NO_PERMISSIONS, signPrincipal, type PrincipalKind } from '@fg/internal-auth';
import { SUBGRAPHS } from '@fg/subgraph-registry';
import { callGateway, startStack, type GatewayAnswer, type Stack } from './stack';

// The largest file the stack takes (gateway and subgraph alike), small so the over-limit case is cheap.
const MAX_FILE_BYTES = 4096;

const SECRET_FIELDS = `id name secretType secretReference
  usageScope { appEnvScopes { application { filterType appId } environment { filterType envId } } }
  ... on EncryptedText { secretManagerId scopedToAccount inheritScopesFromSM }
  ... on EncryptedFile { secretManagerId scopedToAccount inheritScopesFromSM }
  ... on WinRMCredential { domain authenticationScheme userName port useSSL skipCertCheck keyTabFilePath parameters { parameter value } }
  ... on SSHCredential { authenticationType {
    ... on SSHAuthentication { userName port sshAuthenticationMethod { sshCredentialType inlineSSHKey { sshKeySecretFileId passphraseSecretId } sshKeyFile { path passphraseSecretId } serverPassword { passwordSecretId } } }
    ... on KerberosAuthentication { principal realm port } } }`;
const CREATE = `mutation($input: CreateSecretInput!) { createSecret(input: $input) { clientMutationId secret { id name secretType } } }`;
const UPDATE = `mutation($input: UpdateSecretInput!) { updateSecret(input: $input) { secret { id name secretType } } }`;
const SECRET = `query($id: String!, $type: SecretType!) { secret(secretId: $id, secretType: $type) { ${SECRET_FIELDS} } }`;
const SECRET_BY_NAME = `query($name: String!, $type: SecretType!) { secretByName(name: $name, secretType: $type) { ${SECRET_FIELDS} } }`;
const MANAGER_FIELDS = `id name usageScope { appEnvScopes { application { filterType appId } environment { filterType envId } } }
  config { ... on CustomSecretManagerConfig { templateId delegateSelectors testVariables { name value } executeOnDelegate isConnectorTemplatized host commandPath connectorId isDefault } }`;

type Json = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };

describe('secrets end to end (separate processes, real store)', () => {
  let stack: Stack;
  let demoAccountId: string;
  let otherKey: string;
  let otherAccountId: string;
  /** Every response body the gateway sent in this spec, for the leak search. */
  const responses: string[] = [];

  const gql = async (query: string, variables: Record<string, unknown> = {}, apiKey = stack.demoApiKey): Promise<GatewayAnswer> => {
    const answer = await callGateway(stack, apiKey, { query, variables });
    responses.push(JSON.stringify(answer.body));
    return answer;
  };
  const data = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const { body } = await gql(query, variables);
    if (body.errors) throw new Error(`unexpected errors: ${JSON.stringify(body.errors)}`);
    return Object.values(body.data ?? {})[0] as T;
  };

  /** A GraphQL multipart request (operations, map, the file part), as upload clients send it. */
  const upload = async (query: string, variables: Record<string, unknown>, file: Buffer): Promise<{ status: number; body: Json }> => {
    const form = new FormData();
    form.append('operations', JSON.stringify({ query, variables: { ...variables, file: null } }));
    form.append('map', JSON.stringify({ 0: ['variables.file'] }));
    form.append('0', new Blob([new Uint8Array(file)]), 'upload.bin');
    const response = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'x-api-key': stack.demoApiKey }, body: form });
    const text = await response.text();
    responses.push(text);
    return { status: response.status, body: JSON.parse(text) as Json };
  };

  /** The values route of the secrets subgraph, signed as the gateway signs a principal of the given kind. */
  const values = async (accountId: string, kind: PrincipalKind, request: Record<string, unknown>) => {
    const headers = signPrincipal({ kind, id: `e2e-${kind}`, accountId, permissions: NO_PERMISSIONS }, stack.signingSecret);
    const response = await fetch(new URL('/internal/secrets/values', stack.subgraphUrls.secrets), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(request),
    });
    return { status: response.status, body: (await response.json()) as { values?: { name: string; value: string }[]; files?: { name: string; contentBase64: string }[] } };
  };

  beforeAll(async () => {
    // trace: the process output searched by the leak test holds everything the apps log.
    stack = await startStack({ LOG_LEVEL: 'trace', GATEWAY_MAX_UPLOAD_BYTES: String(MAX_FILE_BYTES), SECRETS_MAX_FILE_BYTES: String(MAX_FILE_BYTES) });
    const identity = await stack.database('identity-users-groups');
    demoAccountId = (await new AccountRepository(identity).demo())!.id;
    const other = await new AccountRepository(identity).create('Other tenant', 'PAID');
    otherAccountId = other.id;
    otherKey = generateSecret();
    await new ApiKeyRepository(identity).register(other.id, 'other', otherKey);
  });
  afterAll(() => stack?.stop());

  it('uploads an encrypted file as a multipart request, shows its metadata and keeps its bytes exactly', async () => {
    const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 7) % 256));
    const created = await upload(CREATE, { input: { clientMutationId: 'up-1', secretType: 'ENCRYPTED_FILE', encryptedFile: { name: 'e2e-binary' } } }, bytes);
    expect(created.status).toBe(200);
    expect(created.body).toEqual({
      data: { createSecret: { clientMutationId: 'up-1', secret: { id: expect.any(String), name: 'e2e-binary', secretType: 'ENCRYPTED_FILE' } } },
    });
    const id = (created.body.data!.createSecret as { secret: { id: string } }).secret.id;
    expect(await data(SECRET, { id, type: 'ENCRYPTED_FILE' })).toEqual({
      id,
      name: 'e2e-binary',
      secretType: 'ENCRYPTED_FILE',
      secretReference: null,
      usageScope: null,
      secretManagerId: expect.any(String),
      scopedToAccount: false,
      inheritScopesFromSM: false,
    });
    expect(await values(demoAccountId, 'system', { secretFileNames: ['e2e-binary'] })).toEqual({
      status: 200,
      body: { values: [], files: [{ name: 'e2e-binary', contentBase64: bytes.toString('base64') }] },
    });

    // A new file replaces the stored one; users and API keys never get the bytes.
    const replacement = Buffer.from('second version\n');
    const updated = await upload(UPDATE, { input: { secretId: id, secretType: 'ENCRYPTED_FILE', encryptedFile: { name: 'e2e-binary-2' } } }, replacement);
    expect(updated.body).toEqual({ data: { updateSecret: { secret: { id, name: 'e2e-binary-2', secretType: 'ENCRYPTED_FILE' } } } });
    expect((await values(demoAccountId, 'system', { secretFileNames: ['e2e-binary-2'] })).body.files).toEqual([
      { name: 'e2e-binary-2', contentBase64: replacement.toString('base64') },
    ]);
    expect((await values(demoAccountId, 'user', { secretFileNames: ['e2e-binary-2'] })).status).toBe(403);
    expect((await values(demoAccountId, 'apiKey', { secretFileNames: ['e2e-binary-2'] })).status).toBe(403);
  });

  it('refuses bad input with a stable code and a readable message', async () => {
    const error = async (query: string, variables: Record<string, unknown>) => {
      const { body } = await gql(query, variables);
      expect(body.errors).toHaveLength(1);
      return { message: body.errors![0].message, code: body.errors![0].extensions?.code };
    };
    expect(await error(CREATE, { input: { secretType: 'ENCRYPTED_TEXT', winRMCredential: { name: 'w', userName: 'u', passwordSecretId: 'p' } } })).toEqual({
      message: 'secretType ENCRYPTED_TEXT takes encryptedText, not winRMCredential',
      code: 'BAD_USER_INPUT',
    });
    expect((await error(CREATE, { input: { secretType: 'ENCRYPTED_TEXT', unknownSlot: { name: 'x' } } })).code).toBe('BAD_USER_INPUT');
    expect(
      await error(CREATE, { input: { secretType: 'ENCRYPTED_TEXT', encryptedText: { name: 'a', value: 'v' }, encryptedFile: { name: 'b' } } }),
    ).toMatchObject({ message: expect.stringMatching(/^Give only one of .*; got encryptedText and encryptedFile$/), code: 'BAD_USER_INPUT' });
    expect(await error(CREATE, { input: { secretType: 'ENCRYPTED_TEXT', encryptedText: { name: '  ', value: 'v' } } })).toEqual({
      message: 'Secret name must not be empty',
      code: 'BAD_USER_INPUT',
    });
    await data(CREATE, { input: { secretType: 'ENCRYPTED_TEXT', encryptedText: { name: 'e2e-dup', value: 'v1' } } });
    expect(await error(CREATE, { input: { secretType: 'ENCRYPTED_TEXT', encryptedText: { name: 'e2e-dup', value: 'v2' } } })).toEqual({
      message: 'A secret named "e2e-dup" already exists',
      code: 'CONFLICT',
    });

    const tooLarge = await upload(CREATE, { input: { secretType: 'ENCRYPTED_FILE', encryptedFile: { name: 'e2e-big' } } }, Buffer.alloc(MAX_FILE_BYTES + 1, 1));
    expect(tooLarge).toEqual({
      status: 413,
      body: { errors: [{ message: `The file is larger than the upload limit of ${MAX_FILE_BYTES} bytes`, extensions: { code: 'BAD_REQUEST' } }] },
    });
    expect(await gql(SECRET_BY_NAME, { name: 'e2e-big', type: 'ENCRYPTED_FILE' })).toMatchObject({ body: { errors: [{ extensions: { code: 'NOT_FOUND' } }] } });
  });

  it('keeps tenants apart: another account sees none of these secrets, nor gets their values', async () => {
    const id = (await data<{ secret: { id: string } }>(CREATE, { input: { secretType: 'ENCRYPTED_TEXT', encryptedText: { name: 'e2e-tenant', value: 'tenant-value' } } })).secret.id;
    const NOT_FOUND = { message: 'No secret exists with given input.', extensions: { code: 'NOT_FOUND' } };
    expect((await gql(SECRET, { id, type: 'ENCRYPTED_TEXT' }, otherKey)).body).toMatchObject({ errors: [NOT_FOUND] });
    expect((await gql(SECRET_BY_NAME, { name: 'e2e-tenant', type: 'ENCRYPTED_TEXT' }, otherKey)).body).toMatchObject({ errors: [NOT_FOUND] });
    const foreign = await values(otherAccountId, 'system', { secretNames: ['e2e-tenant'] });
    expect(foreign.status).toBe(404);
    expect((await values(demoAccountId, 'system', { secretNames: ['e2e-tenant'] })).body.values).toEqual([{ name: 'e2e-tenant', value: 'tenant-value' }]);
  });

  it('shows no secret value in any response, in the processes’ output or in the raw databases', async () => {
    const CANARY = {
      text: 'E2E-LEAK-TEXT-b41f9c',
      textUpdated: 'E2E-LEAK-TEXT-UPDATED-2d77e0',
      file: 'E2E-LEAK-FILE-CONTENT-8a03c5',
      passphrase: 'E2E-LEAK-PASSPHRASE-e61d2a',
      vaultToken: 'E2E-LEAK-VAULT-TOKEN-5c9b14',
    };
    // The value and the encodings a careless write might use.
    const forms = (value: string) => [value, Buffer.from(value).toString('base64'), Buffer.from(value).toString('hex')];
    const found = (haystack: string) => Object.values(CANARY).flatMap((value) => forms(value).filter((form) => haystack.includes(form)));

    const create = async (input: Record<string, unknown>) => (await data<{ secret: { id: string } }>(CREATE, { input })).secret.id;
    const textId = await create({ secretType: 'ENCRYPTED_TEXT', encryptedText: { name: 'leak-text', value: CANARY.text } });
    const passphraseId = await create({ secretType: 'ENCRYPTED_TEXT', encryptedText: { name: 'leak-passphrase', value: CANARY.passphrase } });
    const fileUpload = await upload(CREATE, { input: { secretType: 'ENCRYPTED_FILE', encryptedFile: { name: 'leak-file' } } }, Buffer.from(CANARY.file));
    const fileId = (fileUpload.body.data!.createSecret as { secret: { id: string } }).secret.id;
    const winRmId = await create({ secretType: 'WINRM_CREDENTIAL', winRMCredential: { name: 'leak-winrm', userName: 'Administrator', passwordSecretId: textId } });
    const sshId = await create({
      secretType: 'SSH_CREDENTIAL',
      sshCredential: {
        name: 'leak-ssh',
        authenticationScheme: 'SSH',
        sshAuthentication: {
          userName: 'ubuntu',
          port: 22,
          sshAuthenticationMethod: { sshCredentialType: 'SSH_KEY', inlineSSHKey: { sshKeySecretFileId: fileId, passphraseSecretId: passphraseId } },
        },
      },
    });
    const vault = await data<{ secretManager: { id: string } }>(
      `mutation($input: CreateSecretManagerInput!) { createSecretManager(input: $input) { secretManager { ${MANAGER_FIELDS} } } }`,
      {
        input: {
          secretManagerType: 'HASHICORP_VAULT',
          hashicorpVaultConfigInput: {
            name: 'leak-vault',
            vaultUrl: 'https://vault.example.com:8200',
            authDetails: { authToken: CANARY.vaultToken },
            secretEngineName: 'secret',
            secretEngineVersion: 2,
            secretEngineRenewalInterval: '60',
          },
        },
      },
    );
    await data(UPDATE, { input: { secretId: textId, secretType: 'ENCRYPTED_TEXT', encryptedText: { value: CANARY.textUpdated } } });

    // Every query of the subgraph, for every type.
    for (const [id, name, type] of [
      [textId, 'leak-text', 'ENCRYPTED_TEXT'],
      [fileId, 'leak-file', 'ENCRYPTED_FILE'],
      [winRmId, 'leak-winrm', 'WINRM_CREDENTIAL'],
      [sshId, 'leak-ssh', 'SSH_CREDENTIAL'],
    ]) {
      expect(await data(SECRET, { id, type })).toMatchObject({ id, name });
      expect(await data(SECRET_BY_NAME, { name, type })).toMatchObject({ id, name });
    }
    const managerId = vault.secretManager.id;
    expect(await data(`query($id: String!) { secretManager(secretManagerId: $id) { ${MANAGER_FIELDS} } }`, { id: managerId })).toMatchObject({ name: 'leak-vault' });
    expect(await data(`query { secretManagerByName(name: "leak-vault") { ${MANAGER_FIELDS} } }`)).toMatchObject({ id: managerId });
    const managers = await data<{ nodes: { name: string }[] }>(`query { secretManagers(limit: 100) { pageInfo { total } nodes { ${MANAGER_FIELDS} } } }`);
    expect(managers.nodes.map((m) => m.name)).toContain('leak-vault');

    // The one place values go: a task. Its answer is the task's input, not searched; it proves the search finds values.
    const released = await values(demoAccountId, 'delegate', { secretNames: ['leak-text'], secretFileNames: ['leak-file'] });
    expect(found(JSON.stringify(released.body))).toEqual([CANARY.textUpdated, Buffer.from(CANARY.file).toString('base64')]);

    const documents: string[] = [];
    for (const { name } of SUBGRAPHS) {
      const db = (await stack.database(name)).db!;
      for (const { name: collection } of await db.listCollections().toArray()) {
        for (const doc of await db.collection(collection).find().toArray()) documents.push(JSON.stringify(doc));
      }
    }
    const output = stack.processOutput();
    expect(documents.join('\n')).toContain('leak-vault');
    expect(output).toContain('released secret values to a task');
    expect(responses.length).toBeGreaterThan(15);
    expect(found(responses.join('\n'))).toEqual([]);
    expect(found(output)).toEqual([]);
    expect(found(documents.join('\n'))).toEqual([]);
  });
});
