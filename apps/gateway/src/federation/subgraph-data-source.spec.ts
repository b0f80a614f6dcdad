import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { NO_PERMISSIONS, PrincipalSigner, PrincipalVerifier, type Principal } from '@fg/internal-auth';
import { SubgraphDataSource, isSharableOperation, type GatewayContext } from './subgraph-data-source';

const SECRET = 's'.repeat(40);
const QUERY = '{applications(limit:10){nodes{id name}}}';

const principal = (overrides: Partial<Principal> = {}): Principal => ({
  kind: 'apiKey',
  id: 'key-1',
  accountId: 'acc-1',
  permissions: NO_PERMISSIONS,
  ...overrides,
});

interface Received {
  principal: Principal;
  body: { query: string; variables?: Record<string, unknown> };
  answer(): void;
}

/**
 * A subgraph that verifies the signature and holds every answer until `release` is called, so calls made together
 * are truly in flight together. Each answer names the account and principal it was computed for.
 */
class HeldSubgraph {
  readonly received: Received[] = [];
  private server!: Server;
  private readonly verifier = new PrincipalVerifier(SECRET);
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/graphql`;
  }

  /** Resolves once `count` requests have arrived (or after 2 s, for the count assertions to fail); answers stay held. */
  async waitForRequests(count: number): Promise<void> {
    const giveUpAt = Date.now() + 2_000;
    while (this.received.length < count && Date.now() < giveUpAt) await new Promise((resolve) => setTimeout(resolve, 1));
  }

  release(): void {
    for (const request of this.received.splice(0)) request.answer();
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const caller = this.verifier.verify(req.headers);
    if (!caller) {
      res.writeHead(401).end('{"errors":[{"message":"unsigned"}]}');
      return;
    }
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    this.received.push({
      principal: caller,
      body,
      answer: () => {
        const data = { applications: { nodes: [{ id: `${caller.accountId}/${caller.id}`, name: caller.permissions.accountPermissions.join(',') }] } };
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
      },
    });
  }
}

type FetchResult = { data?: { applications: { nodes: { id: string; name: string }[] } } };

describe('SubgraphDataSource', () => {
  const subgraph = new HeldSubgraph();
  let source: SubgraphDataSource;
  let totalRequests: number;

  beforeAll(() => subgraph.start());
  afterAll(() => subgraph.stop());
  beforeEach(() => {
    source = new SubgraphDataSource(subgraph.url, new PrincipalSigner(SECRET));
    totalRequests = 0;
  });
  afterEach(() => source.close());

  // Each call gets its own context, as each incoming request does.
  const fetch = (caller: Principal, query = QUERY, variables: Record<string, unknown> = {}) =>
    source.process({
      kind: 'incoming operation',
      request: { query, variables },
      context: { principal: caller },
      incomingRequestContext: {},
    } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>) as Promise<FetchResult>;

  /** Starts the calls together, lets every request that is coming reach the subgraph, then answers them all. */
  async function together(calls: (() => Promise<FetchResult>)[], expectedRequests: number): Promise<FetchResult[]> {
    const answers = Promise.all(calls.map((call) => call()));
    await subgraph.waitForRequests(expectedRequests);
    // Any request beyond the expected ones would have been sent by now: the calls are all waiting on the subgraph.
    await new Promise((resolve) => setTimeout(resolve, 50));
    totalRequests = subgraph.received.length;
    subgraph.release();
    return answers;
  }

  it('sends identical queries of one principal in flight together once, and gives each caller its own objects', async () => {
    const [first, second, third] = await together([() => fetch(principal()), () => fetch(principal()), () => fetch(principal())], 1);
    expect(totalRequests).toBe(1);
    expect(first).toEqual({ data: { applications: { nodes: [{ id: 'acc-1/key-1', name: '' }] } } });
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    // Apollo's executor writes into what a fetch returns: one caller's writes must not reach another.
    expect(second).not.toBe(first);
    first.data!.applications.nodes[0].name = 'changed by the first caller';
    expect(second.data!.applications.nodes[0].name).toBe('');
    expect(source.inFlightCount).toBe(0);
  });

  it('never shares a fetch between two accounts, even for the same principal id and query', async () => {
    const [one, other] = await together([() => fetch(principal()), () => fetch(principal({ accountId: 'acc-2' }))], 2);
    expect(totalRequests).toBe(2);
    expect(one.data!.applications.nodes[0].id).toBe('acc-1/key-1');
    expect(other.data!.applications.nodes[0].id).toBe('acc-2/key-1');
  });

  it('never shares between two principals of one account, nor between two permission sets of one principal', async () => {
    const admin = principal({ permissions: { accountPermissions: ['ADMINISTER_OTHER_ACCOUNT_FUNCTIONS'], appPermissions: [] } });
    const answers = await together([() => fetch(principal()), () => fetch(principal({ kind: 'user', id: 'key-1' })), () => fetch(admin)], 3);
    expect(totalRequests).toBe(3);
    expect(answers.map((answer) => answer.data!.applications.nodes[0].name)).toEqual(['', '', 'ADMINISTER_OTHER_ACCOUNT_FUNCTIONS']);
  });

  it('shares only when the variables are the same too', async () => {
    const query = 'query($limit:Int){applications(limit:$limit){nodes{id name}}}';
    await together([() => fetch(principal(), query, { limit: 1 }), () => fetch(principal(), query, { limit: 2 })], 2);
    expect(totalRequests).toBe(2);
  });

  it('never shares a mutation', async () => {
    const mutation = 'mutation($input:CreateApplicationInput!){createApplication(input:$input){application{id}}}';
    const input = { input: { name: 'x' } };
    await together([() => fetch(principal(), mutation, input), () => fetch(principal(), mutation, input)], 2);
    expect(totalRequests).toBe(2);
  });

  it('fetches again once the shared answer has arrived (nothing is cached)', async () => {
    await together([() => fetch(principal())], 1);
    await together([() => fetch(principal())], 1);
    expect(totalRequests).toBe(1);
    expect(source.inFlightCount).toBe(0);
  });

  it('signs every call with the caller it acts for', async () => {
    const answers = Promise.all([fetch(principal({ accountId: 'acc-9' }))]);
    await subgraph.waitForRequests(1);
    expect(subgraph.received[0].principal).toEqual(principal({ accountId: 'acc-9' }));
    subgraph.release();
    await answers;
  });
});

describe('isSharableOperation', () => {
  it.each([
    ['{applications{nodes{id}}}', true],
    ['query($representations:[_Any!]!){_entities(representations:$representations){__typename}}', true],
    ['query Apps__apps_services__0{applications{nodes{id}}}', true],
    ['mutation($input:X!){createApplication(input:$input){clientMutationId}}', false],
    ['subscription{x}', false],
  ])('%s -> %s', (operation, sharable) => {
    expect(isSharableOperation(operation)).toBe(sharable);
  });
});
