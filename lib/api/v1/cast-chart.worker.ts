import { parentPort } from 'node:worker_threads';
import { AppError } from '@/lib/errors/app-error';
import { castChart, type CastRequest } from './cast-chart';
import type { CastReply } from './chart-caster';

/** A worker thread of `chart-caster.ts`: casts charts, answering each request by its id. */
parentPort?.on('message', ({ id, request }: { id: number; request: CastRequest }) => {
  let reply: CastReply;
  try {
    reply = { id, cast: castChart(request) };
  } catch (error) {
    reply =
      error instanceof AppError
        ? { id, refusal: { code: error.code, message: error.message, context: error.context } }
        : { id, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
