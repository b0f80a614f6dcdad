import type { ApolloServerPlugin } from '@apollo/server';
import { ApiError } from '@fg/graphql-kit';

export const OPERATION_RESOLUTION_FAILURE = 'OPERATION_RESOLUTION_FAILURE';

/**
 * Refuses, with HTTP 400, a request whose document has no operation to run: an unknown `operationName`, several
 * operations and no name, or an operation type the schema has no root for (subscriptions). Apollo hands such requests
 * to the gateway's executor, which throws, and would answer 500 for what is the client's mistake.
 */
export function operationResolutionPlugin<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, schema }) {
          if (!operation) {
            const message = request.operationName
              ? `Unknown operation named "${request.operationName}".`
              : 'The document has several operations: name the one to run in operationName.';
            throw new ApiError(OPERATION_RESOLUTION_FAILURE, message, { http: { status: 400 } });
          }
          if (!schema.getRootType(operation.operation)) {
            throw new ApiError(OPERATION_RESOLUTION_FAILURE, `This API has no ${operation.operation} operations.`, { http: { status: 400 } });
          }
        },
      };
    },
  };
}
