import { ensureIndexes } from '@fg/tenancy';
import { testDatabase, testServices, type TestDatabase } from '@fg/testing';
import { TagLinkRepository } from './tag-link.repository';

describe('TagLinkRepository (real store)', () => {
  let db: TestDatabase;
  let links: TagLinkRepository;
  const service = (entityId: string, appId = 'app-1') => ({ entityType: 'SERVICE' as const, entityId, appId });

  beforeAll(async () => {
    db = await testDatabase((await testServices()).mongoUrl, 'taglinks');
    links = new TagLinkRepository(db.connection);
    await ensureIndexes(db.connection);
  });
  afterAll(() => db.drop());

  it('keeps one link per entity and tag name: attaching again changes the value', async () => {
    const first = await links.attach('acc-1', service('s-1'), 'team', 'a');
    const second = await links.attach('acc-1', service('s-1'), 'team', 'b');
    expect(second).toEqual({ ...first, value: 'b' });
    expect(await db.connection.db!.collection('tag_links').countDocuments({ accountId: 'acc-1', entityId: 's-1' })).toBe(1);
  });

  it('finds the entities carrying any of the tags, by name alone or name and value, within the account and type', async () => {
    await links.attach('acc-2', service('s-a'), 'tier', 'gold');
    await links.attach('acc-2', service('s-b'), 'tier', 'silver');
    await links.attach('acc-2', service('s-c'), 'owner', 'x');
    await links.attach('acc-2', { entityType: 'ENVIRONMENT', entityId: 'e-a', appId: 'app-1' }, 'tier', 'gold');
    await links.attach('acc-2-other', service('s-z'), 'tier', 'gold');
    const sorted = async (...args: Parameters<TagLinkRepository['entityIdsMatching']>) => (await links.entityIdsMatching(...args))?.sort();

    expect(await sorted('acc-2', 'SERVICE', [{ name: 'tier', value: 'gold' }])).toEqual(['s-a']);
    expect(await sorted('acc-2', 'SERVICE', [{ name: 'tier' }])).toEqual(['s-a', 's-b']);
    expect(await sorted('acc-2', 'SERVICE', [{ name: 'tier', value: 'silver' }, { name: 'owner', value: null }])).toEqual(['s-b', 's-c']);
    expect(await sorted('acc-2', 'ENVIRONMENT', [{ name: 'tier' }])).toEqual(['e-a']);
    expect(await sorted('acc-2', 'SERVICE', [])).toEqual([]);
  });

  it('reads the tags of a batch of entities in one call, and detaches once', async () => {
    await links.attach('acc-3', service('s-1'), 'a', '1');
    await links.attach('acc-3', service('s-1'), 'b', '2');
    await links.attach('acc-3', service('s-2'), 'a', '3');
    const found = await links.ofEntities('acc-3', 'SERVICE', ['s-1', 's-2', 's-missing']);
    expect(found.map((link) => `${link.entityId}:${link.name}=${link.value}`)).toEqual(['s-1:a=1', 's-1:b=2', 's-2:a=3']);
    expect(await links.ofEntities('acc-3-other', 'SERVICE', ['s-1'])).toEqual([]);

    expect(await links.detach('acc-3-other', 'SERVICE', 's-1', 'a')).toBeNull();
    expect(await links.detach('acc-3', 'SERVICE', 's-1', 'a')).toMatchObject({ entityId: 's-1', name: 'a', value: '1' });
    expect(await links.detach('acc-3', 'SERVICE', 's-1', 'a')).toBeNull();
  });

  it('removes the links of an application and of what it owns, leaving other applications\' links', async () => {
    await links.attach('acc-4', { entityType: 'APPLICATION', entityId: 'app-x', appId: 'app-x' }, 't', 'v');
    await links.attach('acc-4', service('s-x', 'app-x'), 't', 'v');
    await links.attach('acc-4', service('s-y', 'app-y'), 't', 'v');
    expect(await links.removeOfApplication('acc-4-other', 'app-x')).toHaveLength(0);
    expect(await links.removeOfApplication('acc-4', 'app-x')).toHaveLength(2);
    expect((await links.usages('acc-4', { name: 't' }, 0, 10)).map((link) => link.entityId)).toEqual(['s-y']);
    expect(await links.usageTotal('acc-4', { name: 't', valueConditions: [{ $eq: 'other' }] })).toBe(0);
  });
});
