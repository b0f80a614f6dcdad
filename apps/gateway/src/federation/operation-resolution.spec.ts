import { ApolloServer } from '@apollo/server';
import { operationResolutionPlugin } from './operation-resolution';

// A plain schema stands in for the supergraph: the plugin runs before any executor, the gateway's or graphql-js's.
const server = new ApolloServer({
  typeDefs: 'type Query { hello: String }',
  resolvers: { Query: { hello: () => 'world' } },
  plugins: [operationResolutionPlugin()],
});

const run = async (query: string, operationName?: string) => {
  const response = await server.executeOperation({ query, operationName });
  const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
  return { status: response.http.status, errors: body?.errors?.map(({ message, extensions }) => ({ message, code: extensions?.code })), data: body?.data };
};

describe('operationResolutionPlugin', () => {
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it('refuses an unknown operationName with 400 and says which', async () => {
    expect(await run('query A { hello }', 'B')).toEqual({
      status: 400,
      errors: [{ message: 'Unknown operation named "B".', code: 'OPERATION_RESOLUTION_FAILURE' }],
      data: undefined,
    });
  });

  it('refuses several operations without a name with 400', async () => {
    const answer = await run('query A { hello } query B { hello }');
    expect(answer.status).toBe(400);
    expect(answer.errors).toEqual([
      { message: 'The document has several operations: name the one to run in operationName.', code: 'OPERATION_RESOLUTION_FAILURE' },
    ]);
  });

  it('refuses a subscription when the schema has none, with 400', async () => {
    expect(await run('subscription { hello }')).toEqual({
      status: 400,
      errors: [{ message: 'This API has no subscription operations.', code: 'OPERATION_RESOLUTION_FAILURE' }],
      data: undefined,
    });
  });

  it('lets a resolvable operation run', async () => {
    expect(await run('query A { hello } query B { hello }', 'B')).toEqual({ status: undefined, errors: undefined, data: { hello: 'world' } });
  });
});
