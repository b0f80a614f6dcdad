import { once } from 'node:events';
import net from 'node:net';
import type Redis from 'ioredis';
import { testRedis, testServices, type TestRedis } from '@fg/testing';
import { createLimiterRedis, loadLimiterScripts } from './limiter-redis';
import { LimiterUnavailableError } from './limiter-unavailable.error';
import { RateLimiter } from './rate-limiter';
import { RollingQuota } from './rolling-quota';

const NOTHING_LISTENS = 'redis://127.0.0.1:1';
const MINUTE = 60_000;

/** Fails the test if `promise` has not settled within `ms`: an outage must never hang a request. */
async function settles<T>(promise: Promise<T>, ms = 5000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const sentinel = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not settle within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, sentinel]);
  } finally {
    clearTimeout(timer);
  }
}

function warnings() {
  const lines: Array<{ obj: object; msg: string }> = [];
  return { lines, logger: { warn: (obj: object, msg: string) => void lines.push({ obj, msg }) } };
}

/** A TCP hop in front of the real Redis that can go silent, as a wedged server or a dropped network would. */
async function stallableProxy(redisUrl: string) {
  const target = new URL(redisUrl);
  const sockets = new Set<net.Socket>();
  let stalled = false;
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 6379), target.hostname);
    sockets.add(client).add(upstream);
    client.on('data', (chunk) => upstream.write(chunk));
    upstream.on('data', (chunk) => {
      if (!stalled) client.write(chunk);
    });
    for (const socket of [client, upstream]) socket.on('error', () => undefined).on('close', () => [client, upstream].forEach((s) => s.destroy()));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = new URL(redisUrl);
  url.hostname = '127.0.0.1';
  url.port = String((server.address() as net.AddressInfo).port);
  return {
    url: url.toString(),
    stall: () => {
      stalled = true;
    },
    close: async () => {
      sockets.forEach((socket) => socket.destroy());
      server.close();
      await once(server, 'close');
    },
  };
}

describe('when Redis is unreachable', () => {
  let down: Redis;

  beforeAll(() => {
    down = createLimiterRedis(NOTHING_LISTENS);
  });

  afterAll(() => down.disconnect());

  it('quotas fail closed at once, saying why', async () => {
    const quota = new RollingQuota(down, { keyPrefix: 'never:', reservationTtlMs: MINUTE });
    const calls: Array<() => Promise<unknown>> = [
      () => quota.reserve('deployments:acc1', 100, MINUTE),
      () => quota.commit('deployments:acc1', 'r1', MINUTE),
      () => quota.release('deployments:acc1', 'r1'),
      () => quota.usage('deployments:acc1', MINUTE),
    ];
    for (const call of calls) {
      const outcome = settles(call());
      await expect(outcome).rejects.toBeInstanceOf(LimiterUnavailableError);
      await expect(outcome).rejects.toThrow(/^quota \w+ for "deployments:acc1": Redis is unavailable \(.+\); quotas fail closed/);
    }
  });

  it('a fail-open limiter allows every call and warns once, not once per call', async () => {
    const { lines, logger } = warnings();
    const limiter = new RateLimiter(down, { keyPrefix: 'never:', failOpen: true, logger });
    for (let i = 0; i < 20; i += 1) {
      expect(await settles(limiter.consume('graphql:acc1', 30, MINUTE))).toMatchObject({ allowed: true, limit: 30, failedOpen: true });
    }
    expect(await settles(limiter.consumeWithBlock('edge:acc1', 500, MINUTE, MINUTE))).toMatchObject({ allowed: true });
    const pair = await settles(
      limiter.consumePair({ key: 'edge:acc1', limit: 500, windowMs: MINUTE, blockMs: MINUTE }, { key: 'graphql:acc1', limit: 30, windowMs: MINUTE }),
    );
    expect(pair).toEqual([expect.objectContaining({ allowed: true, failedOpen: true }), expect.objectContaining({ allowed: true, limit: 30, failedOpen: true })]);
    expect(lines).toHaveLength(1);
    expect(lines[0].msg).toMatch(/^rate limiter failing open: rate limit check for "graphql:acc1": Redis is unavailable/);
    expect(lines[0].obj).toMatchObject({ key: 'graphql:acc1', err: expect.any(LimiterUnavailableError) });
  });

  it('a fail-closed limiter throws LimiterUnavailableError', async () => {
    const limiter = new RateLimiter(down, { keyPrefix: 'never:', failOpen: false });
    await expect(settles(limiter.consume('graphql:acc1', 30, MINUTE))).rejects.toBeInstanceOf(LimiterUnavailableError);
  });

  it('loading the scripts at start-up gives up with LimiterUnavailableError', async () => {
    await expect(settles(loadLimiterScripts(down, 500))).rejects.toThrow(/^Redis was not ready within 500 ms/);
  });
});

describe('when Redis stops answering mid-session', () => {
  let scratch: TestRedis;
  let proxy: Awaited<ReturnType<typeof stallableProxy>>;
  let redis: Redis;

  beforeAll(async () => {
    const { redisUrl } = await testServices();
    scratch = await testRedis(redisUrl);
    proxy = await stallableProxy(redisUrl);
    redis = createLimiterRedis(proxy.url);
    await loadLimiterScripts(redis);
  });

  afterAll(async () => {
    redis?.disconnect();
    await proxy?.close();
    await scratch?.cleanup();
  });

  it('checks time out instead of hanging, and each limiter fails its own way', async () => {
    const failClosed = new RateLimiter(redis, { keyPrefix: scratch.prefix, failOpen: false });
    const failOpen = new RateLimiter(redis, { keyPrefix: scratch.prefix, failOpen: true });
    const quota = new RollingQuota(redis, { keyPrefix: scratch.prefix, reservationTtlMs: MINUTE });
    expect((await failClosed.consume('graphql:acc1', 30, MINUTE)).allowed).toBe(true);

    proxy.stall();
    const [closed, open, reserved] = await settles(
      Promise.allSettled([
        failClosed.consume('graphql:acc1', 30, MINUTE),
        failOpen.consume('graphql:acc1', 30, MINUTE),
        quota.reserve('deployments:acc1', 100, MINUTE),
      ]),
    );
    expect(closed).toMatchObject({ status: 'rejected', reason: expect.any(LimiterUnavailableError) });
    expect((closed as PromiseRejectedResult).reason.message).toMatch(/timed out/i);
    expect(open).toMatchObject({ status: 'fulfilled', value: { allowed: true, failedOpen: true } });
    expect(reserved).toMatchObject({ status: 'rejected', reason: expect.any(LimiterUnavailableError) });
  });
});
