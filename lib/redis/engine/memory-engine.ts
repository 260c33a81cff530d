import { createHash, randomUUID } from 'node:crypto';
import { exists as isRedisCommand, hasFlag } from '@ioredis/commands';
import RedisMock from 'ioredis-mock';
import { RedisError, settle, type CommandArgs, type RedisReply, type Settled } from '../reply';
import type { RedisEngine } from './engine';
import { guardCommand } from './mock-guards';
import { LuaRuntime, type LuaRuntimeOptions } from './lua/lua-runtime';

/**
 * An in-process Redis for one process: data commands are emulated by ioredis-mock, scripts
 * run in our own Lua runtime (ioredis-mock's EVAL mis-indexes nested arrays and lacks
 * `redis.error_reply`, which @upstash/ratelimit's reset script and others depend on).
 * Every command runs alone, in arrival order, so scripts and transactions are atomic.
 */
export class MemoryEngine implements RedisEngine {
  // ioredis-mock shares data between instances with the same host; each engine gets its own.
  private readonly mock = new RedisMock({ host: `orrery-memory-${randomUUID()}` });
  private readonly lua: LuaRuntime;
  private readonly scripts = new Map<string, string>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: LuaRuntimeOptions = {}) {
    this.lua = new LuaRuntime(options);
  }

  command(args: CommandArgs): Promise<RedisReply> {
    return this.exclusive(() => this.execute(args, false));
  }

  pipeline(commands: readonly CommandArgs[]): Promise<Settled[]> {
    return Promise.all(commands.map((args) => settle(() => this.command(args))));
  }

  transaction(commands: readonly CommandArgs[]): Promise<Settled[]> {
    return this.exclusive(async () => {
      if (commands.some((args) => !isKnownCommand(commandName(args)))) {
        throw new RedisError('EXECABORT Transaction discarded because of previous errors.');
      }
      const results: Settled[] = [];
      for (const args of commands) results.push(await settle(() => this.execute(args, false)));
      return results;
    });
  }

  async close(): Promise<void> {
    await this.exclusive(async () => {
      await this.mock.flushall();
      this.mock.disconnect();
    });
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async execute(args: CommandArgs, fromScript: boolean): Promise<RedisReply> {
    const name = commandName(args);
    const rest = args.slice(1);
    if (fromScript && isRedisCommand(name) && hasFlag(name, 'noscript')) {
      throw new RedisError('ERR This Redis command is not allowed from script');
    }
    switch (name) {
      case 'eval':
      case 'eval_ro':
        return this.evaluate(rest[0] ?? '', null, rest.slice(1));
      case 'evalsha':
      case 'evalsha_ro': {
        const sha = (rest[0] ?? '').toLowerCase();
        const body = this.scripts.get(sha);
        if (body === undefined)
          throw new RedisError('NOSCRIPT No matching script. Please use EVAL.');
        return this.evaluate(body, sha, rest.slice(1));
      }
      case 'script':
        return this.script(rest);
      case 'scan':
        return this.scan(rest);
      default:
        return this.emulated(name, rest);
    }
  }

  /** Runs a script; `knownSha` is its SHA when it came by EVALSHA (no need to hash it again). */
  private async evaluate(
    body: string,
    knownSha: string | null,
    args: readonly string[],
  ): Promise<RedisReply> {
    const keyCount = Number(args[0]);
    if (!Number.isInteger(keyCount)) {
      throw new RedisError('ERR value is not an integer or out of range');
    }
    if (keyCount < 0) throw new RedisError("ERR Number of keys can't be negative");
    if (keyCount > args.length - 1) {
      throw new RedisError("ERR Number of keys can't be greater than number of args");
    }
    const sha = knownSha ?? sha1(body);
    if (knownSha === null) this.scripts.set(sha, body);
    return this.lua.run(
      { body, sha },
      args.slice(1, keyCount + 1),
      args.slice(keyCount + 1),
      (command) => settle(() => this.execute(command, true)),
    );
  }

  private script(args: readonly string[]): RedisReply {
    const sub = (args[0] ?? '').toLowerCase();
    if (sub === 'load' && args.length === 2) {
      const body = args[1] ?? '';
      const sha = sha1(body);
      this.scripts.set(sha, body);
      return sha;
    }
    if (sub === 'exists' && args.length >= 2) {
      return args.slice(1).map((sha) => (this.scripts.has(sha.toLowerCase()) ? 1 : 0));
    }
    if (sub === 'flush') {
      this.scripts.clear();
      this.lua.forgetScripts();
      return 'OK';
    }
    throw new RedisError(`ERR unknown subcommand or wrong number of arguments for '${sub}'`);
  }

  /**
   * ioredis-mock's cursor is an offset, so keys deleted mid-scan make it skip others (and
   * @upstash/ratelimit's reset deletes while scanning). SCAN may return everything at once.
   */
  private async scan(args: readonly string[]): Promise<RedisReply> {
    const option = (name: string): string | undefined => {
      const at = args.findIndex((arg, i) => i > 0 && arg.toLowerCase() === name);
      return at === -1 ? undefined : args[at + 1];
    };
    if (args[0] !== '0') return ['0', []];
    const keys = await this.mock.keys(option('match') ?? '*');
    const type = option('type')?.toLowerCase();
    if (!type) return ['0', keys];
    const types = await Promise.all(keys.map((key) => this.mock.type(key)));
    return ['0', keys.filter((_, i) => types[i] === type)];
  }

  private async emulated(name: string, args: readonly string[]): Promise<RedisReply> {
    const method: unknown = Reflect.get(this.mock, name);
    if (!isKnownCommand(name) || typeof method !== 'function') {
      const shown = args.map((a) => `'${a}'`).join(' ');
      throw new RedisError(`ERR unknown command '${name}', with args beginning with: ${shown}`);
    }
    await guardCommand(this.mock, name, args);
    try {
      return toReply(await Reflect.apply(method, this.mock, args));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new RedisError(/^[A-Z]+ /.test(message) ? message : `ERR ${message}`);
    }
  }
}

function commandName(args: CommandArgs): string {
  return (args[0] ?? '').toLowerCase();
}

function isKnownCommand(name: string): boolean {
  // Module commands (JSON.GET, …) are absent from the core table but emulated by the mock.
  return isRedisCommand(name) || name.includes('.');
}

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** ioredis-mock answers as ioredis does (HGETALL as an object); Redis answers flat arrays. */
function toReply(value: unknown): RedisReply {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (Buffer.isBuffer(value)) return value;
  if (Array.isArray(value)) return value.map(toReply);
  if (value instanceof Error) return new RedisError(value.message);
  if (typeof value === 'object') {
    return Object.entries(value).flatMap(([field, item]) => [field, toReply(item)]);
  }
  return String(value);
}
