import { Worker } from 'node:worker_threads';
import { logger } from '@/lib/logging/logger';
import { BatchedWorker } from '@/lib/workers/batched-worker';
import { RedisError, type CommandArgs, type RedisReply, type Settled } from '../reply';
import type { RedisEngine } from './engine';
import {
  fromWire,
  settledFromWire,
  type EngineAnswer,
  type EngineRequest,
  type WireReply,
  type WireSettled,
} from './engine-wire';

/**
 * The in-memory Redis (`MemoryEngine`) on a thread of its own, for the web server: its Lua
 * runtime and emulated commands cost a script about a tenth of a millisecond, which on the
 * request thread is time no request is served (and every promise there pays for Next's
 * AsyncLocalStorage). Here the request thread only sends the command and reads the reply,
 * batched per turn (`BatchedWorker`), and the engine answers a batch in one message once all
 * of it ran (in arrival order): a message per answer cost the request thread more than the
 * scripts' wait (docs/redis.md). The data lives as long as the thread: if it dies, pending
 * calls fail and the next call starts an empty one (a stand-in for one process, like the
 * process itself restarting).
 *
 * @example const engine = createThreadEngine(); await engine.command(['SET', 'k', 'v']);
 */
export function createThreadEngine(spawn: () => Worker = spawnMemoryEngine): RedisEngine {
  let thread: BatchedWorker<EngineRequest, EngineAnswer> | undefined;

  function current(): BatchedWorker<EngineRequest, EngineAnswer> {
    if (thread && !thread.dead) return thread;
    const worker = spawn();
    // Like a connection pool, the thread does not keep the process alive on its own.
    worker.unref();
    thread = new BatchedWorker(worker, {
      name: 'in-memory Redis thread',
      onCrash: (error) =>
        logger.error({ err: error }, 'in-memory Redis thread crashed; its data is lost'),
    });
    return thread;
  }

  async function send(request: EngineRequest): Promise<WireReply | WireSettled[]> {
    const answer = await current().send(request);
    if ('rejected' in answer) {
      throw answer.redisError ? new RedisError(answer.rejected) : new Error(answer.rejected);
    }
    return 'reply' in answer ? answer.reply : answer.settled;
  }

  return {
    async command(args: CommandArgs): Promise<RedisReply> {
      return fromWire((await send({ op: 'command', args })) as WireReply);
    },
    async pipeline(commands: readonly CommandArgs[]): Promise<Settled[]> {
      const settled = (await send({ op: 'pipeline', commands: [...commands] })) as WireSettled[];
      return settled.map(settledFromWire);
    },
    async transaction(commands: readonly CommandArgs[]): Promise<Settled[]> {
      const settled = (await send({ op: 'transaction', commands: [...commands] })) as WireSettled[];
      return settled.map(settledFromWire);
    },
    async close(): Promise<void> {
      const stopping = thread;
      thread = undefined;
      await stopping?.terminate();
    },
  };
}

function spawnMemoryEngine(): Worker {
  return new Worker(new URL('./memory-engine.worker.ts', import.meta.url));
}
