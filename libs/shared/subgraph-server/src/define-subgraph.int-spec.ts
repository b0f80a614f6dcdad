import { parse } from 'graphql';
import type { Principal } from '@fg/internal-auth';
import { testPrincipal } from '@fg/testing';
import { defineSubgraph, noSettings } from './define-subgraph';
import { resolveEntities, startTestSubgraph, type TestSubgraph } from './testing';

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { runs: Int }
  type Mutation { createThing(input: CreateThingInput!): CreateThingPayload }
  input CreateThingInput { clientMutationId: String, name: String! }
  type CreateThingPayload { clientMutationId: String, thing: Thing }
  type Thing @key(fields: "id") { id: String, name: String, owner: String }
`);

interface Context {
  principal: Principal;
  counter: { runs: number };
}

function thingsApp() {
  return defineSubgraph<Context, { runs: number }>({
    name: 'apps-services',
    typeDefs,
    settings: noSettings,
    services: () => ({ runs: 0 }),
    context: (counter, principal) => ({ principal, counter }),
    resolvers: {
      Query: { runs: (_: unknown, __: unknown, { counter }: Context) => counter.runs },
      Mutation: {
        createThing: async (_: unknown, { input }: { input: { clientMutationId?: string; name: string } }, { counter, principal }: Context) => {
          counter.runs += 1;
          await new Promise((resolve) => setTimeout(resolve, 50));
          return { clientMutationId: input.clientMutationId, thing: { id: `t${counter.runs}`, name: input.name, owner: principal.accountId } };
        },
      },
      Thing: {
        __resolveReference: (reference: { id: string }, { principal }: Context) =>
          reference.id === 'missing' ? null : { id: reference.id, name: 'ref', owner: principal.accountId },
      },
    },
  });
}

const CREATE = `mutation($input: CreateThingInput!) { createThing(input: $input) { clientMutationId thing { id name owner } } }`;

describe('defineSubgraph (real store)', () => {
  let subgraph: TestSubgraph;
  const alice = testPrincipal('acc-alice');

  beforeAll(async () => {
    subgraph = await startTestSubgraph(thingsApp());
  });
  afterAll(() => subgraph.dispose());

  const runs = async () => (await subgraph.query<{ runs: number }>(alice, '{ runs }')).body.data!.runs;

  it('runs a mutation with a clientMutationId once, answering every concurrent duplicate identically', async () => {
    const before = await runs();
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => subgraph.query(alice, CREATE, { input: { clientMutationId: 'once', name: 'a' } })),
    );
    expect(await runs()).toBe(before + 1);
    const bodies = new Set(answers.map((answer) => JSON.stringify(answer.body)));
    expect(bodies.size).toBe(1);
    expect(answers[0].body.data).toEqual({ createThing: { clientMutationId: 'once', thing: { id: expect.any(String), name: 'a', owner: 'acc-alice' } } });
  });

  it('refuses the same clientMutationId with other input as CONFLICT', async () => {
    await subgraph.query(alice, CREATE, { input: { clientMutationId: 'taken', name: 'a' } });
    const before = await runs();
    const { body } = await subgraph.query(alice, CREATE, { input: { clientMutationId: 'taken', name: 'b' } });
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(body.errors?.[0].message).toContain('already used');
    expect(await runs()).toBe(before);
  });

  it('runs mutations without a clientMutationId every time, and keeps principals apart', async () => {
    const before = await runs();
    await subgraph.query(alice, CREATE, { input: { name: 'x' } });
    await subgraph.query(alice, CREATE, { input: { name: 'x' } });
    await subgraph.query(testPrincipal('acc-bob'), CREATE, { input: { clientMutationId: 'once', name: 'a' } });
    expect(await runs()).toBe(before + 3);
  });

  it('resolves entities through _entities with the caller as principal', async () => {
    const { body } = await resolveEntities(subgraph, alice, 'Thing', 'id owner', [{ id: 't9' }, { id: 'missing' }]);
    expect(body.data).toEqual({ _entities: [{ id: 't9', owner: 'acc-alice' }, null] });
  });
});

describe('defineSubgraph index builds (real store)', () => {
  const ledgerIndexes = async (subgraph: TestSubgraph) => {
    const indexes = await subgraph.connection.db!.collection('idempotent_mutations').indexes().catch(() => []);
    return indexes.map((index) => index.name).filter((name) => name !== '_id_');
  };

  it('builds the declared indexes at start-up by default', async () => {
    const subgraph = await startTestSubgraph(thingsApp());
    try {
      expect(await ledgerIndexes(subgraph)).toEqual(['expiresAt_1']);
    } finally {
      await subgraph.dispose();
    }
  });

  it('starts without building any with MONGO_BUILD_INDEXES=false, and still serves idempotent mutations', async () => {
    const subgraph = await startTestSubgraph(thingsApp(), { MONGO_BUILD_INDEXES: 'false' });
    try {
      const alice = testPrincipal('acc-alice');
      const answers = await Promise.all([1, 2].map(() => subgraph.query(alice, CREATE, { input: { clientMutationId: 'unindexed', name: 'a' } })));
      expect(answers[1].body).toEqual(answers[0].body);
      expect((await subgraph.query<{ runs: number }>(alice, '{ runs }')).body.data!.runs).toBe(1);
      expect(await ledgerIndexes(subgraph)).toEqual([]);
    } finally {
      await subgraph.dispose();
    }
  });
});
