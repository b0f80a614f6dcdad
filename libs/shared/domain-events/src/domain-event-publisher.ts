import Redis from 'ioredis';
import { EVENT_FIELD, streamKey, type DomainEvent } from './domain-events.contract';
import { validateDomainEvent } from './domain-event';

export interface DomainEventPublisherOptions {
  /** The installation's REDIS_KEY_PREFIX (e.g. "fg:"). */
  keyPrefix: string;
  /**
   * Roughly how many events each stream keeps (XADD MAXLEN ~). A group that falls further behind, or a projection
   * started after older events were trimmed, misses them: size it for the longest outage of a consumer.
   */
  maxLength?: number;
}

/**
 * The connection a process publishes on. An event published while it (re)connects waits a moment, then fails, and the
 * caller logs it: a publisher neither refuses to start without Redis nor holds a request for long.
 */
export function createEventsRedis(url: string): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 1000, commandTimeout: 2000 });
  redis.on('error', () => undefined); // failures reach the publisher's caller
  return redis;
}

export const DEFAULT_STREAM_MAX_LENGTH = 100_000;

/** Appends events to their stream. Publish after the store write succeeded (see the README on the gap). */
export class DomainEventPublisher {
  private readonly maxLength: number;

  constructor(
    private readonly redis: Redis,
    private readonly options: DomainEventPublisherOptions,
  ) {
    this.maxLength = options.maxLength ?? DEFAULT_STREAM_MAX_LENGTH;
  }

  /** Resolves to the event's stream id; throws a TypeError for an event the contract refuses (a producer's bug). */
  async publish(event: DomainEvent): Promise<string> {
    const checked = validateDomainEvent(event);
    if (!checked.ok) throw new TypeError(`Refusing to publish an invalid domain event: ${checked.reason}`);
    const id = await this.redis.xadd(
      streamKey(this.options.keyPrefix, checked.event.type),
      'MAXLEN',
      '~',
      this.maxLength,
      '*',
      EVENT_FIELD,
      JSON.stringify(checked.event),
    );
    if (id === null) throw new Error('Redis did not append the domain event');
    return id;
  }
}
