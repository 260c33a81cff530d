import Redis from 'ioredis';
import { RedisError, type CommandArgs, type RedisReply, type Settled } from '../reply';
import type { RedisEngine } from './engine';

/**
 * A real Redis over one ioredis connection. Replies stay binary (Buffers), and command names
 * are sent upper-case because ioredis reshapes some replies (HGETALL into an object) by
 * their lower-case name.
 */
export class IoredisEngine implements RedisEngine {
  private readonly client: Redis;

  constructor(redisUrl: string, onError: (error: Error) => void) {
    this.client = new Redis(redisUrl, {
      lazyConnect: true,
      // Fail a request within a few reconnection attempts instead of queueing it for long.
      maxRetriesPerRequest: 2,
    });
    this.client.on('error', onError);
  }

  /** Connects and checks that Redis answers; rejects (and disconnects) when it does not. */
  async connect(): Promise<void> {
    try {
      await this.client.connect();
      await this.client.ping();
    } catch (error) {
      this.client.disconnect();
      const { host, port } = this.client.options;
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Redis at ${host}:${port} did not answer: ${reason}`, { cause: error });
    }
  }

  async command(args: CommandArgs): Promise<RedisReply> {
    const [name = '', ...rest] = args;
    try {
      return toReply(await this.client.callBuffer(name.toUpperCase(), ...rest));
    } catch (error) {
      throw asRedisError(error);
    }
  }

  async pipeline(commands: readonly CommandArgs[]): Promise<Settled[]> {
    const pipeline = this.client.pipeline();
    for (const [name = '', ...rest] of commands) pipeline.callBuffer(name.toUpperCase(), ...rest);
    return settleAll(await pipeline.exec());
  }

  async transaction(commands: readonly CommandArgs[]): Promise<Settled[]> {
    const multi = this.client.multi();
    for (const [name = '', ...rest] of commands) multi.callBuffer(name.toUpperCase(), ...rest);
    try {
      return settleAll(await multi.exec());
    } catch (error) {
      throw asRedisError(error);
    }
  }

  async close(): Promise<void> {
    try {
      await this.client.quit();
    } catch {
      this.client.disconnect();
    }
  }
}

type ExecResult = [error: Error | null, reply: unknown][] | null;

function settleAll(results: ExecResult): Settled[] {
  if (!results) throw new RedisError('EXECABORT Transaction discarded');
  return results.map(([error, reply]) => {
    if (!error) return { ok: true, reply: toReply(reply) };
    const redisError = asRedisError(error);
    if (redisError instanceof RedisError) return { ok: false, error: redisError.message };
    throw redisError;
  });
}

function isReplyError(error: unknown): error is Error {
  return error instanceof Error && error.name === 'ReplyError';
}

/** Error replies become `RedisError`; connection failures pass through as they are. */
function asRedisError(error: unknown): unknown {
  return isReplyError(error) ? new RedisError(error.message) : error;
}

function toReply(value: unknown): RedisReply {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || Buffer.isBuffer(value)) {
    return value;
  }
  if (Array.isArray(value)) return value.map(toReply);
  if (isReplyError(value)) return new RedisError(value.message);
  throw new Error(`Unexpected reply from Redis: ${String(value)}`);
}
