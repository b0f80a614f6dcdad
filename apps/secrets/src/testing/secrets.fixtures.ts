// Test support for this app's integration specs only.
import { randomBytes } from 'node:crypto';
import type { Principal, PrincipalKind } from '@fg/internal-auth';
import { ACCOUNT_ADMINISTRATOR, type PermissionSet } from '@fg/permissions';
import { startTestSubgraph, type TestSubgraph } from '@fg/subgraph-server/testing';
import { testPrincipal } from '@fg/testing';
import type { SecretFact, SecretFactPublisher } from '../secret/secret-facts';
import { secretsSubgraph } from '../subgraph';

export const newMasterKey = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;

/** The subgraph's variables for a spec: a fresh master key unless one is given. */
export function secretsEnv(options: { activeKey?: string; previousKeys?: string; maxFileBytes?: number } = {}): Record<string, string> {
  return {
    SECRETS_MASTER_KEY: options.activeKey ?? newMasterKey('test-key'),
    ...(options.previousKeys ? { SECRETS_PREVIOUS_MASTER_KEYS: options.previousKeys } : {}),
    SECRETS_MAX_FILE_BYTES: String(options.maxFileBytes ?? 64 * 1024),
  };
}

export const startSecretsSubgraph = (env = secretsEnv(), facts?: SecretFactPublisher): Promise<TestSubgraph> =>
  startTestSubgraph(secretsSubgraph({ facts }), env);

/** A principal of the account; an account administrator unless permissions are given. */
export const principal = (accountId: string, kind: PrincipalKind, id: string, permissions: PermissionSet = ACCOUNT_ADMINISTRATOR): Principal =>
  testPrincipal(accountId, { kind, id, permissions });

export const alice = principal('acc-alice', 'user', 'u-alice');
export const bob = principal('acc-bob', 'apiKey', 'k-bob');

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
  identity: Principal,
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
  identity: Principal,
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
  identity: Principal,
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
