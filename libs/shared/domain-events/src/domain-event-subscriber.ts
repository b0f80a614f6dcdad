import Redis from 'ioredis';
import {
  deadLetterKey,
  EVENT_FIELD,
  streamKey,
  type DomainEvent,
  type DomainEventType,
} from './domain-events.contract';
import { decodeStreamEntry, fieldValue } from './domain-event';
import { eventPosition } from './event-position';

export interface EventContext {
  /** The message's id in its stream; the same on every delivery of it. */
  streamId: string;
  /** eventPosition(streamId): compare it with what a projection stored to apply each event once and in order. */
  position: string;
  /** 1 on the first delivery; more when an earlier attempt failed or its consumer died. */
  attempt: number;
}

export type EventHandler<T extends DomainEventType> = (event: DomainEvent<T>, context: EventContext) => Promise<void>;

/** One handler per event type a group consumes; events of other types in the same streams are acked unseen. */
export type EventHandlers = { [T in DomainEventType]?: EventHandler<T> };

export interface SubscriptionOptions {
  /** The consuming subgraph, e.g. "apps-services": every group receives every event of the types it handles. */
  group: string;
  /** Unique per process within the group (e.g. podId()); the group's consumers share its events. */
  consumer: string;
  handlers: EventHandlers;
}

export interface EventsLogger {
  debug(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface DomainEventSubscriberOptions {
  redisUrl: string;
  /** The installation's REDIS_KEY_PREFIX (e.g. "fg:"). */
  keyPrefix: string;
  logger: EventsLogger;
  /** Attempts of one message before it goes to the dead-letter stream (default 5). */
  maxAttempts?: number;
  /**
   * A message pending this long without an ack (its handler failed, or its consumer died) is taken over by the next
   * consumer of the group that looks (default 30 s). Longer than any handler runs, or a slow handler's message is
   * handled twice.
   */
  retryIdleMs?: number;
  /** How long one XREADGROUP waits for new events (default 5 s); close() does not wait for it. */
  blockMs?: number;
  /** Messages read at once per stream (default 10). */
  batchSize?: number;
}

interface StreamMessage {
  stream: string;
  streamId: string;
  fields: string[];
}

type RawEntry = [string, string[] | null];

const RECONNECT_PAUSE_MS = 1000;
const LAST_ERRORS_KEPT = 1000;

/**
 * Consumes domain events in consumer groups on Redis Streams. At least once: a handler may see an event again (after a
 * failure, a crash, or a slow handler overtaken by a retry), and events of one entity may arrive out of order after a
 * retry, so handlers must be idempotent; eventPosition gives projections a simple way to be.
 */
export class DomainEventSubscriber {
  private readonly subscriptions = new Set<Subscription>();

  constructor(private readonly options: DomainEventSubscriberOptions) {}

  /** Creates the group (reading from the beginning of each stream, so a new projection sees every event kept), starts reading. */
  async subscribe(options: SubscriptionOptions): Promise<void> {
    const types = Object.keys(options.handlers) as DomainEventType[];
    if (types.length === 0) throw new TypeError('subscribe needs at least one handler');
    const subscription = new Subscription(this.options, options, [...new Set(types.map((type) => streamKey(this.options.keyPrefix, type)))]);
    this.subscriptions.add(subscription);
    try {
      await subscription.start();
    } catch (error) {
      this.subscriptions.delete(subscription);
      await subscription.close();
      throw error;
    }
  }

  /** Stops every loop (a handler running finishes first) and quits their connections. */
  async close(): Promise<void> {
    const closing = [...this.subscriptions].map((subscription) => subscription.close());
    this.subscriptions.clear();
    await Promise.all(closing);
  }
}

class Subscription {
  private readonly redis: Redis;
  private readonly maxAttempts: number;
  private readonly retryIdleMs: number;
  private readonly claimEveryMs: number;
  private readonly blockMs: number;
  private readonly batchSize: number;
  private readonly deadLetters: string;
  private readonly claimCursors = new Map<string, string>();
  /** The last failure of each message this consumer saw fail, for the dead-letter entry. */
  private readonly lastErrors = new Map<string, string>();
  private nextClaimAt = 0;
  private groupsReady = false;
  private stopping = false;
  private reading = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly config: DomainEventSubscriberOptions,
    private readonly options: SubscriptionOptions,
    private readonly streams: string[],
  ) {
    this.maxAttempts = config.maxAttempts ?? 5;
    this.retryIdleMs = config.retryIdleMs ?? 30_000;
    this.claimEveryMs = Math.max(10, Math.floor(this.retryIdleMs / 2));
    this.blockMs = config.blockMs ?? 5000;
    this.batchSize = config.batchSize ?? 10;
    this.deadLetters = deadLetterKey(config.keyPrefix);
    // Its own connection: XREADGROUP BLOCK holds it. No command timeout and no retry limit, so a blocking read is
    // never cut short and the loop simply waits out a Redis restart.
    this.redis = new Redis(config.redisUrl, {
      lazyConnect: true,
      maxRetriesPerRequest: null,
      connectionName: `events:${options.group}:${options.consumer}`,
    });
    this.redis.on('error', () => undefined); // failures surface in the loop, which logs them
  }

  /**
   * Starts the loop, which connects and creates the groups itself: a process starts whether or not Redis is reachable,
   * and its projections catch up (from where its group left off) once Redis is.
   */
  async start(): Promise<void> {
    this.loop = this.run();
  }

  /**
   * Waits until the connection is ready (or close() wakes it). Commands are only sent on a ready connection: one
   * queued while Redis is away would wait forever (no retry limit) and would hold close(), since dropping a connection
   * that is between reconnection attempts does not reject what waits in its queue.
   */
  private async untilReady(): Promise<void> {
    if (this.redis.status === 'wait') this.redis.connect().catch(() => undefined);
    const ready = () => this.redis.status === 'ready';
    if (ready()) return;
    // A connection that is merely still opening is not worth a line; one that stays away is.
    const warning = setTimeout(() => this.log().warn({}, 'waiting for Redis to read domain events'), RECONNECT_PAUSE_MS).unref();
    while (!this.stopping && !ready()) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.redis.off('ready', done);
          resolve();
        };
        this.redis.once('ready', done);
        this.wake = done;
      });
    }
    clearTimeout(warning);
  }

  private async ensureGroups(): Promise<void> {
    if (this.groupsReady) return;
    await this.createGroups();
    this.groupsReady = true;
  }

  async close(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    // A blocked XREADGROUP would hold close() for blockMs: dropping the connection ends it at once. Messages it was
    // about to deliver stay pending and are claimed by another consumer after retryIdleMs.
    const interrupt = this.reading || !this.loop || this.redis.status !== 'ready';
    if (interrupt) this.redis.disconnect();
    await this.loop;
    // QUIT would wait in the offline queue for a Redis that is away; then the connection is simply dropped.
    if (!interrupt && this.redis.status === 'ready') await this.redis.quit().catch(() => this.redis.disconnect());
    else this.redis.disconnect();
  }

  private async createGroups(): Promise<void> {
    for (const stream of this.streams) {
      try {
        await this.redis.xgroup('CREATE', stream, this.options.group, '0', 'MKSTREAM');
      } catch (error) {
        if (!(error instanceof Error && error.message.startsWith('BUSYGROUP'))) throw error;
      }
    }
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      try {
        await this.untilReady();
        if (this.stopping) break;
        await this.ensureGroups();
        if (Date.now() >= this.nextClaimAt) {
          await this.claimStale();
          this.nextClaimAt = Date.now() + this.claimEveryMs;
        }
        if (this.stopping) break;
        for (const message of await this.readNew()) {
          if (this.stopping) break;
          await this.handle(message, 1);
        }
      } catch (error) {
        if (this.stopping) break;
        if (error instanceof Error && error.message.startsWith('NOGROUP')) {
          // The stream was deleted (and its group with it): start again from what it holds now.
          await this.createGroups().catch(() => undefined);
          continue;
        }
        this.log().error({ err: error }, 'reading domain events failed; retrying');
        await this.pause(RECONNECT_PAUSE_MS);
      }
    }
  }

  private async readNew(): Promise<StreamMessage[]> {
    const blockMs = Math.max(1, Math.min(this.blockMs, this.nextClaimAt - Date.now()));
    this.reading = true;
    let reply: unknown;
    try {
      reply = await this.redis.call(
        'XREADGROUP',
        'GROUP',
        this.options.group,
        this.options.consumer,
        'COUNT',
        this.batchSize,
        'BLOCK',
        blockMs,
        'STREAMS',
        ...this.streams,
        ...this.streams.map(() => '>'),
      );
    } finally {
      this.reading = false;
    }
    if (!reply) return [];
    return (reply as Array<[string, RawEntry[]]>).flatMap(([stream, entries]) =>
      entries.flatMap(([streamId, fields]) => (fields ? [{ stream, streamId, fields }] : [])),
    );
  }

  /** Takes over messages of the group left unacked for retryIdleMs, by this consumer or another. */
  private async claimStale(): Promise<void> {
    for (const stream of this.streams) {
      const cursor = this.claimCursors.get(stream) ?? '0-0';
      const [next, entries, deleted] = (await this.redis.xautoclaim(
        stream,
        this.options.group,
        this.options.consumer,
        this.retryIdleMs,
        cursor,
        'COUNT',
        this.batchSize,
      )) as [string, RawEntry[], string[] | undefined];
      this.claimCursors.set(stream, next);
      if (deleted && deleted.length > 0) {
        // Trimmed (MAXLEN) before anyone acked them; Redis has dropped them from the pending list already.
        this.log().warn({ stream, streamIds: deleted }, 'pending domain events were trimmed from their stream before being handled');
      }
      const claimed = entries.filter((entry): entry is [string, string[]] => entry[1] !== null);
      if (claimed.length === 0) continue;
      const attempts = await this.deliveryCounts(stream, claimed[0][0], claimed[claimed.length - 1][0]);
      for (const [streamId, fields] of claimed) {
        if (this.stopping) return;
        // The range read may have been filled by other messages pending here; those not in it are asked for alone.
        const attempt = attempts.get(streamId) ?? (await this.deliveryCounts(stream, streamId, streamId)).get(streamId);
        if (attempt === undefined) continue; // acked meanwhile by a consumer that was still handling it
        const message = { stream, streamId, fields };
        if (attempt > this.maxAttempts) await this.deadLetter(message, attempt - 1);
        else await this.handle(message, attempt);
      }
    }
  }

  /** XAUTOCLAIM counts the delivery but does not say how many there were; the pending list does. */
  private async deliveryCounts(stream: string, first: string, last: string): Promise<Map<string, number>> {
    const pending = (await this.redis.xpending(
      stream,
      this.options.group,
      first,
      last,
      this.batchSize * 2,
      this.options.consumer,
    )) as Array<[string, string, number, number]>;
    return new Map(pending.map(([streamId, , , deliveries]) => [streamId, Number(deliveries)]));
  }

  private async handle(message: StreamMessage, attempt: number): Promise<void> {
    const decoded = decodeStreamEntry(message.fields, EVENT_FIELD);
    if (!decoded.ok) {
      // Retrying cannot make it valid; keeping it pending would only block the group's view of the stream.
      this.log().warn(
        { stream: message.stream, streamId: message.streamId, type: decoded.type, reason: decoded.reason },
        decoded.problem === 'unknown' ? 'skipped a domain event this release does not know' : 'skipped an invalid domain event',
      );
      await this.ack(message);
      return;
    }
    const { event } = decoded;
    const handler = this.options.handlers[event.type] as EventHandler<DomainEventType> | undefined;
    if (!handler) {
      await this.ack(message); // another type of the same stream: not this group's business
      return;
    }
    try {
      await handler(event, { streamId: message.streamId, position: eventPosition(message.streamId), attempt });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.rememberError(message.streamId, reason);
      this.log().warn(
        { err: error, type: event.type, eventId: event.id, streamId: message.streamId, attempt, maxAttempts: this.maxAttempts },
        'a domain event handler failed; the event will be retried',
      );
      return; // left pending: claimStale retries it after retryIdleMs
    }
    await this.ack(message);
  }

  private async ack(message: StreamMessage): Promise<void> {
    this.lastErrors.delete(message.streamId);
    await this.redis.xack(message.stream, this.options.group, message.streamId);
  }

  /** Copies the message to the dead-letter stream and acks it, in one transaction so it is never in neither. */
  private async deadLetter(message: StreamMessage, attempts: number): Promise<void> {
    const error = this.lastErrors.get(message.streamId) ?? '(failed in another consumer)';
    const event = fieldValue(message.fields, EVENT_FIELD) ?? '';
    await this.redis
      .multi()
      .xadd(
        this.deadLetters,
        'MAXLEN',
        '~',
        10_000,
        '*',
        'group',
        this.options.group,
        'stream',
        message.stream,
        'streamId',
        message.streamId,
        'attempts',
        String(attempts),
        'error',
        error,
        EVENT_FIELD,
        event,
      )
      .xack(message.stream, this.options.group, message.streamId)
      .exec();
    this.lastErrors.delete(message.streamId);
    this.log().error(
      { stream: message.stream, streamId: message.streamId, attempts, error, deadLetters: this.deadLetters },
      'a domain event failed every attempt; moved to the dead-letter stream',
    );
  }

  private rememberError(streamId: string, reason: string): void {
    this.lastErrors.delete(streamId);
    this.lastErrors.set(streamId, reason);
    if (this.lastErrors.size > LAST_ERRORS_KEPT) this.lastErrors.delete(this.lastErrors.keys().next().value as string);
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  /** The logger, with the group and consumer on every line. */
  private log(): EventsLogger {
    const { group, consumer } = this.options;
    const { logger } = this.config;
    return {
      debug: (obj, msg) => logger.debug({ group, consumer, ...obj }, msg),
      warn: (obj, msg) => logger.warn({ group, consumer, ...obj }, msg),
      error: (obj, msg) => logger.error({ group, consumer, ...obj }, msg),
    };
  }
}
