import { createDomainEvent, eventPosition } from '@fg/domain-events';
import { ensureIndexes } from '@fg/tenancy';
import { testDatabase, testServices, type TestDatabase } from '@fg/testing';
import { TagLinkProjection, tagEventHandlers } from './tag-link.projection';

const at = (sequence: number) => eventPosition(`1733052000000-${sequence}`);
const tag = (accountId: string, entityType: string, entityId: string, name: string, value = '') => ({ accountId, entityType, entityId, appId: '', name, value });

describe('TagLinkProjection (real store)', () => {
  let db: TestDatabase;
  let tags: TagLinkProjection;

  beforeAll(async () => {
    db = await testDatabase((await testServices()).mongoUrl, 'taglinks');
    tags = new TagLinkProjection(db.connection);
    await ensureIndexes(db.connection);
  });
  afterAll(() => db.drop());

  it('keeps the tags of workflows, pipelines and applications, for their account only', async () => {
    await tags.apply(createDomainEvent('tag.attached', tag('acc-a', 'WORKFLOW', 'wf-1', 'team', 'payments')), at(1));
    await tags.apply(createDomainEvent('tag.attached', tag('acc-a', 'WORKFLOW', 'wf-1', 'tier')), at(2));
    await tags.apply(createDomainEvent('tag.attached', tag('acc-a', 'PIPELINE', 'wf-1', 'team', 'other')), at(3));
    // Provisioners' tags are apps-services' business only.
    await tags.apply(createDomainEvent('tag.attached', tag('acc-a', 'PROVISIONER', 'prov-1', 'team', 'payments')), at(4));

    expect(await tags.tagsOf('acc-a', 'WORKFLOW', ['wf-1', 'wf-none'])).toEqual([
      { entityType: 'WORKFLOW', entityId: 'wf-1', name: 'team', value: 'payments' },
      { entityType: 'WORKFLOW', entityId: 'wf-1', name: 'tier', value: '' },
    ]);
    expect(await tags.tagsOf('acc-b', 'WORKFLOW', ['wf-1'])).toEqual([]);
    expect(await db.connection.db!.collection('tag_links').countDocuments({ entityType: 'PROVISIONER' })).toBe(0);
  });

  it('keeps the tags of triggers (TRIGGER, an Extension type), a batch of them in one read, and drops a detached one', async () => {
    await tags.apply(createDomainEvent('tag.attached', tag('acc-t', 'TRIGGER', 'tr-1', 'team', 'payments')), at(1));
    await tags.apply(createDomainEvent('tag.attached', tag('acc-t', 'TRIGGER', 'tr-2', 'tier', 'gold')), at(2));
    await tags.apply(createDomainEvent('tag.attached', tag('acc-t', 'TRIGGER', 'tr-2', 'owner')), at(3));
    // The same id as a workflow's is another entity.
    await tags.apply(createDomainEvent('tag.attached', tag('acc-t', 'WORKFLOW', 'tr-1', 'team', 'search')), at(4));

    expect(await tags.tagsOf('acc-t', 'TRIGGER', ['tr-1', 'tr-2', 'tr-none'])).toEqual([
      { entityType: 'TRIGGER', entityId: 'tr-1', name: 'team', value: 'payments' },
      { entityType: 'TRIGGER', entityId: 'tr-2', name: 'owner', value: '' },
      { entityType: 'TRIGGER', entityId: 'tr-2', name: 'tier', value: 'gold' },
    ]);
    expect(await tags.tagsOf('acc-other', 'TRIGGER', ['tr-1', 'tr-2'])).toEqual([]);

    await tags.apply(createDomainEvent('tag.detached', tag('acc-t', 'TRIGGER', 'tr-2', 'tier', 'gold')), at(5));
    expect((await tags.tagsOf('acc-t', 'TRIGGER', ['tr-2'])).map((t) => t.name)).toEqual(['owner']);
    expect(await tags.entitiesTagged('acc-t', 'TRIGGER', [{ name: 'team', value: null }])).toEqual(['tr-1']);
  });

  it('finds the entities carrying any of the tags; a tag without a value matches every value', async () => {
    await tags.apply(createDomainEvent('tag.attached', tag('acc-f', 'WORKFLOW', 'wf-1', 'team', 'payments')), at(1));
    await tags.apply(createDomainEvent('tag.attached', tag('acc-f', 'WORKFLOW', 'wf-2', 'team', 'search')), at(2));
    await tags.apply(createDomainEvent('tag.attached', tag('acc-f', 'WORKFLOW', 'wf-3', 'env', 'prod')), at(3));

    expect((await tags.entitiesTagged('acc-f', 'WORKFLOW', [{ name: 'team', value: 'payments' }])).sort()).toEqual(['wf-1']);
    expect((await tags.entitiesTagged('acc-f', 'WORKFLOW', [{ name: 'team', value: null }])).sort()).toEqual(['wf-1', 'wf-2']);
    expect((await tags.entitiesTagged('acc-f', 'WORKFLOW', [{ name: 'team', value: 'search' }, { name: 'env', value: null }])).sort()).toEqual(['wf-2', 'wf-3']);
    expect(await tags.entitiesTagged('acc-f', 'PIPELINE', [{ name: 'team', value: null }])).toEqual([]);
    expect(await tags.valuesOf('acc-f', 'WORKFLOW', 'team', ['wf-1', 'wf-2', 'wf-3'])).toEqual(new Map([['wf-1', 'payments'], ['wf-2', 'search']]));
  });

  it('follows a value change and a detach, and ignores a late retry of an older event', async () => {
    const handlers = tagEventHandlers(tags);
    const context = (n: number) => ({ streamId: `1733052000000-${n}`, position: at(n), attempt: 1 });
    await handlers['tag.attached']!(createDomainEvent('tag.attached', tag('acc-d', 'PIPELINE', 'p-1', 'team', 'a')), context(1));
    await handlers['tag.attached']!(createDomainEvent('tag.attached', tag('acc-d', 'PIPELINE', 'p-1', 'team', 'b')), context(2));
    expect((await tags.tagsOf('acc-d', 'PIPELINE', ['p-1'])).map((t) => t.value)).toEqual(['b']);

    await handlers['tag.detached']!(createDomainEvent('tag.detached', tag('acc-d', 'PIPELINE', 'p-1', 'team', 'b')), context(3));
    await handlers['tag.attached']!(createDomainEvent('tag.attached', tag('acc-d', 'PIPELINE', 'p-1', 'team', 'a')), context(1));
    expect(await tags.tagsOf('acc-d', 'PIPELINE', ['p-1'])).toEqual([]);
    expect(await tags.entitiesTagged('acc-d', 'PIPELINE', [{ name: 'team', value: null }])).toEqual([]);
  });
});
