--[[
  sliding-log-take.lua: the sliding-log check as a function, prepended to sliding-log.lua and sliding-log-pair.lua
  (Redis scripts cannot import one another; lua-script.ts joins the texts, so both run exactly this code).

  take(logKey, seqKey, blockKey, limit, windowMs, cost, blockMs, now) takes `cost` units from an exact sliding-window
  log, all of them or none, at `now` (microseconds of the Redis server's clock, the only clock: every process that
  shares a key is judged by the same TIME).

    logKey    ZSET of granted units; score = grant time in microseconds, member unique per unit
    seqKey    counter that keeps members unique when grants share a microsecond
    blockKey  exists (with a TTL) while the key is blocked; touched only when blockMs > 0
    limit     units allowed within any window of windowMs (integer >= 1)
    cost      units this call takes (integer >= 1)
    blockMs   0 for no block; otherwise a refused take blocks the key for this long, and every call is refused (taking
              nothing) until the block ends. The block also empties the log, so the key starts afresh when the block
              ends, as the platform's edge block does.

  Returns {allowed, remaining, retryAfterMs, resetAtMs}
    allowed       1 if the units were taken, else 0
    remaining     units still free in the window after this call (0 while blocked)
    retryAfterMs  0 when allowed; else ms until `cost` units fit and any block has ended. When cost > limit the call
                  can never pass and this is windowMs.
    resetAtMs     epoch ms by which every unit now in the window has left it (and any block has ended)
]]

-- Scores are integers near 2^51; tostring would round them to 14 significant digits.
local function exact(n)
  return string.format('%.0f', n)
end

local function ceilMs(us)
  return math.ceil(us / 1000)
end

local function take(logKey, seqKey, blockKey, limit, windowMs, cost, blockMs, now)
  local windowUs = windowMs * 1000

  -- A unit taken at t counts until the clock reaches t + window, and frees at exactly that instant.
  redis.call('ZREMRANGEBYSCORE', logKey, '-inf', exact(now - windowUs))
  local used = redis.call('ZCARD', logKey)

  local function microsUntilFits()
    local mustLeave = used + cost - limit
    if mustLeave <= 0 then
      return 0
    end
    if cost > limit then
      return windowUs
    end
    local entry = redis.call('ZRANGE', logKey, mustLeave - 1, mustLeave - 1, 'WITHSCORES')
    return tonumber(entry[2]) + windowUs - now
  end

  local function resetAtMs()
    local newest = redis.call('ZRANGE', logKey, -1, -1, 'WITHSCORES')
    if newest[2] then
      return ceilMs(tonumber(newest[2]) + windowUs)
    end
    return ceilMs(now)
  end

  if blockMs > 0 then
    local blockedForMs = redis.call('PTTL', blockKey)
    if blockedForMs > 0 then
      return {
        0,
        0,
        math.max(blockedForMs, ceilMs(microsUntilFits())),
        math.max(ceilMs(now) + blockedForMs, resetAtMs()),
      }
    end
  end

  if used + cost <= limit then
    local last = redis.call('INCRBY', seqKey, cost)
    local at = exact(now)
    -- Chunked because Lua's unpack fails beyond a few thousand values.
    local args = {}
    for seq = last - cost + 1, last do
      args[#args + 1] = at
      args[#args + 1] = at .. '-' .. exact(seq)
      if #args >= 1000 then
        redis.call('ZADD', logKey, unpack(args))
        args = {}
      end
    end
    if #args > 0 then
      redis.call('ZADD', logKey, unpack(args))
    end
    -- The newest unit is the one just taken, so both keys can go when it leaves the window.
    redis.call('PEXPIRE', logKey, windowMs)
    redis.call('PEXPIRE', seqKey, windowMs)
    return { 1, limit - used - cost, 0, ceilMs(now + windowUs) }
  end

  local retryUs = microsUntilFits()
  local resetAt = resetAtMs()
  if blockMs > 0 then
    redis.call('SET', blockKey, '1', 'PX', blockMs)
    redis.call('DEL', logKey)
    retryUs = blockMs * 1000
    resetAt = ceilMs(now) + blockMs
  end
  return { 0, math.max(limit - used, 0), ceilMs(retryUs), resetAt }
end

local function redisNow()
  local time = redis.call('TIME')
  return tonumber(time[1]) * 1000000 + tonumber(time[2])
end
