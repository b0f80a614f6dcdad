import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { HTTPGraphQLRequest } from '@apollo/server';
import { sendJson, toGraphQLRequest } from '@fg/graphql-kit';
import type { Principal } from '@fg/internal-auth';
import type { Caller } from '../auth/authenticator';
import { refuseAtEdge } from '../limits/edge-gate';
import { isMultipartRequest, toFileUploadRequest, type UploadLimits } from '../uploads/file-upload-request';
import {
  DASHBOARD_HEADER,
  GRAPHQL_RATE_LIMIT_BODY,
  rateLimitHeaders,
  retryAfter,
  type EdgeAndGraphQLDecision,
} from '../limits/request-limits';
import { withLenientDocuments } from './lenient-documents';

export const API_PATH = '/api/graphql';

// The reference API's exact body: existing clients compare it.
export const INVALID_API_KEY = { errors: [{ message: 'Invalid Api Key' }] };

export interface CallerAuthenticator {
  authenticate(headers: IncomingHttpHeaders): Promise<Caller | null>;
}

export interface ApiLimits {
  edgeAndGraphQL(caller: Caller, isDashboard: boolean, cost: number): Promise<EdgeAndGraphQLDecision>;
}

/** Runs one GraphQL request (through Apollo) and writes its answer; no principal only for the explorer page. */
export type GraphQLResponder = (
  request: HTTPGraphQLRequest,
  principal: Principal | null,
  res: ServerResponse,
) => Promise<void>;

export interface ApiRouteDeps {
  authenticator: CallerAuthenticator;
  limits: ApiLimits;
  graphql: GraphQLResponder;
  uploads: UploadLimits;
}

function wantsExplorer(req: IncomingMessage, url: URL): boolean {
  return req.method === 'GET' && !url.searchParams.has('query') && (req.headers.accept ?? '').includes('text/html');
}

/** The GraphQL API: authenticate, check the account, count against both limits, then run the operations. */
export function createApiRoute({ authenticator, limits, graphql, uploads }: ApiRouteDeps) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    if (wantsExplorer(req, url)) {
      // The explorer page itself needs no key; the operations it sends do.
      return graphql(await toGraphQLRequest(req, url), null, res);
    }
    const caller = await authenticator.authenticate(req.headers);
    if (!caller) return sendJson(res, 401, INVALID_API_KEY);
    const { principal } = caller;
    const requestedAccount = url.searchParams.get('accountId');
    if (requestedAccount && requestedAccount !== principal.accountId) {
      return sendJson(res, 401, { errors: [{ message: `The credentials do not belong to account ${requestedAccount}` }] });
    }
    // A multipart request carries an encrypted file (createSecret / updateSecret).
    const parsed = isMultipartRequest(req) ? await toFileUploadRequest(req, url, uploads) : await toGraphQLRequest(req, url);
    const request = withLenientDocuments(parsed);
    // A batch counts one per operation, for both limits.
    const operations = Array.isArray(request.body) ? Math.max(1, request.body.length) : 1;
    const { edge, graphql: decision } = await limits.edgeAndGraphQL(caller, req.headers[DASHBOARD_HEADER] === 'true', operations);
    if (!edge.allowed || !decision) return refuseAtEdge(edge, res);
    const headers = rateLimitHeaders(decision);
    if (!decision.allowed) return sendJson(res, 429, GRAPHQL_RATE_LIMIT_BODY, { ...headers, ...retryAfter(decision) });
    for (const name in headers) res.setHeader(name, headers[name]);
    return graphql(request, principal, res);
  };
}
