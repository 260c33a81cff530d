import { parentPort } from 'node:worker_threads';
import { RedisError } from '../reply';
import { settledToWire, toWire, type EngineAnswer, type EngineCall } from './engine-wire';
import { MemoryEngine } from './memory-engine';

const engine = new MemoryEngine();

async function answer(call: EngineCall): Promise<EngineAnswer> {
  try {
    if (call.op === 'command')
      return { id: call.id, reply: toWire(await engine.command(call.args)) };
    const settled =
      call.op === 'pipeline'
        ? await engine.pipeline(call.commands)
        : await engine.transaction(call.commands);
    return { id: call.id, settled: settled.map(settledToWire) };
  } catch (error) {
    return {
      id: call.id,
      rejected: error instanceof Error ? error.message : String(error),
      redisError: error instanceof RedisError,
    };
  }
}

/**
 * The thread of `thread-engine.ts`: the in-memory Redis, running calls in arrival order (the
 * engine itself serialises them, which keeps scripts and transactions atomic) and answering a
 * batch in one message.
 */
parentPort?.on('message', (calls: EngineCall[]) => {
  void Promise.all(calls.map(answer)).then((replies) => parentPort?.postMessage(replies));
});
