import { EVENT_FIELD, type DomainEvent } from '@fg/domain-events';
import { startTestSubgraph, type TestSubgraph } from '@fg/subgraph-server/testing';
import { testRedis, testServices, type TestRedis } from '@fg/testing';
import { appsServicesSubgraph } from '../subgraph';
import { callerIn, firstError, fixtures } from '../testing';

const alice = callerIn('acc-tag-alice');
const bob = callerIn('acc-tag-bob', { kind: 'apiKey', id: 'k-bob' });

const ATTACH = `mutation($input: AttachTagInput!) { attachTag(input: $input) { clientMutationId tagLink { name value entityId entityType appId } } }`;
const DETACH = `mutation($input: DetachTagInput!) { detachTag(input: $input) { clientMutationId } }`;

describe('tags (real store)', () => {
  let subgraph: TestSubgraph;
  let make: ReturnType<typeof fixtures>;
  let redis: TestRedis;
  let seen = '-';

  /** The tag events on the subgraph's stream since the last call, as type and payload. */
  async function published(): Promise<Record<string, unknown>[]> {
    const entries = await redis.redis.xrange(`${redis.prefix}domain-events:tags`, seen === '-' ? '-' : `(${seen}`, '+');
    if (entries.length > 0) seen = entries[entries.length - 1][0];
    return entries.map(([, fields]) => {
      const event = JSON.parse(fields[fields.indexOf(EVENT_FIELD) + 1]) as DomainEvent<'tag.attached' | 'tag.detached'>;
      return { type: event.type, ...event.payload };
    });
  }

  beforeAll(async () => {
    redis = await testRedis((await testServices()).redisUrl);
    subgraph = await startTestSubgraph(appsServicesSubgraph, { REDIS_KEY_PREFIX: redis.prefix });
    make = fixtures(subgraph);
  });
  afterAll(async () => {
    await subgraph.dispose();
    await redis.cleanup();
  });

  it('attaches a tag to an application, shows it on the application, and announces it', async () => {
    const appId = await make.application(alice, 'tagged');
    await published();
    const { body } = await subgraph.query(alice, ATTACH, { input: { clientMutationId: 't', entityType: 'APPLICATION', entityId: appId, name: 'team', value: 'core' } });
    expect(body.data).toEqual({
      attachTag: { clientMutationId: 't', tagLink: { name: 'team', value: 'core', entityId: appId, entityType: 'APPLICATION', appId } },
    });
    expect(await published()).toEqual([{ type: 'tag.attached', accountId: alice.accountId, entityType: 'APPLICATION', entityId: appId, appId, name: 'team', value: 'core' }]);

    // Attaching the same name again changes the value instead of adding a second tag.
    await make.tag(alice, 'APPLICATION', appId, 'team', 'platform');
    await make.tag(alice, 'APPLICATION', appId, 'critical');
    const read = await subgraph.query(alice, `query($id: String!) { application(applicationId: $id) { tags { name value } } }`, { id: appId });
    expect(read.body.data).toEqual({ application: { tags: [{ name: 'critical', value: '' }, { name: 'team', value: 'platform' }] } });
  });

  it('tags services and environments with their application, and workflows, pipelines or triggers without checking them here', async () => {
    const appId = await make.application(alice, 'owner');
    const svc = await make.service(alice, appId, 'svc');
    const env = await make.environment(alice, appId, 'env');
    for (const [entityType, entityId, appIdExpected] of [['SERVICE', svc, appId], ['ENVIRONMENT', env, appId], ['WORKFLOW', 'wf-1', null], ['PIPELINE', 'pl-1', null], ['TRIGGER', 'tr-1', null]] as const) {
      const { body } = await subgraph.query(alice, ATTACH, { input: { entityType, entityId, name: 'layer', value: entityType.toLowerCase() } });
      expect(body.data).toEqual({ attachTag: { clientMutationId: null, tagLink: { name: 'layer', value: entityType.toLowerCase(), entityId, entityType, appId: appIdExpected } } });
    }
    const read = await subgraph.query(alice, `query($s: String!, $e: String!) { service(serviceId: $s) { tags { name value } } environment(environmentId: $e) { tags { name value } } }`, { s: svc, e: env });
    expect(read.body.data).toEqual({ service: { tags: [{ name: 'layer', value: 'service' }] }, environment: { tags: [{ name: 'layer', value: 'environment' }] } });
  });

  it('tags a trigger (TRIGGER, an Extension) and announces the link and its removal for the pipelines subgraph', async () => {
    await published();
    const input = { entityType: 'TRIGGER', entityId: 'tr-announced', name: 'team', value: 'payments' };
    expect((await subgraph.query(alice, ATTACH, { input })).body.data).toEqual({
      attachTag: { clientMutationId: null, tagLink: { name: 'team', value: 'payments', entityId: 'tr-announced', entityType: 'TRIGGER', appId: null } },
    });
    const detach = { entityType: 'TRIGGER', entityId: 'tr-announced', name: 'team' };
    expect((await subgraph.query(alice, DETACH, { input: detach })).body.data).toEqual({ detachTag: { clientMutationId: null } });
    const link = { accountId: alice.accountId, entityType: 'TRIGGER', entityId: 'tr-announced', appId: '', name: 'team', value: 'payments' };
    expect(await published()).toEqual([
      { type: 'tag.attached', ...link },
      { type: 'tag.detached', ...link },
    ]);
  });

  it('refuses a tag on an entity the account does not have, and an empty name', async () => {
    const appId = await make.application(alice, 'not-yours');
    const cases: [typeof alice, Record<string, unknown>, string, string][] = [
      [bob, { entityType: 'APPLICATION', entityId: appId, name: 'x' }, 'Application does not exist', 'NOT_FOUND'],
      [alice, { entityType: 'SERVICE', entityId: 'missing', name: 'x' }, 'Service does not exist', 'NOT_FOUND'],
      [alice, { entityType: 'ENVIRONMENT', entityId: 'missing', name: 'x' }, 'Environment does not exist', 'NOT_FOUND'],
      [alice, { entityType: 'APPLICATION', entityId: appId, name: '  ' }, 'Tag name must not be empty', 'BAD_USER_INPUT'],
    ];
    for (const [caller, input, message, code] of cases) {
      expect(firstError(await subgraph.query(caller, ATTACH, { input }))).toMatchObject({ message, extensions: { code } });
    }
    const bobsTags = await subgraph.query(bob, '{ tags(limit: 10) { pageInfo { total } nodes { name } } }');
    expect(bobsTags.body.data).toEqual({ tags: { pageInfo: { total: 0 }, nodes: [] } });
  });

  it('detaches a tag (idempotently) and announces it once', async () => {
    const appId = await make.application(alice, 'detach');
    await make.tag(alice, 'APPLICATION', appId, 'gone', 'soon');
    await published();
    const input = { clientMutationId: 'd', entityType: 'APPLICATION', entityId: appId, name: 'gone' };
    expect((await subgraph.query(alice, DETACH, { input })).body.data).toEqual({ detachTag: { clientMutationId: 'd' } });
    expect((await subgraph.query(alice, DETACH, { input })).body.data).toEqual({ detachTag: { clientMutationId: 'd' } });
    expect(await published()).toEqual([{ type: 'tag.detached', accountId: alice.accountId, entityType: 'APPLICATION', entityId: appId, appId, name: 'gone', value: 'soon' }]);
    const read = await subgraph.query(alice, `query($id: String!) { application(applicationId: $id) { tags { name } } }`, { id: appId });
    expect(read.body.data).toEqual({ application: { tags: [] } });
  });

  it('lists tag definitions, finds them by id and name, and pages their usages with filters', async () => {
    const carol = callerIn('acc-tag-carol');
    const appId = await make.application(carol, 'usage-app');
    const svc = await make.service(carol, appId, 'usage-svc');
    await make.tag(carol, 'APPLICATION', appId, 'env', 'prod');
    await make.tag(carol, 'SERVICE', svc, 'env', 'dev');
    await make.tag(carol, 'PIPELINE', 'pl-9', 'env', 'prod');
    await make.tag(carol, 'TRIGGER', 'tr-9', 'env', 'qa');
    await make.tag(carol, 'SERVICE', svc, 'other', 'x');

    const tags = await subgraph.query<{ tags: { nodes: { id: string; name: string }[] } }>(
      carol,
      '{ tags(limit: 10) { pageInfo { total } nodes { id name createdAt createdBy { id } } } }',
    );
    expect(tags.body.data!.tags).toEqual({
      pageInfo: { total: 2 },
      nodes: expect.arrayContaining([
        { id: expect.any(String), name: 'env', createdAt: expect.any(Number), createdBy: { id: 'u-acc-tag-carol' } },
        { id: expect.any(String), name: 'other', createdAt: expect.any(Number), createdBy: { id: 'u-acc-tag-carol' } },
      ]),
    });
    const envTag = tags.body.data!.tags.nodes.find((tag) => tag.name === 'env')!;
    const filtered = await subgraph.query(carol, `query($id: String!) { tags(limit: 10, filters: [{ tagId: { operator: EQUALS, values: [$id] } }]) { nodes { name } }
      byName: tags(limit: 10, filters: [{ tagName: { operator: LIKE, values: ["oth"] } }]) { nodes { name } } }`, { id: envTag.id });
    expect(filtered.body.data).toEqual({ tags: { nodes: [{ name: 'env' }] }, byName: { nodes: [{ name: 'other' }] } });

    const usages = async (filters: unknown[]) => {
      const { body } = await subgraph.query<{ tag: { usages: { pageInfo: { total: number }; nodes: { entityType: string; value: string }[] } } }>(
        carol,
        `query($id: String!, $filters: [TagUsageFilter]) { tag(tagId: $id) { name usages(filters: $filters, limit: 10) { pageInfo { total } nodes { name value entityId entityType appId } } } }`,
        { id: envTag.id, filters },
      );
      expect(body.errors).toBeUndefined();
      return body.data!.tag.usages.nodes.map((node) => `${node.entityType}=${node.value}`).sort();
    };
    expect(await usages([])).toEqual(['APPLICATION=prod', 'PIPELINE=prod', 'SERVICE=dev', 'TRIGGER=qa']);
    expect(await usages([{ entityType: { operator: 'IN', values: ['SERVICE', 'PIPELINE'] } }])).toEqual(['PIPELINE=prod', 'SERVICE=dev']);
    expect(await usages([{ entityType: { operator: 'EQUALS', values: ['TRIGGER'] } }])).toEqual(['TRIGGER=qa']);
    expect(await usages([{ tagValue: { operator: 'EQUALS', values: ['prod'] } }])).toEqual(['APPLICATION=prod', 'PIPELINE=prod']);
    expect(await usages([{ tagName: { operator: 'EQUALS', values: ['other'] } }])).toEqual([]);

    const byName = await subgraph.query(carol, '{ tagByName(name: "env") { id name } }');
    expect(byName.body.data).toEqual({ tagByName: { id: envTag.id, name: 'env' } });
    for (const [caller, query, variables] of [
      [bob, 'query($id: String!) { tag(tagId: $id) { id } }', { id: envTag.id }],
      [bob, '{ tagByName(name: "env") { id } }', {}],
      [carol, '{ tagByName(name: "never") { id } }', {}],
    ] as const) {
      const response = await subgraph.query(caller, query, variables);
      expect(firstError(response)).toMatchObject({ message: 'Tag does not exist', extensions: { code: 'NOT_FOUND' } });
    }
  });

  it('filters applications by tag, with or without a value, any of several tags matching', async () => {
    const dave = callerIn('acc-tag-dave');
    const gold = await make.application(dave, 'gold-app');
    const silver = await make.application(dave, 'silver-app');
    await make.application(dave, 'plain-app');
    await make.tag(dave, 'APPLICATION', gold, 'tier', 'gold');
    await make.tag(dave, 'APPLICATION', silver, 'tier', 'silver');
    const list = async (tags: unknown[]) => {
      const { body } = await subgraph.query<{ applications: { nodes: { name: string }[] } }>(
        dave,
        `query($tags: [TagInput]) { applications(limit: 10, filters: [{ tag: { entityType: APPLICATION, tags: $tags } }]) { nodes { name } } }`,
        { tags },
      );
      expect(body.errors).toBeUndefined();
      return body.data!.applications.nodes.map((node) => node.name).sort();
    };
    expect(await list([{ name: 'tier', value: 'gold' }])).toEqual(['gold-app']);
    expect(await list([{ name: 'tier' }])).toEqual(['gold-app', 'silver-app']);
    expect(await list([{ name: 'tier', value: 'gold' }, { name: 'tier', value: 'silver' }])).toEqual(['gold-app', 'silver-app']);
    expect(await list([])).toEqual(['gold-app', 'plain-app', 'silver-app']);
  });
});
