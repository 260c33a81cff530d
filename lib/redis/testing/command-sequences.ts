import type { RestDispatcher } from '../protocol/dispatcher';
import { toRestResult } from '../protocol/encode-reply';
import type { CommandArgs } from '../reply';

/**
 * Command sequences covering strings, expiry, types and scripts, keyed through `k` so each
 * run has its own keys: engines that answer all of them alike are interchangeable.
 */
export const COMMAND_SEQUENCES: Record<string, (k: (name: string) => string) => CommandArgs[]> = {
  strings: (k) => [
    ['SET', k('s'), 'v'],
    ['GET', k('s')],
    ['SET', k('s'), 'w', 'NX'],
    ['SET', k('s'), 'w', 'XX', 'GET'],
    ['APPEND', k('s'), '!'],
    ['STRLEN', k('s')],
    ['GETDEL', k('s')],
    ['GET', k('s')],
    ['MSET', k('a'), '1', k('b'), '2'],
    ['MGET', k('a'), k('missing'), k('b')],
    ['INCR', k('a')],
    ['INCRBY', k('a'), '10'],
    ['DECR', k('a')],
    ['INCRBYFLOAT', k('b'), '0.5'],
    ['SET', k('t'), 'text'],
    ['INCR', k('t')],
    ['INCRBY', k('a'), 'x'],
    ['EXISTS', k('a'), k('b'), k('missing')],
    ['TYPE', k('a')],
    ['DEL', k('a'), k('missing')],
  ],
  expiry: (k) => [
    ['SET', k('e'), 'v', 'EX', '100'],
    ['TTL', k('e')],
    ['EXPIRE', k('e'), '50'],
    ['TTL', k('e')],
    ['PERSIST', k('e')],
    ['TTL', k('e')],
    ['TTL', k('missing')],
  ],
  hashes: (k) => [
    ['HSET', k('h'), 'a', '1', 'b', '2'],
    ['HGET', k('h'), 'a'],
    ['HMGET', k('h'), 'a', 'zz', 'b'],
    ['HGETALL', k('h')],
    ['HINCRBY', k('h'), 'a', '5'],
    ['HEXISTS', k('h'), 'b'],
    ['HLEN', k('h')],
    ['HDEL', k('h'), 'b', 'zz'],
    ['HGETALL', k('missing')],
    ['HSET', k('h'), 'txt', 'abc'],
    ['HINCRBY', k('h'), 'txt', '1'],
  ],
  lists: (k) => [
    ['RPUSH', k('l'), 'a', 'b', 'c'],
    ['LPUSH', k('l'), 'z'],
    ['LRANGE', k('l'), '0', '-1'],
    ['LLEN', k('l')],
    ['LPOP', k('l')],
    ['RPOP', k('l')],
    ['LRANGE', k('l'), '0', '-1'],
  ],
  'sorted sets': (k) => [
    ['ZADD', k('z'), '1', 'a', '2.5', 'b', '3', 'c'],
    ['ZSCORE', k('z'), 'b'],
    ['ZINCRBY', k('z'), '2', 'a'],
    ['ZRANGE', k('z'), '0', '-1', 'WITHSCORES'],
    ['ZRANK', k('z'), 'c'],
    ['ZCARD', k('z')],
    ['ZREM', k('z'), 'b'],
    ['ZRANGE', k('z'), '0', '-1'],
  ],
  'locks and sets': (k) => [
    ['SET', k('lock'), 'owner-1', 'NX', 'PX', '30000'],
    ['SET', k('lock'), 'owner-2', 'NX', 'PX', '30000'],
    [
      'EVAL',
      'if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("DEL", KEYS[1]) end return 0',
      '1',
      k('lock'),
      'owner-2',
    ],
    [
      'EVAL',
      'if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("DEL", KEYS[1]) end return 0',
      '1',
      k('lock'),
      'owner-1',
    ],
    ['SETEX', k('x'), '100', 'v'],
    ['GETEX', k('x'), 'PERSIST'],
    ['HSETNX', k('hn'), 'f', '1'],
    ['HSETNX', k('hn'), 'f', '2'],
    ['SADD', k('set'), 'a', 'b', 'a'],
    ['SISMEMBER', k('set'), 'b'],
    ['SMISMEMBER', k('set'), 'a', 'zz'],
    ['SCARD', k('set')],
    ['SREM', k('set'), 'a', 'zz'],
    ['SMEMBERS', k('set')],
    ['ZADD', k('zs'), 'NX', '5', 'm'],
    ['ZADD', k('zs'), 'NX', '3', 'm'],
    ['ZADD', k('zs'), 'XX', '4', 'm'],
    ['ZRANGEBYSCORE', k('zs'), '-inf', '+inf', 'WITHSCORES', 'LIMIT', '0', '1'],
    ['ZREMRANGEBYSCORE', k('zs'), '0', '4'],
  ],
  'wrong types': (k) => [
    ['SET', k('w'), 'x'],
    ['HGET', k('w'), 'f'],
    ['LPUSH', k('w'), 'a'],
    ['ZADD', k('w'), '1', 'a'],
    ['HSET', k('wh'), 'f', 'v'],
    ['GET', k('wh')],
  ],
  scripts: (k) => [
    ['EVAL', 'return {1, "two", {3, false}, 4.7, true}', '0'],
    [
      'EVAL',
      '#!lua flags=allow-key-locking\nreturn redis.call("INCRBY", KEYS[1], ARGV[1])',
      '1',
      k('c'),
      '4',
    ],
    ['EVAL', 'return redis.call("GET", KEYS[1])', '1', k('missing')],
    ['EVAL', 'return redis.error_reply("CUSTOM failure")', '0'],
    ['EVAL', 'return redis.pcall("INCR", KEYS[1])', '1', k('txt')],
    ['EVAL', 'return redis.status_reply("FINE")', '0'],
    ['EVAL', 'return {1, nil, 3}', '0'],
    ['EVALSHA', 'f'.repeat(40), '0'],
  ],
};

/** Each command of a sequence with the REST answer a dispatcher gives it, run in order. */
export async function restAnswers(dispatcher: RestDispatcher, sequence: CommandArgs[]) {
  const answers = [];
  for (const args of sequence) {
    answers.push({
      command: args.join(' '),
      ...toRestResult(await dispatcher.single(args), 'utf8'),
    });
  }
  return answers;
}
