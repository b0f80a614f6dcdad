// Test support only: imported by specs through @fg/subgraph-server/testing, never by an app's runtime code.
import type { Principal } from '@fg/internal-auth';
import { createLogger } from '@fg/logger';
import { signedHeaders, testServices, TEST_SIGNING_SECRET, uniqueName } from '@fg/testing';
import { loadSubgraphConfiguration, startSubgraph, type StartedSubgraph, type SubgraphApp, type SubgraphContext } from './define-subgraph';

export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  body: { data?: TData; errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[] };
}

export interface TestSubgraph extends StartedSubgraph {
  /** Sends an operation signed as the given principal, the way the gateway does. */
  query<TData = Record<string, unknown>>(principal: Principal, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<TData>>;
  /** Stops the subgraph and drops its database. */
  dispose(): Promise<void>;
}

/**
 * One subgraph, served on a free port over a database of its own, configured as its process would be from `env`
 * (the test services, a test signing secret and a free port are filled in).
 */
export async function startTestSubgraph<TContext extends SubgraphContext, TServices, TSettings>(
  app: SubgraphApp<TContext, TServices, TSettings>,
  env: Record<string, string> = {},
): Promise<TestSubgraph> {
  const { mongoUrl, redisUrl } = await testServices();
  const configuration = loadSubgraphConfiguration(app, {
    MONGO_URL: mongoUrl,
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: `${uniqueName('sg')}:`,
    GATEWAY_SIGNING_SECRET: TEST_SIGNING_SECRET,
    LOG_LEVEL: 'silent',
    ...env,
  });
  const running = await startSubgraph(
    app,
    {
      ...configuration,
      environment: {
        ...configuration.environment,
        port: 0,
        host: '127.0.0.1',
        mongoDbName: uniqueName(app.name.replace(/-/g, '_').slice(0, 20)),
      },
    },
    createLogger(app.name, 'silent'),
  );
  return {
    ...running,
    async query<TData>(principal: Principal, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<TData>> {
      const response = await fetch(running.url, { method: 'POST', headers: signedHeaders(principal), body: JSON.stringify({ query, variables }) });
      return { status: response.status, body: (await response.json()) as GraphQLResponse<TData>['body'] };
    },
    async dispose() {
      await running.connection.dropDatabase();
      await running.stop();
    },
  };
}

/**
 * Asks the subgraph for entities through `_entities(representations:)`, the way the gateway resolves references:
 * answers the selected fields of each representation, in order (null for one the principal may not see).
 */
export async function resolveEntities(
  subgraph: TestSubgraph,
  principal: Principal,
  typename: string,
  selection: string,
  representations: Record<string, unknown>[],
): Promise<GraphQLResponse<{ _entities: (Record<string, unknown> | null)[] }>> {
  return subgraph.query(
    principal,
    `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} { ${selection} } } }`,
    { representations: representations.map((representation) => ({ __typename: typename, ...representation })) },
  );
}
