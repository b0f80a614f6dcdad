// Test support only: imported by this app's specs, never by main.
import type { Identity } from '@fg/internal-auth';
import {
  ConnectorRepository,
  SecretProjection,
  type ConnectorType,
  type SecretFacts,
} from '@fg/connectors-cloudproviders-artifacts/data-access';
import { startTestSubgraph, type GraphQLResponse, type TestSubgraph } from '@fg/subgraph-server/testing';
import { signedHeaders } from '@fg/testing';
import type { Artifact } from '@fg/connectors-cloudproviders-artifacts/data-access';
import { connectorsSubgraph } from './subgraph';

export const alice: Identity = { accountId: 'acc-alice', principal: 'user:u-alice' };
export const bob: Identity = { accountId: 'acc-bob', principal: 'apikey:k-bob' };
export const PUBLIC_BASE_URL = 'https://fg.example.com';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Kit {
  subgraph: TestSubgraph;
  /** Artifacts announced as collected, in order. */
  collected: Artifact[];
  /** Asserts the operation succeeded and answers its data. */
  ok(identity: Identity, query: string, variables?: Record<string, unknown>): Promise<Data>;
  /** Asserts the operation failed and answers its first error. */
  fails(identity: Identity, query: string, variables?: Record<string, unknown>): Promise<{ message: string; code: unknown }>;
  raw(identity: Identity, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<Data>>;
  /** Makes a secret known, as a `secret.created` event from the secrets subgraph would. */
  knowSecret(identity: Identity, secretId: string, facts?: Partial<SecretFacts>): Promise<void>;
  /** Stores a connector of a kind the API cannot create (Jenkins, SMB…), as a migration or another tool would. */
  storeConnector(identity: Identity, type: ConnectorType, name: string): Promise<string>;
  /** Runs the operation and answers how many reads each collection saw while it ran. */
  readsDuring(run: () => Promise<unknown>): Promise<Record<string, number>>;
  /** POSTs to an internal route, signed as the gateway signs. */
  internal(path: string, body: unknown, identity?: Identity): Promise<{ status: number; body: Data }>;
  dispose(): Promise<void>;
}

let clock = 1;

export async function startKit(): Promise<Kit> {
  const collected: Artifact[] = [];
  const subgraph = await startTestSubgraph(
    connectorsSubgraph({ publicBaseUrl: PUBLIC_BASE_URL, onArtifactCollected: async (artifact) => void collected.push(artifact) }),
  );
  const secrets = new SecretProjection(subgraph.connection);
  const connectors = new ConnectorRepository(subgraph.connection);
  const raw = (identity: Identity, query: string, variables?: Record<string, unknown>) => subgraph.query<Data>(identity, query, variables);
  return {
    subgraph,
    collected,
    raw,
    async ok(identity, query, variables) {
      const { body } = await raw(identity, query, variables);
      if (body.errors) throw new Error(`unexpected errors: ${JSON.stringify(body.errors)}`);
      return body.data as Data;
    },
    async fails(identity, query, variables) {
      const { body } = await raw(identity, query, variables);
      if (!body.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(body.data)}`);
      return { message: body.errors[0].message, code: body.errors[0].extensions?.code };
    },
    async knowSecret(identity, secretId, facts = {}) {
      await secrets.apply({
        type: 'secret.created',
        accountId: identity.accountId,
        secretId,
        occurredAt: (clock += 1),
        secret: { name: secretId, secretType: 'ENCRYPTED_TEXT', usageScope: null, scopedToAccount: false, ...facts },
      });
    },
    async storeConnector(identity, type, name) {
      return (await connectors.create(identity.accountId, { type, name, settings: { name }, createdById: null })).id;
    },
    async readsDuring(run) {
      const reads: Record<string, number> = {};
      subgraph.connection.set('debug', (collection: string, method: string) => {
        if (method === 'find' || method === 'findOne') reads[collection] = (reads[collection] ?? 0) + 1;
      });
      try {
        await run();
      } finally {
        subgraph.connection.set('debug', false);
      }
      return reads;
    },
    async internal(path, body, identity = { accountId: 'gateway', principal: 'system:gateway' }) {
      const response = await fetch(subgraph.url.replace(/\/graphql$/, path), {
        method: 'POST',
        headers: signedHeaders(identity),
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Data };
    },
    dispose: () => subgraph.dispose(),
  };
}

/** An app-scoped usage scope (production environments). */
export const scopedTo = (...appIds: string[]) => ({
  appEnvScopes: appIds.map((appId) => ({
    application: { filterType: null, appId },
    environment: { filterType: 'PRODUCTION_ENVIRONMENTS' as const, envId: null },
  })),
});
