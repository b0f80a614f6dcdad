--[[
  quota-reserve.lua: reserves one slot of a rolling quota if committed units plus live reservations leave room.

  Reservations are how a slot is held while the work it pays for runs: they expire on their own, so a process that
  dies between reserve and commit frees its slot after the reservation TTL instead of leaking it.

  KEYS[1]  committed: ZSET of committed units; member = reservation id, score = commit time in microseconds
  KEYS[2]  reservations: ZSET of live reservations; member = reservation id, score = expiry time in microseconds

  ARGV[1]  limit: units allowed within any window of ARGV[2] ms (integer >= 1)
  ARGV[2]  windowMs (integer >= 1)
  ARGV[3]  reservationTtlMs (integer >= 1)
  ARGV[4]  reservationId: unique per piece of work (the caller makes it). Reserving again with an id that is already
           reserved or committed holds nothing more and answers {1}: processes racing to start the same work share one
           slot instead of one being refused by the other's reservation.

  Returns {1} when the slot is reserved (or already was), else {0, retryAfterMs, nextSlotAtMs}: the earliest time a slot frees by a
  committed unit leaving the window or a reservation lapsing (a release may free one sooner).
]]
local committedKey, reservationsKey = KEYS[1], KEYS[2]
local limit = tonumber(ARGV[1])
local windowMs = tonumber(ARGV[2])
local ttlMs = tonumber(ARGV[3])
local reservationId = ARGV[4]

local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local windowUs = windowMs * 1000

-- Scores are integers near 2^51; tostring would round them to 14 significant digits.
local function exact(n)
  return string.format('%.0f', n)
end

redis.call('ZREMRANGEBYSCORE', committedKey, '-inf', exact(now - windowUs))
redis.call('ZREMRANGEBYSCORE', reservationsKey, '-inf', exact(now))
if redis.call('ZSCORE', reservationsKey, reservationId) or redis.call('ZSCORE', committedKey, reservationId) then
  return { 1 }
end
local committed = redis.call('ZCARD', committedKey)
local reserved = redis.call('ZCARD', reservationsKey)

if committed + reserved < limit then
  redis.call('ZADD', reservationsKey, exact(now + ttlMs * 1000), reservationId)
  -- Only ever lengthened: a caller with a shorter TTL must not cut short another caller's reservation.
  if redis.call('PTTL', reservationsKey) < ttlMs then
    redis.call('PEXPIRE', reservationsKey, ttlMs)
  end
  return { 1 }
end

-- The slot this caller needs is the one that frees after (committed + reserved - limit) others have.
local mustFree = committed + reserved - limit + 1
local frees = {}
local oldest = redis.call('ZRANGE', committedKey, 0, mustFree - 1, 'WITHSCORES')
for i = 2, #oldest, 2 do
  frees[#frees + 1] = tonumber(oldest[i]) + windowUs
end
local soonest = redis.call('ZRANGE', reservationsKey, 0, mustFree - 1, 'WITHSCORES')
for i = 2, #soonest, 2 do
  frees[#frees + 1] = tonumber(soonest[i])
end
table.sort(frees)
local nextSlotAt = frees[mustFree]
return { 0, math.ceil((nextSlotAt - now) / 1000), math.ceil(nextSlotAt / 1000) }
