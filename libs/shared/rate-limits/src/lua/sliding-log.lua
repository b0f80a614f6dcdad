--[[
  sliding-log.lua (after sliding-log-take.lua): one sliding-log check, as take() there describes.

  KEYS[1]  log, KEYS[2] sequence, KEYS[3] block (see take)
  ARGV[1]  limit, ARGV[2] windowMs, ARGV[3] cost, ARGV[4] blockMs (0 for no block)

  Returns take's {allowed, remaining, retryAfterMs, resetAtMs}
]]
return take(KEYS[1], KEYS[2], KEYS[3], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), redisNow())
