import type { CommandArgs, RedisReply, Settled } from '../reply';

/**
 * What the REST protocol layer needs from a Redis: a real server (`ioredis-engine.ts`) or the
 * in-process stand-in (`memory-engine.ts`). Error replies reject with `RedisError`; any other
 * rejection means Redis could not be reached.
 */
export interface RedisEngine {
  /** Runs one command. */
  command(args: CommandArgs): Promise<RedisReply>;
  /** Runs commands in order without atomicity; each settles on its own. */
  pipeline(commands: readonly CommandArgs[]): Promise<Settled[]>;
  /**
   * Runs commands as one MULTI/EXEC transaction; a command failing at run time settles alone,
   * one refused while queueing aborts the whole batch (rejects with `EXECABORT`).
   */
  transaction(commands: readonly CommandArgs[]): Promise<Settled[]>;
  close(): Promise<void>;
}
