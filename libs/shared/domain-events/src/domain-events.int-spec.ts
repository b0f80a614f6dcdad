import { testRedis, testServices, uniqueName, type TestRedis } from '@fg/testing';
import { createDomainEvent } from './domain-event';
import { DomainEventPublisher } from './domain-event-publisher';
import { DomainEventSubscriber, type DomainEventSubscriberOptions, type EventContext, type EventsLogger } from './domain-event-subscriber';
import { deadLetterKey, EVENT_TYPES, streamKey, type DomainEvent } from './domain-events.contract';

let scratch: TestRedis;
let redisUrl: string;
const subscribers: DomainEventSubscriber[] = [];

beforeAll(async () => {
  ({ redisUrl } = await testServices());
  scratch = await testRedis(redisUrl);
});

afterEach(async () => {
  await Promise.all(subscribers.splice(0).map((subscriber) => subscriber.close()));
});

afterAll(async () => {
  await scratch?.cleanup();
});

interface LogLine {
  level: 'debug' | 'warn' | 'error';
  obj: Record<string, unknown>;
  msg: string;
}

function recordingLogger(): EventsLogger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const record = (level: LogLine['level']) => (obj: object, msg: string) => lines.push({ level, obj: obj as Record<string, unknown>, msg });
  return { lines, debug: record('debug'), warn: record('warn'), error: record('error') };
}

/** Each test gets a key prefix of its own under the file's, so its streams and groups start empty. */
function testBus(options: Partial<DomainEventSubscriberOptions> = {}) {
  const keyPrefix = `${scratch.prefix}${uniqueName('bus')}:`;
  const logger = recordingLogger();
  const publisher = new DomainEventPublisher(scratch.redis, { keyPrefix });
  const subscriber = () => {
    const created = new DomainEventSubscriber({ redisUrl, keyPrefix, logger, retryIdleMs: 200, blockMs: 1000, ...options });
    subscribers.push(created);
    return created;
  };
  return { keyPrefix, logger, publisher, subscriber };
}

function secretCreated(n: number, accountId = 'acc1') {
  return createDomainEvent(EVENT_TYPES.secretCreated, {
    accountId,
    secretId: `secret-${n}`,
    name: `secret ${n}`,
    secretType: 'ENCRYPTED_TEXT',
    usageScope: null,
  });
}

async function waitFor(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`gave up waiting until ${what}`);
}

async function pendingCount(stream: string, group: string): Promise<number> {
  const [count] = (await scratch.redis.xpending(stream, group)) as [number];
  return Number(count);
}

describe('domain events', () => {
  it('appends an event to its stream under the key prefix and returns its stream id', async () => {
    const { keyPrefix, publisher } = testBus();
    const event = secretCreated(1);
    const streamId = await publisher.publish(event);
    const entries = await scratch.redis.xrange(`${keyPrefix}domain-events:secrets`, '-', '+');
    expect(entries).toEqual([[streamId, ['event', JSON.stringify(event)]]]);
  });

  it('subscribes without waiting for an unreachable Redis, says it waits, and closes promptly', async () => {
    const logger = recordingLogger();
    // Nothing listens on port 1: the process must still start, its projection catching up once Redis is back.
    const away = new DomainEventSubscriber({ redisUrl: 'redis://127.0.0.1:1', keyPrefix: 'away:', logger, blockMs: 100 });
    await away.subscribe({ group: 'g', consumer: 'c', handlers: { 'secret.created': async () => undefined } });
    await waitFor(() => logger.lines.some((line) => line.level === 'warn' && line.msg.includes('waiting for Redis')), 'the subscriber logs that Redis is away');
    await away.close();
  });

  it('refuses to publish an event the contract refuses', async () => {
    const { publisher } = testBus();
    const event = secretCreated(1);
    await expect(publisher.publish({ ...event, payload: { ...event.payload, secretId: '' } })).rejects.toThrow(/secretId/);
  });

  it('keeps a stream near its maximum length', async () => {
    const keyPrefix = `${scratch.prefix}${uniqueName('bus')}:`;
    const publisher = new DomainEventPublisher(scratch.redis, { keyPrefix, maxLength: 10 });
    for (let n = 0; n < 500; n++) await publisher.publish(secretCreated(n));
    expect(await scratch.redis.xlen(streamKey(keyPrefix, EVENT_TYPES.secretCreated))).toBeLessThan(500);
  });

  it('delivers every event to each group, including events published before the group existed', async () => {
    const { publisher, subscriber } = testBus();
    const published = [secretCreated(1), secretCreated(2)];
    for (const event of published) await publisher.publish(event);
    const seenBy: Record<string, string[]> = { connectors: [], pipelines: [] };
    for (const group of Object.keys(seenBy)) {
      await subscriber().subscribe({
        group,
        consumer: 'pod-1',
        handlers: { 'secret.created': async (event) => void seenBy[group].push(event.id) },
      });
    }
    const later = secretCreated(3);
    await publisher.publish(later);
    const all = [...published, later].map((event) => event.id);
    await waitFor(() => seenBy.connectors.length === 3 && seenBy.pipelines.length === 3, 'both groups saw three events');
    expect(seenBy).toEqual({ connectors: all, pipelines: all });
  });

  it('hands the events of a group to its consumers, each event to one of them once', async () => {
    const { keyPrefix, publisher, subscriber } = testBus({ batchSize: 1 });
    const handledBy = new Map<string, string[]>();
    let secondConsumerHandled: () => void = () => undefined;
    const secondConsumerBusy = new Promise<void>((resolve) => (secondConsumerHandled = resolve));
    const record = (consumer: string, eventId: string) => handledBy.set(eventId, [...(handledBy.get(eventId) ?? []), consumer]);
    const events = Array.from({ length: 20 }, (_, n) => secretCreated(n));
    for (const event of events) await publisher.publish(event);

    // pod-a holds its first event until pod-b has handled one: both must have taken part.
    await subscriber().subscribe({
      group: 'apps-services',
      consumer: 'pod-a',
      handlers: {
        'secret.created': async (event) => {
          if (handledBy.size === 0) await secondConsumerBusy;
          record('pod-a', event.id);
        },
      },
    });
    await subscriber().subscribe({
      group: 'apps-services',
      consumer: 'pod-b',
      handlers: {
        'secret.created': async (event) => {
          record('pod-b', event.id);
          secondConsumerHandled();
        },
      },
    });

    await waitFor(() => handledBy.size === events.length, 'every event was handled');
    await waitFor(async () => (await pendingCount(streamKey(keyPrefix, EVENT_TYPES.secretCreated), 'apps-services')) === 0, 'every event was acked');
    expect([...handledBy.keys()].sort()).toEqual(events.map((event) => event.id).sort());
    for (const consumers of handledBy.values()) expect(consumers).toHaveLength(1);
    const byConsumer = [...handledBy.values()].flat();
    expect(byConsumer).toContain('pod-a');
    expect(byConsumer).toContain('pod-b');
  });

  it('retries an event whose handler failed, and acks it once it succeeds', async () => {
    const { keyPrefix, publisher, subscriber } = testBus();
    const attempts: EventContext[] = [];
    await subscriber().subscribe({
      group: 'pipelines-workflows-executions',
      consumer: 'pod-1',
      handlers: {
        'tag.attached': async (_event, context) => {
          attempts.push(context);
          if (attempts.length === 1) throw new Error('store unavailable');
        },
      },
    });
    const streamId = await publisher.publish(
      createDomainEvent(EVENT_TYPES.tagAttached, { accountId: 'acc1', entityType: 'SERVICE', entityId: 's1', appId: 'a1', name: 'team', value: 'core' }),
    );

    await waitFor(() => attempts.length === 2, 'the event was retried');
    await waitFor(async () => (await pendingCount(streamKey(keyPrefix, EVENT_TYPES.tagAttached), 'pipelines-workflows-executions')) === 0, 'the event was acked');
    expect(attempts.map((context) => [context.streamId, context.attempt])).toEqual([
      [streamId, 1],
      [streamId, 2],
    ]);
  });

  it('lets another consumer of the group take over an event whose consumer died before acking it', async () => {
    const { keyPrefix, publisher, subscriber } = testBus();
    const stream = streamKey(keyPrefix, EVENT_TYPES.connectorCreated);
    const event = createDomainEvent(EVENT_TYPES.connectorCreated, { accountId: 'acc1', connectorId: 'c1', name: 'github', connectorType: 'GIT' });
    const streamId = await publisher.publish(event);
    // A consumer reads the event and dies without acking it.
    await scratch.redis.xgroup('CREATE', stream, 'apps-services', '0');
    await scratch.redis.call('XREADGROUP', 'GROUP', 'apps-services', 'pod-dead', 'COUNT', 10, 'STREAMS', stream, '>');
    expect(await pendingCount(stream, 'apps-services')).toBe(1);

    const handled: Array<{ event: DomainEvent<'connector.created'>; context: EventContext }> = [];
    await subscriber().subscribe({
      group: 'apps-services',
      consumer: 'pod-alive',
      handlers: { 'connector.created': async (received, context) => void handled.push({ event: received, context }) },
    });

    await waitFor(() => handled.length === 1, 'the live consumer handled the event');
    await waitFor(async () => (await pendingCount(stream, 'apps-services')) === 0, 'the event was acked');
    expect(handled).toEqual([{ event, context: expect.objectContaining({ streamId, attempt: 2 }) }]);
  });

  it('moves an event that fails every attempt to the dead-letter stream, with the last error', async () => {
    const { keyPrefix, logger, publisher, subscriber } = testBus({ maxAttempts: 3 });
    let attempts = 0;
    await subscriber().subscribe({
      group: 'triggers',
      consumer: 'pod-1',
      handlers: {
        'artifact.collected': async () => {
          attempts += 1;
          throw new Error(`attempt ${attempts} failed`);
        },
      },
    });
    const event = createDomainEvent(EVENT_TYPES.artifactCollected, {
      accountId: 'acc1',
      artifactSourceId: 'as1',
      serviceId: 'svc1',
      appId: 'app1',
      artifactId: 'art1',
      buildNo: '7',
      collectedAt: 1_700_000_000_000,
    });
    const streamId = await publisher.publish(event);

    const deadLetters = deadLetterKey(keyPrefix);
    await waitFor(async () => (await scratch.redis.xlen(deadLetters)) === 1, 'the event was dead-lettered');
    const [[, fields]] = await scratch.redis.xrange(deadLetters, '-', '+');
    expect(Object.fromEntries(fields.flatMap((value, i) => (i % 2 === 0 ? [[value, fields[i + 1]]] : [])))).toEqual({
      group: 'triggers',
      stream: streamKey(keyPrefix, EVENT_TYPES.artifactCollected),
      streamId,
      attempts: '3',
      error: 'attempt 3 failed',
      event: JSON.stringify(event),
    });
    expect(attempts).toBe(3);
    expect(await pendingCount(streamKey(keyPrefix, EVENT_TYPES.artifactCollected), 'triggers')).toBe(0);
    expect(logger.lines.filter((line) => line.level === 'error')).toEqual([
      expect.objectContaining({ obj: expect.objectContaining({ group: 'triggers', streamId, attempts: 3 }), msg: expect.stringContaining('dead-letter') }),
    ]);
  });

  it('acks and logs events it cannot read, and goes on with the next one', async () => {
    const { keyPrefix, logger, publisher, subscriber } = testBus();
    const stream = streamKey(keyPrefix, EVENT_TYPES.secretCreated);
    const good = secretCreated(1);
    const badIds = [
      await scratch.redis.xadd(stream, '*', 'event', '{not json'),
      await scratch.redis.xadd(stream, '*', 'event', JSON.stringify({ ...good, payload: { ...good.payload, secretType: 'NOPE' } })),
      await scratch.redis.xadd(stream, '*', 'event', JSON.stringify({ ...good, type: 'secret.rotated' })),
      await scratch.redis.xadd(stream, '*', 'something', 'else'),
    ];
    await publisher.publish(good);
    const handled: string[] = [];
    await subscriber().subscribe({
      group: 'connectors-cloudproviders-artifacts',
      consumer: 'pod-1',
      handlers: { 'secret.created': async (event) => void handled.push(event.id) },
    });

    await waitFor(() => handled.length === 1, 'the valid event was handled');
    await waitFor(async () => (await pendingCount(stream, 'connectors-cloudproviders-artifacts')) === 0, 'every entry was acked');
    expect(handled).toEqual([good.id]);
    const skipped = logger.lines.filter((line) => line.level === 'warn');
    expect(skipped.map((line) => line.obj.streamId)).toEqual(badIds);
    expect(skipped.map((line) => line.msg)).toEqual([
      'skipped an invalid domain event',
      'skipped an invalid domain event',
      'skipped a domain event this release does not know',
      'skipped an invalid domain event',
    ]);
  });

  it('acks events of a stream it has no handler for without calling any handler', async () => {
    const { keyPrefix, publisher, subscriber } = testBus();
    const created = secretCreated(1);
    const deleted = createDomainEvent(EVENT_TYPES.secretDeleted, created.payload);
    await publisher.publish(created);
    await publisher.publish(deleted);
    const handled: string[] = [];
    await subscriber().subscribe({
      group: 'only-deletes',
      consumer: 'pod-1',
      handlers: { 'secret.deleted': async (event) => void handled.push(event.type) },
    });
    await waitFor(() => handled.length === 1, 'the deletion was handled');
    await waitFor(async () => (await pendingCount(streamKey(keyPrefix, EVENT_TYPES.secretDeleted), 'only-deletes')) === 0, 'both were acked');
    expect(handled).toEqual(['secret.deleted']);
  });

  it('closes while blocked in a read, and leaves no connection of its own behind', async () => {
    // Reads block for 10 minutes: only an interrupted read lets close() return within the test's timeout.
    const { subscriber } = testBus({ blockMs: 600_000, retryIdleMs: 600_000 });
    const closing = subscriber();
    await closing.subscribe({ group: 'closing', consumer: 'pod-close', handlers: { 'secret.created': async () => undefined } });
    const clients = async () => (await scratch.redis.client('LIST')) as string;
    await waitFor(async () => (await clients()).includes('name=events:closing:pod-close'), 'the subscriber connected');
    await closing.close();
    await waitFor(async () => !(await clients()).includes('name=events:closing:pod-close'), 'its connection was gone');
  }, 20_000);

  it('lets a handler that is running finish and ack before close() returns', async () => {
    const { keyPrefix, publisher, subscriber } = testBus();
    let started: () => void = () => undefined;
    const handlerStarted = new Promise<void>((resolve) => (started = resolve));
    let finished = false;
    const closing = subscriber();
    await closing.subscribe({
      group: 'graceful',
      consumer: 'pod-1',
      handlers: {
        'secret.created': async () => {
          started();
          await new Promise((resolve) => setTimeout(resolve, 100));
          finished = true;
        },
      },
    });
    await publisher.publish(secretCreated(1));
    await handlerStarted;
    await closing.close();
    expect(finished).toBe(true);
    expect(await pendingCount(streamKey(keyPrefix, EVENT_TYPES.secretCreated), 'graceful')).toBe(0);
  });
});
