import { createDomainEvent, decodeStreamEntry, validateDomainEvent } from './domain-event';
import { EVENT_TYPES, type SecretEventV1 } from './domain-events.contract';
import { eventPosition } from './event-position';

const secret: SecretEventV1 = {
  accountId: 'acc1',
  secretId: 's1',
  name: 'db-password',
  secretType: 'ENCRYPTED_TEXT',
  usageScope: { appEnvScopes: [{ application: { filterType: 'ALL' }, environment: { filterType: 'PRODUCTION_ENVIRONMENTS' } }] },
};

describe('createDomainEvent', () => {
  it('wraps a payload in an envelope with a unique id, the current version and the payload account', () => {
    const first = createDomainEvent(EVENT_TYPES.secretCreated, secret, { occurredAt: 1_700_000_000_000 });
    const second = createDomainEvent(EVENT_TYPES.secretCreated, secret);
    expect(first).toEqual({
      id: expect.any(String),
      type: 'secret.created',
      version: 1,
      accountId: 'acc1',
      occurredAt: 1_700_000_000_000,
      payload: secret,
    });
    expect(second.id).not.toBe(first.id);
  });
});

describe('validateDomainEvent', () => {
  const valid = createDomainEvent(EVENT_TYPES.artifactCollected, {
    accountId: 'acc1',
    artifactSourceId: 'as1',
    serviceId: 'svc1',
    appId: 'app1',
    artifactId: 'art1',
    buildNo: '42',
    collectedAt: 1_700_000_000_000,
  });

  it('accepts an event of a known type and version', () => {
    expect(validateDomainEvent(JSON.parse(JSON.stringify(valid)))).toEqual({ ok: true, event: valid });
  });

  it('drops payload fields the contract does not name', () => {
    const decoded = validateDomainEvent({ ...valid, payload: { ...valid.payload, extra: 'x' } });
    expect(decoded).toEqual({ ok: true, event: valid });
  });

  it('calls an unknown type or version unknown, not invalid', () => {
    expect(validateDomainEvent({ ...valid, type: 'pipeline.created' })).toMatchObject({ ok: false, problem: 'unknown', type: 'pipeline.created' });
    expect(validateDomainEvent({ ...valid, version: 2 })).toMatchObject({ ok: false, problem: 'unknown', reason: expect.stringContaining('version 2') });
  });

  it('reads execution.ended of version 1 (no manifests) and of version 2, which producers publish now', () => {
    const ended = {
      accountId: 'acc1',
      executionId: 'e1',
      appId: 'app1',
      executionType: 'PIPELINE' as const,
      entityId: 'p1',
      status: 'SUCCESS',
      endedAt: 1_700_000_000_000,
      artifacts: [],
      manifests: [{ serviceId: 'svc1', appManifestId: 'chart', manifestId: 'mv1', version: '1.0.0' }],
    };
    const current = createDomainEvent(EVENT_TYPES.executionEnded, ended);
    expect(current.version).toBe(2);
    expect(validateDomainEvent(JSON.parse(JSON.stringify(current)))).toEqual({ ok: true, event: current });
    const { manifests: _manifests, ...v1 } = ended;
    expect(validateDomainEvent({ ...current, version: 1, payload: v1 })).toMatchObject({ ok: true, event: { version: 1, payload: v1 } });
    expect(validateDomainEvent({ ...current, payload: v1 })).toMatchObject({ ok: false, problem: 'invalid', reason: expect.stringContaining('manifests') });
  });

  it('refuses a payload that breaks its schema, naming the field', () => {
    const decoded = validateDomainEvent({ ...valid, payload: { ...valid.payload, collectedAt: 'yesterday' } });
    expect(decoded).toMatchObject({ ok: false, problem: 'invalid', reason: expect.stringContaining('collectedAt') });
  });

  it('refuses an envelope without an id or occurredAt', () => {
    const { id: _id, ...withoutId } = valid;
    expect(validateDomainEvent(withoutId)).toMatchObject({ ok: false, problem: 'invalid', reason: expect.stringContaining('id') });
    expect(validateDomainEvent({ ...valid, occurredAt: -1 })).toMatchObject({ ok: false, problem: 'invalid' });
  });

  it('refuses a payload of another account than its envelope', () => {
    expect(validateDomainEvent({ ...valid, accountId: 'acc2' })).toMatchObject({ ok: false, problem: 'invalid', reason: expect.stringContaining('account') });
  });

  it('refuses a secret event of a secret type the reference does not have', () => {
    const event = createDomainEvent(EVENT_TYPES.secretDeleted, secret);
    expect(validateDomainEvent({ ...event, payload: { ...secret, secretType: 'PLAIN_TEXT' } })).toMatchObject({ ok: false, problem: 'invalid' });
    expect(validateDomainEvent({ ...event, payload: { ...secret, usageScope: null } })).toMatchObject({ ok: true });
  });
});

describe('decodeStreamEntry', () => {
  it('reads the event field of a stream entry', () => {
    const event = createDomainEvent(EVENT_TYPES.tagAttached, {
      accountId: 'acc1',
      entityType: 'SERVICE',
      entityId: 'svc1',
      appId: 'app1',
      name: 'team',
      value: '',
    });
    expect(decodeStreamEntry(['other', '1', 'event', JSON.stringify(event)], 'event')).toEqual({ ok: true, event });
  });

  it('refuses an entry without the field or with text that is not JSON', () => {
    expect(decodeStreamEntry(['event'], 'event')).toMatchObject({ ok: false, problem: 'invalid' });
    expect(decodeStreamEntry(['x', 'event'], 'event')).toMatchObject({ ok: false, problem: 'invalid' });
    expect(decodeStreamEntry(['event', '{not json'], 'event')).toMatchObject({ ok: false, problem: 'invalid', reason: 'the event is not JSON' });
  });
});

describe('eventPosition', () => {
  it('orders positions as text the way Redis orders stream ids', () => {
    const ids = ['9-5', '10-0', '10-11', '10-2', '1700000000000-0', '999-99999'];
    const byStreamOrder = [...ids].sort((a, b) => {
      const [am, as] = a.split('-').map(BigInt);
      const [bm, bs] = b.split('-').map(BigInt);
      return am === bm ? Number(as - bs) : Number(am - bm);
    });
    expect([...ids].map(eventPosition).sort()).toEqual(byStreamOrder.map(eventPosition));
    expect(eventPosition('10-2') < eventPosition('10-11')).toBe(true);
  });

  it('refuses what is not a stream id', () => {
    expect(() => eventPosition('10')).toThrow(TypeError);
  });
});
