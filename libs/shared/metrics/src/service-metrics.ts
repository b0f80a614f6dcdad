import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { BoundedLabel, operationNameLabel } from './bounded-label';
import { PlatformMetrics } from './platform-metrics';

/** At most this many distinct operation names get their own series per process; the rest count as `other`. */
export const MAX_OPERATION_LABELS = 200;

// Seconds; from a cached read to a slow batched acquire.
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** The rate limits that refuse requests, as named in the README's limits table (never an account id). */
export type LimitLabel = 'edge' | 'graphql' | 'dashboard' | 'login' | 'delegateTasksPerAccount' | 'delegateTasksPerPod';

export type SubgraphCallOutcome = 'ok' | 'unavailable';

/**
 * The metrics every process of the platform exposes on GET /metrics, in a registry of its own. Label values are
 * bounded: routes are the process's own, operation names are capped, limits and outcomes are fixed sets.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly operations = new BoundedLabel(MAX_OPERATION_LABELS);
  private readonly httpRequests: Counter<'route' | 'status'>;
  private readonly httpDuration: Histogram<'route' | 'status'>;
  private readonly graphqlOperations: Counter<'operation' | 'status'>;
  private readonly graphqlDuration: Histogram<'operation' | 'status'>;
  private readonly graphqlErrors: Counter<'operation' | 'code'>;
  private readonly errorCodes = new BoundedLabel(50);
  private readonly rateLimitRefusals: Counter<'limit'>;
  private readonly subgraphDuration: Histogram<'subgraph' | 'outcome'>;
  private platformMetrics?: PlatformMetrics;

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry, prefix: 'fg_' });
    const registers = [this.registry];
    this.httpRequests = new Counter({
      name: 'fg_http_requests_total',
      help: 'HTTP requests answered, by route and status code',
      labelNames: ['route', 'status'],
      registers,
    });
    this.httpDuration = new Histogram({
      name: 'fg_http_request_duration_seconds',
      help: 'Time from a request arriving to its answer being sent, by route and status code',
      labelNames: ['route', 'status'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.graphqlOperations = new Counter({
      name: 'fg_graphql_operations_total',
      help: `GraphQL operations run, by operation name (the first ${MAX_OPERATION_LABELS} names seen; later ones as "other") and HTTP status`,
      labelNames: ['operation', 'status'],
      registers,
    });
    this.graphqlDuration = new Histogram({
      name: 'fg_graphql_operation_duration_seconds',
      help: 'Time to run a GraphQL operation, by operation name and HTTP status',
      labelNames: ['operation', 'status'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.graphqlErrors = new Counter({
      name: 'fg_graphql_errors_total',
      help: 'GraphQL errors answered, by operation name and extensions.code',
      labelNames: ['operation', 'code'],
      registers,
    });
    this.rateLimitRefusals = new Counter({
      name: 'fg_rate_limit_refusals_total',
      help: 'Requests refused by a rate limit, by limit',
      labelNames: ['limit'],
      registers,
    });
    this.subgraphDuration = new Histogram({
      name: 'fg_subgraph_call_duration_seconds',
      help: 'Time of a gateway fetch from a subgraph, by subgraph and outcome',
      labelNames: ['subgraph', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
  }

  /** A request answered by one of the process's own routes (a fixed name, never a raw path). */
  httpRequest(route: string, status: number, seconds: number): void {
    const labels = { route, status: String(status) };
    this.httpRequests.inc(labels);
    this.httpDuration.observe(labels, seconds);
  }

  graphqlOperation(operationName: string | null | undefined, status: number, seconds: number, errorCodes: readonly string[] = []): void {
    const operation = this.operations.value(operationNameLabel(operationName));
    const labels = { operation, status: String(status) };
    this.graphqlOperations.inc(labels);
    this.graphqlDuration.observe(labels, seconds);
    for (const code of errorCodes) this.graphqlErrors.inc({ operation, code: this.errorCodes.value(code) });
  }

  rateLimitRefused(limit: LimitLabel): void {
    this.rateLimitRefusals.inc({ limit });
  }

  subgraphCall(subgraph: string, outcome: SubgraphCallOutcome, seconds: number): void {
    this.subgraphDuration.observe({ subgraph, outcome }, seconds);
  }

  /** The hooks of the delegate task queue, executions and quotas (registered on first use, by the process that owns them). */
  get platform(): PlatformMetrics {
    return (this.platformMetrics ??= new PlatformMetrics(this.registry));
  }

  /** The Prometheus text exposition of every metric. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
