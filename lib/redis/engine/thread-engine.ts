import { Worker } from 'node:worker_threads';
import { logger } from '@/lib/logging/logger';
import { RedisError, type CommandArgs, type RedisReply, type Settled } from '../reply';
import type { RedisEngine } from './engine';
import {
  fromWire,
  settledFromWire,
  type EngineAnswer,
  type EngineCall,
  type EngineRequest,
  type WireReply,
  type WireSettled,
} from './engine-wire';

interface Pending {
  resolve: (value: WireReply | WireSettled[]) => void;
  reject: (error: Error) => void;
}

/**
 * The in-memory Redis (`MemoryEngine`) on a thread of its own, for the web server: its Lua
 * runtime and emulated commands cost a script about a tenth of a millisecond, which on the
 * request thread is time no request is served (and every promise there pays for Next's
 * AsyncLocalStorage). Here the request thread only sends the command and reads the reply.
 * Calls made in one turn of the event loop go in one message; the engine answers each as it
 * completes, in arrival order. The data lives as long as the thread: if it dies, pending
 * calls fail and the next call starts an empty one (a stand-in for one process, like the
 * process itself restarting).
 *
 * @example const engine = createThreadEngine(); await engine.command(['SET', 'k', 'v']);
 */
export function createThreadEngine(spawn: () => Worker = spawnMemoryEngine): RedisEngine {
  let worker: Worker | undefined;
  const pending = new Map<number, Pending>();
  let batch: EngineCall[] = [];
  let nextId = 1;

  function start(): Worker {
    const started = spawn();
    const fail = (error: Error) => {
      if (worker === started) worker = undefined;
      for (const { reject } of pending.values()) reject(error);
      pending.clear();
      batch = [];
    };
    started.on('message', (answer: EngineAnswer) => settle(answer));
    started.on('error', (error) => {
      logger.error({ err: error }, 'in-memory Redis thread crashed; its data is lost');
      fail(error);
    });
    started.on('exit', (code) => fail(new Error(`in-memory Redis thread exited (${code})`)));
    // Like a connection pool, the thread does not keep the process alive on its own.
    started.unref();
    worker = started;
    return started;
  }

  function settle(answer: EngineAnswer): void {
    const waiting = pending.get(answer.id);
    if (!waiting) return;
    pending.delete(answer.id);
    if ('rejected' in answer) {
      waiting.reject(
        answer.redisError ? new RedisError(answer.rejected) : new Error(answer.rejected),
      );
    } else waiting.resolve('reply' in answer ? answer.reply : answer.settled);
  }

  function flush(): void {
    const calls = batch;
    batch = [];
    // Empty when the thread died meanwhile: its calls were failed with it.
    if (calls.length > 0) (worker ?? start()).postMessage(calls);
  }

  function send(request: EngineRequest): Promise<WireReply | WireSettled[]> {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      batch.push({ ...request, id });
      if (batch.length === 1) setImmediate(flush);
    });
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
      const stopping = worker;
      worker = undefined;
      await stopping?.terminate();
    },
  };
}

function spawnMemoryEngine(): Worker {
  return new Worker(new URL('./memory-engine.worker.ts', import.meta.url));
}
