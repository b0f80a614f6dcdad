// Test support only: imported by this app's specs, never by main.
import { once } from 'node:events';
import {
  ConnectorRepository,
  SecretProjection,
  type ConnectorType,
} from '@fg/connectors-cloudproviders-artifacts/data-access';
import {
  createDomainEvent,
  DomainEventPublisher,
  eventPosition,
  streamKey,
  type ArtifactCollectedV1,
  type DomainEvent,
  type DomainEventType,
  type SecretEventV1,
} from '@fg/domain-events';
import { SYSTEM_PRINCIPAL, type Principal } from '@fg/internal-auth';
import { createLimiterRedis } from '@fg/rate-limits';
import { ACCOUNT_ADMINISTRATOR, type PermissionSet } from '@fg/permissions';
import { startTestSubgraph, type GraphQLResponse, type TestSubgraph } from '@fg/subgraph-server/testing';
import { signedHeaders, testPrincipal, testServices, uniqueName } from '@fg/testing';
import { connectorsSubgraph } from './subgraph';

export const alice = testPrincipal('acc-alice', { kind: 'user', id: 'u-alice', permissions: ACCOUNT_ADMINISTRATOR });
export const bob = testPrincipal('acc-bob', { kind: 'apiKey', id: 'k-bob', permissions: ACCOUNT_ADMINISTRATOR });
/** A principal of alice's account with the given permissions only (denial specs). */
export const aliceWith = (permissions: PermissionSet) => testPrincipal('acc-alice', { kind: 'user', id: 'u-alice-limited', permissions });
export const PUBLIC_BASE_URL = 'https://fg.example.com';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type SecretFacts = Omit<SecretEventV1, 'accountId' | 'secretId'>;

export interface Kit {
  subgraph: TestSubgraph;
  /** The subgraph's Redis key prefix (its domain event streams live under it). */
  keyPrefix: string;
  /** The payloads of the `artifact.collected` events published so far, in order. */
  collected(): Promise<ArtifactCollectedV1[]>;
  /** The events of one type published so far, in order. */
  published<T extends DomainEventType>(type: T): Promise<DomainEvent<T>[]>;
  /** Asserts the operation succeeded and answers its data. */
  ok(principal: Principal, query: string, variables?: Record<string, unknown>): Promise<Data>;
  /** Asserts the operation failed and answers its first error. */
  fails(principal: Principal, query: string, variables?: Record<string, unknown>): Promise<{ message: string; code: unknown }>;
  raw(principal: Principal, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<Data>>;
  /** Makes a secret known, as a `secret.created` event from the secrets subgraph would. */
  knowSecret(principal: Principal, secretId: string, facts?: Partial<SecretFacts>): Promise<void>;
  /** Publishes an event to the subgraph's streams, as another subgraph would (the subgraph's subscribers apply it). */
  publish(event: DomainEvent): Promise<void>;
  /** Stores a connector of a kind the API cannot create (Jenkins, SMB…), as a migration or another tool would. */
  storeConnector(principal: Principal, type: ConnectorType, name: string): Promise<string>;
  /** Runs the operation and answers how many reads each collection saw while it ran. */
  readsDuring(run: () => Promise<unknown>): Promise<Record<string, number>>;
  /** POSTs to an internal route, signed as the gateway signs. */
  internal(path: string, body: unknown, principal?: Principal): Promise<{ status: number; body: Data }>;
  dispose(): Promise<void>;
}

let clock = 1;

export async function startKit(): Promise<Kit> {
  const keyPrefix = `${uniqueName('conn')}:`;
  const subgraph = await startTestSubgraph(connectorsSubgraph(), { PUBLIC_BASE_URL, REDIS_KEY_PREFIX: keyPrefix });
  const redis = createLimiterRedis((await testServices()).redisUrl);
  if (redis.status !== 'ready') await once(redis, 'ready');
  const published = async <T extends DomainEventType>(type: T): Promise<DomainEvent<T>[]> => {
    const entries = await redis.xrange(streamKey(keyPrefix, type), '-', '+');
    // A stream holds the events of several types of one entity kind.
    return entries.map(([, fields]) => JSON.parse(fields[1]) as DomainEvent<T>).filter((event) => event.type === type);
  };
  const secrets = new SecretProjection(subgraph.connection);
  const connectors = new ConnectorRepository(subgraph.connection);
  const raw = (principal: Principal, query: string, variables?: Record<string, unknown>) => subgraph.query<Data>(principal, query, variables);
  return {
    subgraph,
    keyPrefix,
    published,
    collected: async () => (await published('artifact.collected')).map((event) => event.payload),
    raw,
    async ok(principal, query, variables) {
      const { body } = await raw(principal, query, variables);
      if (body.errors) throw new Error(`unexpected errors: ${JSON.stringify(body.errors)}`);
      return body.data as Data;
    },
    async fails(principal, query, variables) {
      const { body } = await raw(principal, query, variables);
      if (!body.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(body.data)}`);
      return { message: body.errors[0].message, code: body.errors[0].extensions?.code };
    },
    async knowSecret(principal, secretId, facts = {}) {
      const event = createDomainEvent('secret.created', {
        accountId: principal.accountId,
        secretId,
        name: secretId,
        secretType: 'ENCRYPTED_TEXT',
        usageScope: null,
        ...facts,
      });
      await secrets.apply(event, eventPosition(`${(clock += 1)}-0`));
    },
    async publish(event) {
      await new DomainEventPublisher(redis, { keyPrefix }).publish(event);
    },
    async storeConnector(principal, type, name) {
      return (await connectors.create(principal.accountId, { type, name, settings: { name }, createdById: null })).id;
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
    async internal(path, body, principal = SYSTEM_PRINCIPAL) {
      const response = await fetch(subgraph.url.replace(/\/graphql$/, path), {
        method: 'POST',
        headers: signedHeaders(principal),
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Data };
    },
    async dispose() {
      const streams = await redis.keys(`${keyPrefix}*`);
      if (streams.length > 0) await redis.del(...streams);
      redis.disconnect();
      await subgraph.dispose();
    },
  };
}

/** An app-scoped usage scope (production environments). */
export const scopedTo = (...appIds: string[]) => ({
  appEnvScopes: appIds.map((appId) => ({
    application: { filterType: null, appId },
    environment: { filterType: 'PRODUCTION_ENVIRONMENTS' as const, envId: null },
  })),
});
