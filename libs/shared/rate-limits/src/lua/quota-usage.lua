--[[
  quota-usage.lua: counts a rolling quota's committed units in the window and its live reservations, by the
  Redis server's clock. Read-only.

  KEYS[1]  committed: ZSET of committed units; member = reservation id, score = commit time in microseconds
  KEYS[2]  reservations: ZSET of live reservations; member = reservation id, score = expiry time in microseconds

  ARGV[1]  windowMs (integer >= 1)

  Returns {used, reserved}
]]
local committedKey, reservationsKey = KEYS[1], KEYS[2]
local windowMs = tonumber(ARGV[1])

local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])

-- Scores are integers near 2^51; tostring would round them to 14 significant digits.
local function exact(n)
  return string.format('%.0f', n)
end

return {
  redis.call('ZCOUNT', committedKey, '(' .. exact(now - windowMs * 1000), '+inf'),
  redis.call('ZCOUNT', reservationsKey, '(' .. exact(now), '+inf'),
}
