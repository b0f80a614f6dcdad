import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { ServiceMetrics } from './service-metrics';

const secondsSince = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e9;

/** Counts and times every GraphQL operation Apollo runs, by operation name, HTTP status and error code. */
export function graphqlMetricsPlugin<TContext extends BaseContext>(metrics: ServiceMetrics): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, response }) {
          const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
          const codes = (result.errors ?? []).map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          metrics.graphqlOperation(operationName, response.http.status ?? 200, secondsSince(started), codes);
        },
      };
    },
  };
}
