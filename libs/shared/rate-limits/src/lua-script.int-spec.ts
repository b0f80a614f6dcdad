import { randomUUID } from 'node:crypto';
import { LuaScript, SCRIPTS } from './lua-script';
import { limiterScratch } from './testing/limiter-scratch';

const scratch = limiterScratch();

describe('LuaScript', () => {
  it('caches every limiter script at start-up', async () => {
    const shas = Object.values(SCRIPTS).map((script) => script.sha);
    expect(await scratch.redis.script('EXISTS', ...shas)).toEqual(shas.map(() => 1));
  });

  it('runs a script Redis has not seen (after a restart or SCRIPT FLUSH) and caches it again', async () => {
    // A variant no Redis has cached, rather than flushing a cache other processes share.
    const unseen = new LuaScript('sliding-log', `${SCRIPTS.slidingLog.source}\n-- ${randomUUID()}\n`);
    expect(await scratch.redis.script('EXISTS', unseen.sha)).toEqual([0]);
    const base = `${scratch.prefix}{unseen}`;
    const reply = await unseen.run(scratch.redis, [`${base}:log`, `${base}:seq`, `${base}:block`], [5, 60_000, 2, 0]);
    expect(reply).toEqual([1, 3, 0, expect.any(Number)]);
    expect(await scratch.redis.script('EXISTS', unseen.sha)).toEqual([1]);
  });
});
