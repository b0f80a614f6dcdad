import type { ServerResponse } from 'node:http';
import type { HTTPGraphQLRequest, HTTPGraphQLResponse } from '@apollo/server';
import { writeApolloResponse } from '@fg/graphql-kit';
import type { Principal } from '@fg/internal-auth';

/** Runs one GraphQL request through Apollo for a principal (null only for the explorer page). */
export type ApolloExecution = (request: HTTPGraphQLRequest, principal: Principal | null) => Promise<HTTPGraphQLResponse>;

// A word, not a substring: `createApplication` holds no `mutation`, a document with a mutation operation always does.
const WRITES_OR_STREAMS = /\b(?:mutation|subscription)\b/;

/**
 * The request's identity for sharing, or null when it must run on its own: only a single POSTed read (a batch, a GET,
 * a document that names a mutation or subscription anywhere, or one without a query text never shares). The key holds
 * everything Apollo's answer depends on besides the principal: the operation, its name, variables and extensions, and
 * the media type the client accepts.
 */
export function sharingKey(request: HTTPGraphQLRequest): string | null {
  const body = request.body as { query?: unknown } | undefined;
  if (request.method !== 'POST' || typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  if (typeof body.query !== 'string' || WRITES_OR_STREAMS.test(body.query)) return null;
  return `${request.headers.get('accept') ?? ''}\n${request.search}\n${JSON.stringify(body)}`;
}

/**
 * Identical GraphQL reads of one principal in flight at the same moment share one execution and its answer (dashboards
 * and CI jobs poll the same queries): the later callers write the first one's status, headers and body. Principals
 * never share: the map is per principal object, and the authenticator keeps one object per verified credential, so
 * another key, user, account or permission set is another object. Limits are counted per request before this point.
 * Nothing outlives the execution: there is no cache.
 */
export class SharedExecutions {
  private readonly inFlight = new WeakMap<Principal, Map<string, Promise<HTTPGraphQLResponse>>>();

  constructor(private readonly execute: ApolloExecution) {}

  async respond(request: HTTPGraphQLRequest, principal: Principal | null, res: ServerResponse): Promise<void> {
    const key = principal && sharingKey(request);
    if (!principal || key === null) return writeApolloResponse(await this.execute(request, principal), res);
    let executions = this.inFlight.get(principal);
    if (!executions) {
      executions = new Map();
      this.inFlight.set(principal, executions);
    }
    const pending = executions.get(key);
    if (pending) {
      const shared = await pending;
      // A streamed answer (incremental delivery) can be read once: this caller runs its own.
      return writeApolloResponse(shared.body.kind === 'complete' ? shared : await this.execute(request, principal), res);
    }
    const running = executions;
    const execution = this.execute(request, principal).finally(() => running.delete(key));
    running.set(key, execution);
    return writeApolloResponse(await execution, res);
  }

  /** Executions in flight for a principal (for specs). */
  inFlightFor(principal: Principal): number {
    return this.inFlight.get(principal)?.size ?? 0;
  }
}
