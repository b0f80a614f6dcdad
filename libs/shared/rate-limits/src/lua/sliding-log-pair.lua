--[[
  sliding-log-pair.lua (after sliding-log-take.lua): two sliding-log checks in one call, at one instant of the Redis
  clock, for a request that counts against two limits (the gateway's edge limit, then its GraphQL limit). The second
  is checked only when the first allowed the request: a request refused by the first counts against nothing else,
  exactly as two calls in a row would do, without a second round trip.

  The six keys must live on one Redis node (a Redis Cluster would refuse keys of two hash slots in one script).

  KEYS[1..3]  first check: log, sequence, block (see take)
  KEYS[4..6]  second check: log, sequence, block
  ARGV[1..4]  first check: limit, windowMs, cost, blockMs (0 for no block)
  ARGV[5..8]  second check: limit, windowMs, cost, blockMs

  Returns {allowed, remaining, retryAfterMs, resetAtMs} of the first check followed by the same four of the second,
  or by nothing when the first refused.
]]
local now = redisNow()
local first = take(KEYS[1], KEYS[2], KEYS[3], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), now)
if first[1] == 0 then
  return first
end
local second = take(KEYS[4], KEYS[5], KEYS[6], tonumber(ARGV[5]), tonumber(ARGV[6]), tonumber(ARGV[7]), tonumber(ARGV[8]), now)
return { first[1], first[2], first[3], first[4], second[1], second[2], second[3], second[4] }
