import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Logger } from '@fg/logger';
import type { ServiceMetrics } from '@fg/metrics';
import { startClientSpan } from '@fg/tracing';
import { SubgraphUnavailableError, type GatewayContext } from './subgraph-data-source';

type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

/**
 * A subgraph fetch in a client span of its own (the data source sends its traceparent, so the subgraph's span is its
 * child) and timed into fg_subgraph_call_duration_seconds by subgraph and outcome.
 */
export class InstrumentedDataSource implements GraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    private readonly inner: GraphQLDataSource<GatewayContext>,
    private readonly metrics: ServiceMetrics,
    // The client's error names no host; which subgraph failed and why is logged here.
    private readonly logger?: Pick<Logger, 'warn'>,
  ) {}

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const started = process.hrtime.bigint();
    const span = startClientSpan(`subgraph ${this.subgraph}`, { 'fg.subgraph': this.subgraph });
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    try {
      const response = await span.run(() => this.inner.process(options));
      this.metrics.subgraphCall(this.subgraph, 'ok', seconds());
      span.end(response.errors?.length ? { attributes: { 'fg.graphql.errors': response.errors.length } } : undefined);
      return response;
    } catch (error) {
      this.metrics.subgraphCall(this.subgraph, 'unavailable', seconds());
      const detail = error instanceof SubgraphUnavailableError ? error.detail : (error as Error).message;
      this.logger?.warn({ subgraph: this.subgraph, detail }, 'subgraph fetch failed');
      span.end({ error: (error as Error).message });
      throw error;
    }
  }
}
