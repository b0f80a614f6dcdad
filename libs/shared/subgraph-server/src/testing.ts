// Test support only: imported by specs through @fg/subgraph-server/testing, never by an app's runtime code.
import type { BaseContext } from '@apollo/server';
import type { Identity } from '@fg/internal-auth';
import { createLogger } from '@fg/logger';
import { signedHeaders, testServices, TEST_SIGNING_SECRET, uniqueName } from '@fg/testing';
import { startSubgraph, type StartedSubgraph, type SubgraphModule } from './run-subgraph';

export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  body: { data?: TData; errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[] };
}

export interface TestSubgraph extends StartedSubgraph {
  /** Sends an operation signed as the given identity, the way the gateway does. */
  query<TData = Record<string, unknown>>(
    identity: Identity,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<TData>>;
  /** Stops the subgraph and drops its database. */
  dispose(): Promise<void>;
}

/** One subgraph, served on a free port over a database of its own, as its process would serve it. */
export async function startTestSubgraph<TContext extends BaseContext>(module: SubgraphModule<TContext>): Promise<TestSubgraph> {
  const { mongoUrl } = await testServices();
  const running = await startSubgraph(
    module,
    {
      port: 0,
      host: '127.0.0.1',
      mongoUrl,
      mongoDbName: uniqueName(module.name.replace(/-/g, '_').slice(0, 20)),
      signingSecret: TEST_SIGNING_SECRET,
      logLevel: 'silent',
    },
    createLogger(module.name, 'silent'),
  );
  return {
    ...running,
    async query<TData>(identity: Identity, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<TData>> {
      const response = await fetch(running.url, {
        method: 'POST',
        headers: signedHeaders(identity),
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLResponse<TData>['body'] };
    },
    async dispose() {
      await running.connection.dropDatabase();
      await running.stop();
    },
  };
}
