// Test support for this app's integration specs only.
import { randomBytes } from 'node:crypto';
import { loadMasterKeyring } from '@fg/secrets/encryption';
import { startTestSubgraph, type TestSubgraph } from '@fg/subgraph-server/testing';
import type { SecretsSettings } from './environment';
import type { SecretFact, SecretFactPublisher } from './secret/secret-facts';
import { createSecretsSubgraph } from './subgraph';

export const newMasterKey = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;

export function testSettings(overrides: Partial<SecretsSettings> = {}, activeKey = newMasterKey('test-key')): SecretsSettings {
  return { keyring: loadMasterKeyring({ activeKey }), maxFileBytes: 64 * 1024, ...overrides };
}

export const startSecretsSubgraph = (settings = testSettings(), facts?: SecretFactPublisher): Promise<TestSubgraph> =>
  startTestSubgraph(createSecretsSubgraph(settings, facts));

export const alice = { accountId: 'acc-alice', principal: 'user:u-alice' };
export const bob = { accountId: 'acc-bob', principal: 'apikey:k-bob' };

export const CREATE_SECRET = `mutation($input: CreateSecretInput!, $file: String) {
  createSecret(input: $input, fileContent: $file) { clientMutationId secret { id name secretType } }
}`;

export const UPDATE_SECRET = `mutation($input: UpdateSecretInput!, $file: String) {
  updateSecret(input: $input, fileContent: $file) { clientMutationId secret { id name secretType usageScope { appEnvScopes { application { filterType appId } environment { filterType envId } } } } }
}`;

export const DELETE_SECRET = `mutation($input: DeleteSecretInput!) { deleteSecret(input: $input) { clientMutationId } }`;

/** Every field of every secret type, as a client reading everything would ask. */
export const SECRET_FIELDS = `
  id name secretType secretReference
  usageScope { appEnvScopes { application { filterType appId } environment { filterType envId } } }
  ... on EncryptedText { secretManagerId scopedToAccount inheritScopesFromSM }
  ... on EncryptedFile { secretManagerId scopedToAccount inheritScopesFromSM }
  ... on WinRMCredential { domain authenticationScheme userName port useSSL skipCertCheck keyTabFilePath parameters { parameter value } }
  ... on SSHCredential {
    authenticationType {
      ... on SSHAuthentication {
        userName port
        sshAuthenticationMethod {
          sshCredentialType
          inlineSSHKey { sshKeySecretFileId passphraseSecretId }
          sshKeyFile { path passphraseSecretId }
          serverPassword { passwordSecretId }
        }
      }
      ... on KerberosAuthentication { principal realm port }
    }
  }`;

export const SECRET = `query($id: String!, $type: SecretType!) { secret(secretId: $id, secretType: $type) { ${SECRET_FIELDS} } }`;
export const SECRET_BY_NAME = `query($name: String!, $type: SecretType!) { secretByName(name: $name, secretType: $type) { ${SECRET_FIELDS} } }`;

export const MANAGER_FIELDS = `id name usageScope { appEnvScopes { application { filterType appId } environment { filterType envId } } }
  config { ... on CustomSecretManagerConfig { templateId delegateSelectors testVariables { name value } executeOnDelegate isConnectorTemplatized host commandPath connectorId isDefault } }`;

export const CREATE_MANAGER = `mutation($input: CreateSecretManagerInput!) { createSecretManager(input: $input) { clientMutationId secretManager { ${MANAGER_FIELDS} } } }`;
export const UPDATE_MANAGER = `mutation($input: UpdateSecretManagerInput!) { updateSecretManager(input: $input) { clientMutationId secretManager { ${MANAGER_FIELDS} } } }`;
export const DELETE_MANAGER = `mutation($input: DeleteSecretManagerInput!) { deleteSecretManager(input: $input) { clientMutationId } }`;
export const MANAGERS = `query($filters: [SecretManagerFilter], $limit: Int!, $offset: Int) {
  secretManagers(filters: $filters, limit: $limit, offset: $offset) { pageInfo { total hasMore limit offset } nodes { ${MANAGER_FIELDS} } }
}`;

type Data = Record<string, Record<string, unknown> | null>;

/** Runs an operation that must succeed and returns its one root field. */
export async function ok<T = Record<string, unknown>>(
  subgraph: TestSubgraph,
  identity: typeof alice,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const { body } = await subgraph.query<Data>(identity, query, variables);
  if (body.errors) throw new Error(`unexpected errors: ${JSON.stringify(body.errors)}`);
  return Object.values(body.data ?? {})[0] as T;
}

/** Runs an operation that must fail and returns its one error. */
export async function fails(
  subgraph: TestSubgraph,
  identity: typeof alice,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ message: string; code: unknown }> {
  const { body } = await subgraph.query(identity, query, variables);
  expect(body.errors).toHaveLength(1);
  return { message: body.errors?.[0].message ?? '', code: body.errors?.[0].extensions?.code };
}

/** An encrypted text with a value, or (value null) a reference into an external manager given in `extra`. */
export async function createText(
  subgraph: TestSubgraph,
  identity: typeof alice,
  name: string,
  value: string | null,
  extra: Record<string, unknown> = {},
) {
  const payload = await ok<{ secret: { id: string } }>(subgraph, identity, CREATE_SECRET, {
    input: { secretType: 'ENCRYPTED_TEXT', encryptedText: { name, ...(value === null ? {} : { value }), ...extra } },
  });
  return payload.secret.id;
}

/** Keeps what the subgraph publishes, for specs to read. */
export function recordedFacts(): SecretFactPublisher & { facts: SecretFact[] } {
  const facts: SecretFact[] = [];
  return { facts, publish: async (fact) => void facts.push(fact) };
}
