import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@fg/graphql-kit';

/** Seconds a client should wait before retrying an answer that nothing could serve. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = '5';

interface AnswerShape {
  data?: Record<string, unknown> | null;
  errors?: readonly { extensions?: Record<string, unknown> }[];
}

/** True when no field could be answered and the only reason is that something the operation needs is away. */
export function isUnavailableAnswer({ data, errors }: AnswerShape): boolean {
  if (!errors?.length || !errors.every((error) => error.extensions?.code === ErrorCode.ServiceUnavailable)) return false;
  return !data || Object.values(data).every((value) => value === null);
}

/**
 * HTTP 503 (with Retry-After) for an answer with no data at all because what it needs is unavailable (the store
 * restarting, every subgraph it touches down), so clients, proxies and load balancers see the outage for what it is.
 * An answer with some data stays 200 with partial data and coded errors on the missing fields.
 */
export function unavailableStatusPlugin<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || !isUnavailableAnswer(response.body.singleResult)) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', UNAVAILABLE_RETRY_AFTER_SECONDS);
        },
      };
    },
  };
}
