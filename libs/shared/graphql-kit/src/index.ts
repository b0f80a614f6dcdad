export { DateTimeScalar, LongScalar, NumberScalar } from './scalars';
export { ApiError, ErrorCode, badInput, conflict, notFound, createErrorFormatter, type ErrorReporter } from './errors';
export { MAX_PAGE_SIZE, pageRequest, lazyConnection, type PageRequest, type PageSource, type Connection } from './pagination';
export { MAX_QUERY_DEPTH, depthLimitRule } from './depth-limit';
export { idFilterCondition, type IdFilter, type IdOperator } from './id-filter';
export { MAX_BODY_BYTES, RequestBodyError, readBody, readBodyBytes, toGraphQLRequest, sendJson, respondWithApollo } from './apollo-http';
export { byIdLoader } from './by-id-loader';
export { listen, stopOnce } from './http-server';
export { mergeResolvers } from './merge-resolvers';
