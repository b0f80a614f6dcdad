import type { HTTPGraphQLRequest } from '@apollo/server';
import { repairStrayDotsAfterNumbers } from '@fg/graphql-leniency';

function repairOperation(operation: unknown): unknown {
  if (typeof operation !== 'object' || operation === null || Array.isArray(operation)) return operation;
  const { query } = operation as { query?: unknown };
  if (typeof query !== 'string') return operation;
  const repaired = repairStrayDotsAfterNumbers(query);
  return repaired === query ? operation : { ...operation, query: repaired };
}

/**
 * Applies the one graphql-java leniency real clients rely on (see @fg/graphql-leniency) to every query text of a
 * request before Apollo parses it: a JSON body's `query` (also each operation of a batch; a text/plain body arrives
 * here as `{ query }`) and a GET's `query` parameter. Anything else is passed on untouched for Apollo to judge.
 */
export function withLenientDocuments(request: HTTPGraphQLRequest): HTTPGraphQLRequest {
  const body = Array.isArray(request.body) ? request.body.map(repairOperation) : repairOperation(request.body);
  const params = new URLSearchParams(request.search);
  const query = params.get('query');
  if (query !== null) params.set('query', repairStrayDotsAfterNumbers(query));
  const search = query !== null && params.get('query') !== query ? `?${params.toString()}` : request.search;
  return { ...request, body, search };
}
