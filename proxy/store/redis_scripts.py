"""The Lua scripts the Redis store runs (one round trip each), and the key a script's
bookkeeping lives under so that it shares its key's Redis Cluster slot."""

from __future__ import annotations

import hashlib

# get_or_lock in one round trip: the entry, else take the lock (NX) and say who holds it.
# Lua false becomes a nil reply, so a miss reads [nil, holder].
GET_OR_LOCK = """\
local value = redis.call('GET', KEYS[1])
if value then return {value} end
if redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2], 'NX') then return {false, ARGV[1]} end
return {false, redis.call('GET', KEYS[2])}
"""
GET_OR_LOCK_SHA = hashlib.sha1(GET_OR_LOCK.encode()).hexdigest()
# hincrby once: KEYS[2] (same slot: see `writers_key`) holds each writer's last sequence
# number; a call numbered no higher than that ran already (its reply was lost) and is skipped
HINCRBY_ONCE = """\
local last = tonumber(redis.call('HGET', KEYS[2], ARGV[1]) or '0')
local sequence = tonumber(ARGV[2])
if sequence <= last then return 0 end
redis.call('HSET', KEYS[2], ARGV[1], sequence)
for i = 4, #ARGV, 2 do redis.call('HINCRBY', KEYS[1], ARGV[i], ARGV[i + 1]) end
redis.call('PEXPIRE', KEYS[1], ARGV[3])
redis.call('PEXPIRE', KEYS[2], ARGV[3])
return 1
"""
HINCRBY_ONCE_SHA = hashlib.sha1(HINCRBY_ONCE.encode()).hexdigest()


# restore_counter: a counter below the value a replica knew lost its history; add that back
RESTORE_COUNTER = """\
local value = tonumber(redis.call('GET', KEYS[1]) or '0')
local known = tonumber(ARGV[1])
if value < known then
  value = value + known
  redis.call('SET', KEYS[1], value)
end
return value
"""


def writers_key(key: str) -> str | None:
    """Where `hincrby(once=...)` keeps the writers' sequence numbers of `key`: a key in the
    same Redis Cluster slot (a script's keys must share one): `key`'s own hash tag (as Redis
    reads it: the first `{`, the first `}` after it, something between), else `key` itself
    as the tag. None when neither works (braces that make no tag)."""
    start = key.find("{")
    if start != -1:
        end = key.find("}", start + 1)
        if end > start + 1:
            return key + ":writers"  # key's tag comes first in this name too
        return None
    if "}" in key:
        return None
    return f"{key}:writers{{{key}}}"
