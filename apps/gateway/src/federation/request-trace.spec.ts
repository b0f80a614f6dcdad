import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { PrincipalSigner } from '@fg/internal-auth';
import { createLogger } from '@fg/logger';
import { ServiceMetrics } from '@fg/metrics';
import { startSubgraphServer, type RunningSubgraph } from '@fg/subgraph-server';
import { TEST_SIGNING_SECRET, testPrincipal } from '@fg/testing';
import { runTaskInTrace, traceTaskEnqueue, type TaskTraceContext } from '@fg/tracing';
import { ancestry, startInMemoryTracing, type InMemoryTracing } from '@fg/tracing/testing';
import { instrumentRoute } from '../http/instrumented-route';
import { InstrumentedDataSource } from './instrumented-data-source';
import { SubgraphDataSource, type GatewayContext } from './subgraph-data-source';

// What a subgraph that enqueues a delegate task stores with it (the queue itself is not this spec's business).
const enqueuedTasks: string[] = [];
const schema = buildSubgraphSchema({
  typeDefs: parse('type Query { hello: String } type Mutation { enqueue: Boolean }'),
  resolvers: {
    Query: { hello: () => 'world' },
    Mutation: {
      enqueue: () => {
        enqueuedTasks.push(JSON.stringify({ type: 'NOOP', trace: traceTaskEnqueue('NOOP') }));
        return true;
      },
    },
  },
});

describe('one trace from the gateway through a subgraph fetch into a delegate task', () => {
  let tracing: InMemoryTracing;
  let subgraph: RunningSubgraph;
  let gateway: Server;
  let gatewayUrl: string;
  let dataSource: SubgraphDataSource;
  const metrics = new ServiceMetrics('gateway');

  beforeAll(async () => {
    tracing = startInMemoryTracing('gateway-and-subgraph');
    subgraph = await startSubgraphServer(
      {
        name: 'apps-services',
        schema,
        signingSecret: TEST_SIGNING_SECRET,
        logger: createLogger('test', 'silent'),
        createContext: () => ({}),
        isReady: () => true,
      },
      0,
    );
    dataSource = new SubgraphDataSource(subgraph.url, new PrincipalSigner(TEST_SIGNING_SECRET));
    const fetcher = new InstrumentedDataSource('apps-services', dataSource, metrics);
    // The gateway's request handling as gateway-server wires it: an instrumented route making a subgraph fetch.
    const route = instrumentRoute(
      async (req, res) => {
        const query = req.headers['x-query'] as string;
        const context: GatewayContext = { principal: testPrincipal('acc-1') };
        const answer = await fetcher.process({ request: { query }, context } as GraphQLDataSourceProcessOptions<GatewayContext>);
        res.end(JSON.stringify(answer));
      },
      () => '/api/graphql',
      metrics,
    );
    gateway = createServer((req, res) => void route(req, res, new URL(req.url ?? '/', 'http://gateway')));
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/api/graphql`;
  });

  afterAll(async () => {
    await new Promise((resolve) => gateway.close(resolve));
    await dataSource.close();
    await subgraph.stop();
    await tracing.shutdown();
  });

  beforeEach(() => tracing.reset());

  const callGateway = async (query: string, headers: Record<string, string> = {}) => {
    const response = await fetch(gatewayUrl, { headers: { 'x-query': query, ...headers } });
    return response.json() as Promise<{ data?: Record<string, unknown> }>;
  };

  // Spans end when their response is closed, a moment after the client has read it.
  const spanNamed = async (name: string) => {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const found = tracing.spans().find((span) => span.name === name);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`no span named "${name}" among ${tracing.spans().map((span) => span.name).join(', ')}`);
  };

  it('makes the subgraph request a child of the gateway fetch, which is a child of the gateway request', async () => {
    expect(await callGateway('{ hello }')).toEqual({ data: { hello: 'world' } });
    const served = await spanNamed('apps-services graphql');
    await spanNamed('gateway GET /api/graphql');
    expect(ancestry(tracing.spans(), served)).toEqual(['apps-services graphql', 'subgraph apps-services', 'gateway GET /api/graphql']);
  });

  it("continues a caller's traceparent", async () => {
    const callerTrace = '0af7651916cd43dd8448eb211c80319c';
    await callGateway('{ hello }', { traceparent: `00-${callerTrace}-b7ad6b7169203331-01` });
    const request = await spanNamed('gateway GET /api/graphql');
    expect(request.spanContext().traceId).toBe(callerTrace);
    expect(request.parentSpanContext?.spanId).toBe('b7ad6b7169203331');
  });

  it('carries the trace in an enqueued task to the delegate that runs it', async () => {
    await callGateway('mutation { enqueue }');
    const stored = JSON.parse(enqueuedTasks.at(-1)!) as { trace: TaskTraceContext };
    // The delegate has only the task as it was acquired.
    await runTaskInTrace(stored.trace, 'NOOP', async () => undefined);
    await spanNamed('gateway GET /api/graphql');
    const run = await spanNamed('delegate task run NOOP');
    expect(ancestry(tracing.spans(), run)).toEqual([
      'delegate task run NOOP',
      'delegate task enqueue NOOP',
      'apps-services graphql',
      'subgraph apps-services',
      'gateway GET /api/graphql',
    ]);
  });

  it('times every subgraph fetch by subgraph', async () => {
    const before = await subgraphCalls();
    await callGateway('{ hello }');
    expect(await subgraphCalls()).toBe(before + 1);
  });

  async function subgraphCalls(): Promise<number> {
    const metric = (await metrics.registry.getMetricsAsJSON()).find((each) => each.name === 'fg_subgraph_call_duration_seconds');
    const values = (metric?.values ?? []) as { metricName?: string; labels: Record<string, string>; value: number }[];
    return values.find((value) => value.metricName === 'fg_subgraph_call_duration_seconds_count' && value.labels.subgraph === 'apps-services')?.value ?? 0;
  }
});
