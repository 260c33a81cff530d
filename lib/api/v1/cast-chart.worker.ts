import { parentPort } from 'node:worker_threads';
import { AppError } from '@/lib/errors/app-error';
import { castChart } from './cast-chart';
import type { CastReply, CastTask } from './chart-caster';

function answer({ id, request }: CastTask): CastReply {
  try {
    return { id, cast: castChart(request) };
  } catch (error) {
    return error instanceof AppError
      ? { id, refusal: { code: error.code, message: error.message, context: error.context } }
      : { id, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

/**
 * A worker thread of `chart-caster.ts`: casts a batch of charts, answering each as soon as it
 * is cast (a batch answered at once would leave the request thread idle while it waits, then
 * the worker idle while the request thread sends them all). Bodies are moved, not copied.
 */
parentPort?.on('message', (tasks: CastTask[]) => {
  for (const task of tasks) {
    const reply = answer(task);
    parentPort?.postMessage(reply, 'cast' in reply ? [reply.cast.body.buffer] : []);
  }
});
