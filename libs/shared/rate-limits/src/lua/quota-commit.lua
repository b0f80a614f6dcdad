--[[
  quota-commit.lua: turns a live reservation into a committed unit that counts for a full window from now.

  KEYS[1]  committed: ZSET of committed units; member = reservation id, score = commit time in microseconds
  KEYS[2]  reservations: ZSET of live reservations; member = reservation id, score = expiry time in microseconds

  ARGV[1]  reservationId
  ARGV[2]  windowMs (integer >= 1)

  Returns 1 if committed; 0 if the reservation is unknown, already committed or released, or expired (its slot may
  already belong to someone else, so it is not taken back).
]]
local committedKey, reservationsKey = KEYS[1], KEYS[2]
local reservationId = ARGV[1]
local windowMs = tonumber(ARGV[2])

local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])

local expiresAt = redis.call('ZSCORE', reservationsKey, reservationId)
redis.call('ZREM', reservationsKey, reservationId)
if not expiresAt or tonumber(expiresAt) <= now then
  return 0
end

redis.call('ZADD', committedKey, string.format('%.0f', now), reservationId)
-- The unit just committed is the newest, so the key can go when it leaves the window.
redis.call('PEXPIRE', committedKey, windowMs)
return 1
