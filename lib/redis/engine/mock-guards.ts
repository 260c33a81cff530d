import type { Redis } from 'ioredis';
import { RedisError } from '../reply';

/**
 * Checks ioredis-mock skips: it happily runs INCR on text (storing NaN) or HGET on a string.
 * These guards raise Redis's errors first for the common commands; rarer ones stay unguarded.
 */
const TYPE_GROUPS: Record<string, string> = {
  string:
    'get getdel getex getrange getset append strlen setrange incr incrby decr decrby incrbyfloat',
  hash: 'hget hset hsetnx hmset hmget hgetall hdel hexists hincrby hincrbyfloat hkeys hvals hlen hstrlen hscan hrandfield',
  list: 'lpush rpush lpushx rpushx lpop rpop llen lrange lindex lset lrem ltrim linsert lpos',
  set: 'sadd srem smembers sismember smismember scard spop srandmember sscan',
  zset: 'zadd zrem zscore zmscore zincrby zcard zcount zrange zrank zrevrank zrangebyscore zrevrange zrevrangebyscore zremrangebyscore zremrangebyrank zscan zpopmin zpopmax',
};
/** Command → the type of key its first argument must be. */
const KEY_TYPES = new Map(
  Object.entries(TYPE_GROUPS).flatMap(([type, names]) =>
    names.split(' ').map((name) => [name, type] as const),
  ),
);

const INTEGER = /^-?\d{1,16}$/;
const NOT_INTEGER = 'ERR value is not an integer or out of range';

/** Throws the error Redis would answer `name args` with, when the mock would not. */
export async function guardCommand(
  mock: Redis,
  name: string,
  args: readonly string[],
): Promise<void> {
  const expected = KEY_TYPES.get(name);
  const key = args[0];
  if (!expected || key === undefined) return;
  const actual = await mock.type(key);
  if (actual !== 'none' && actual !== expected) {
    throw new RedisError('WRONGTYPE Operation against a key holding the wrong kind of value');
  }
  if (name === 'incr' || name === 'decr' || name === 'incrby' || name === 'decrby') {
    const current = await mock.get(key);
    const step = name === 'incrby' || name === 'decrby' ? (args[1] ?? '') : '1';
    if (!INTEGER.test(step) || (current !== null && !INTEGER.test(current))) {
      throw new RedisError(NOT_INTEGER);
    }
  } else if (name === 'incrbyfloat') {
    const current = await mock.get(key);
    if (!isFloat(args[1]) || (current !== null && !isFloat(current))) {
      throw new RedisError('ERR value is not a valid float');
    }
  } else if (name === 'hincrby') {
    const current = await mock.hget(key, args[1] ?? '');
    if (!INTEGER.test(args[2] ?? '')) throw new RedisError(NOT_INTEGER);
    if (current !== null && !INTEGER.test(current)) {
      throw new RedisError('ERR hash value is not an integer');
    }
  }
}

function isFloat(value: string | undefined): boolean {
  return value !== undefined && value.trim() !== '' && Number.isFinite(Number(value));
}
