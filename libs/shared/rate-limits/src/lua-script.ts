// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- apps that typecheck this lib must see *.lua
/// <reference path="./lua/lua-modules.d.ts" />
import { createHash } from 'node:crypto';
import type Redis from 'ioredis';
import slidingLogTake from './lua/sliding-log-take.lua';
import slidingLog from './lua/sliding-log.lua';
import slidingLogPair from './lua/sliding-log-pair.lua';
import quotaReserve from './lua/quota-reserve.lua';
import quotaCommit from './lua/quota-commit.lua';
import quotaUsage from './lua/quota-usage.lua';

type Arg = string | number;

/** A script run by its SHA; when Redis has lost it (a restart, SCRIPT FLUSH) one EVAL runs it and caches it again. */
export class LuaScript {
  readonly sha: string;

  constructor(
    readonly name: string,
    readonly source: string,
  ) {
    this.sha = createHash('sha1').update(source).digest('hex');
  }

  async run(redis: Redis, keys: string[], args: Arg[]): Promise<unknown> {
    try {
      return await redis.evalsha(this.sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error && error.message.startsWith('NOSCRIPT'))) throw error;
      return redis.eval(this.source, keys.length, ...keys, ...args);
    }
  }

  async load(redis: Redis): Promise<void> {
    await redis.script('LOAD', this.source);
  }
}

export const SCRIPTS = {
  slidingLog: new LuaScript('sliding-log', `${slidingLogTake}\n${slidingLog}`),
  slidingLogPair: new LuaScript('sliding-log-pair', `${slidingLogTake}\n${slidingLogPair}`),
  quotaReserve: new LuaScript('quota-reserve', quotaReserve),
  quotaCommit: new LuaScript('quota-commit', quotaCommit),
  quotaUsage: new LuaScript('quota-usage', quotaUsage),
} as const;
