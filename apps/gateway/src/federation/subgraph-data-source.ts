import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { Pool } from 'undici';
import { ApiError } from '@fg/graphql-kit';
import { PRINCIPAL_HEADERS, type Principal, type PrincipalSigner } from '@fg/internal-auth';
import { traceHeaders } from '@fg/tracing';

export interface GatewayContext {
  principal: Principal;
  /** The principal headers, signed once per incoming request however many subgraph fetches it needs. */
  signedPrincipal?: Record<string, string>;
}

type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';

/**
 * A subgraph that did not answer, or not with GraphQL. The client gets a coded error on the fields that subgraph serves
 * while the other fields still answer; which subgraph and why stay in `detail` (counted in the subgraph-call metric),
 * never in the message, because hosts are internal.
 */
export class SubgraphUnavailableError extends ApiError {
  constructor(readonly detail: string) {
    super(SERVICE_UNAVAILABLE, 'A service these fields need is unavailable; please try again shortly.');
  }
}

/** A subgraph's raw answer: what callers sharing one fetch share (each parses it into objects of its own). */
interface SubgraphAnswer {
  statusCode: number;
  text: string;
}

/**
 * Only reads are shared. The query planner writes every subgraph operation as `{…}`, `query …` or `mutation …`;
 * anything that is not plainly a query (mutations, subscriptions, whatever a future planner writes) is sent as is.
 */
export function isSharableOperation(operation: string): boolean {
  return operation.startsWith('{') || operation.startsWith('query');
}

/**
 * Sends the gateway's subgraph fetches straight over a keep-alive undici pool, with the caller's principal signed into
 * the headers. It replaces RemoteGraphQLDataSource, whose WHATWG fetch and node-fetch Request/Headers objects took
 * most of the gateway's time per request (see the README's benchmark notes).
 *
 * Identical query fetches in flight at the same moment share one HTTP call (dashboards and CI jobs poll the same
 * queries). They are identical only when the encoded principal (kind, id, account and every permission it carries),
 * the operation, its name and its variables are all the same, so an answer never crosses accounts, principals or
 * permission sets. The sharing ends when the answer arrives: nothing is cached. Every caller parses the shared text
 * itself, because Apollo's executor writes into the objects a fetch returns.
 */
export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly pool: Pool;
  private readonly path: string;
  private readonly inFlight = new Map<string, Promise<SubgraphAnswer>>();
  // The full header object per signed principal object (the signer hands out one per principal per second).
  private readonly headers = new WeakMap<Record<string, string>, Record<string, string>>();

  constructor(
    readonly url: string,
    private readonly signer: PrincipalSigner,
  ) {
    const parsed = new URL(url);
    this.path = `${parsed.pathname}${parsed.search}`;
    this.pool = new Pool(parsed.origin, { connections: 64, pipelining: 1, keepAliveTimeout: 30_000 });
  }

  async process({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const principal = (context as Partial<GatewayContext>).principal;
    // The gateway makes no calls of its own; without a principal a subgraph would refuse the call anyway.
    if (!principal) throw new SubgraphUnavailableError('a subgraph fetch without a principal');
    const signed = ((context as GatewayContext).signedPrincipal ??= this.signer.sign(principal));
    const query = request.query ?? '';
    const body = JSON.stringify({ query, variables: request.variables, operationName: request.operationName });
    const answer = await (isSharableOperation(query) ? this.shared(signed, body) : this.send(signed, body));
    return this.parse(answer);
  }

  /** How many distinct fetches are in flight right now (for specs). */
  get inFlightCount(): number {
    return this.inFlight.size;
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  private shared(signed: Record<string, string>, body: string): Promise<SubgraphAnswer> {
    // The body holds the operation, its name and its variables; the encoded principal holds who and which permissions.
    const key = `${signed[PRINCIPAL_HEADERS.principal]}\n${body}`;
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const fetched = this.send(signed, body).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, fetched);
    return fetched;
  }

  private async send(signed: Record<string, string>, body: string): Promise<SubgraphAnswer> {
    let headers = this.headers.get(signed);
    if (!headers) {
      headers = { 'content-type': 'application/json', accept: 'application/json', ...signed };
      this.headers.set(signed, headers);
    }
    // With tracing on, the call carries the current span's traceparent (a shared fetch carries its starter's).
    const trace = traceHeaders();
    try {
      const response = await this.pool.request({ path: this.path, method: 'POST', headers: trace.traceparent ? { ...headers, ...trace } : headers, body });
      return { statusCode: response.statusCode, text: await response.body.text() };
    } catch (error) {
      throw new SubgraphUnavailableError(`${this.url} is unreachable: ${(error as Error).message}`);
    }
  }

  private parse({ statusCode, text }: SubgraphAnswer): GatewayGraphQLResponse {
    let parsed: GatewayGraphQLResponse;
    try {
      parsed = JSON.parse(text) as GatewayGraphQLResponse;
    } catch {
      throw new SubgraphUnavailableError(`${this.url} answered ${statusCode} with a body that is not JSON`);
    }
    // A GraphQL answer with errors (a 400 for a bad variable, say) is passed on; only a non-GraphQL answer is a failure.
    if (typeof parsed !== 'object' || parsed === null || (!('data' in parsed) && !('errors' in parsed))) {
      throw new SubgraphUnavailableError(`${this.url} answered ${statusCode} without a GraphQL result`);
    }
    return parsed;
  }
}
