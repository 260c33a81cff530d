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

/** A worker thread of `chart-caster.ts`: casts a batch of charts, answering them in one message. */
parentPort?.on('message', (tasks: CastTask[]) => {
  parentPort?.postMessage(tasks.map(answer));
});
