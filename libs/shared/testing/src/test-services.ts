import { randomUUID } from 'node:crypto';
import mongoose, { type Connection } from 'mongoose';
import Redis from 'ioredis';

export interface TestServices {
  mongoUrl: string;
  redisUrl: string;
  stop(): Promise<void>;
}

const HOW_TO_PROVIDE = [
  'Integration tests need MongoDB and Redis. Either:',
  '  - set MONGO_URL and REDIS_URL to running services (npm test does this with its local stack), or',
  '  - run where a Docker engine is available, so Testcontainers can start mongo and redis containers.',
].join('\n');

let shared: Promise<TestServices> | undefined;

async function startContainers(): Promise<TestServices> {
  try {
    const { MongoDBContainer } = await import('@testcontainers/mongodb');
    const { RedisContainer } = await import('@testcontainers/redis');
    const [mongo, redis] = await Promise.all([
      new MongoDBContainer('mongo:7').start(),
      new RedisContainer('redis:7').start(),
    ]);
    return {
      mongoUrl: `${mongo.getConnectionString()}?directConnection=true`,
      redisUrl: redis.getConnectionUrl(),
      stop: async () => {
        await Promise.all([mongo.stop(), redis.stop()]);
      },
    };
  } catch (error) {
    throw new Error(`${HOW_TO_PROVIDE}\nTestcontainers could not start containers: ${(error as Error).message}`);
  }
}

/** The store and Redis for this test file: the ones named in the environment, else containers, else a clear failure. */
export function testServices(): Promise<TestServices> {
  const { MONGO_URL, REDIS_URL } = process.env;
  if (MONGO_URL && REDIS_URL) {
    return Promise.resolve({ mongoUrl: MONGO_URL, redisUrl: REDIS_URL, stop: async () => undefined });
  }
  if (MONGO_URL || REDIS_URL) return Promise.reject(new Error(`${HOW_TO_PROVIDE}\nOnly one of MONGO_URL and REDIS_URL is set.`));
  shared ??= startContainers();
  return shared;
}

/** A name no other test file uses, for a database, a key prefix or a queue. */
export function uniqueName(prefix = 'test'): string {
  return `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
}

export interface TestDatabase {
  name: string;
  connection: Connection;
  drop(): Promise<void>;
}

/** A database of its own for one test file, dropped afterwards. */
export async function testDatabase(mongoUrl: string, prefix = 'test'): Promise<TestDatabase> {
  const name = uniqueName(prefix);
  const connection = await mongoose.createConnection(mongoUrl, { dbName: name, autoIndex: false }).asPromise();
  return {
    name,
    connection,
    drop: async () => {
      await connection.dropDatabase();
      await connection.close();
    },
  };
}

export interface TestRedis {
  prefix: string;
  redis: Redis;
  cleanup(): Promise<void>;
}

/** A Redis client and a key prefix of its own; cleanup deletes the prefix's keys and disconnects. */
export async function testRedis(redisUrl: string): Promise<TestRedis> {
  const prefix = `${uniqueName('t')}:`;
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  return {
    prefix,
    redis,
    cleanup: async () => {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
        if (keys.length > 0) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
      redis.disconnect();
    },
  };
}
