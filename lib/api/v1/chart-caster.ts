import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { env } from '@/lib/config/env';
import { insideNextServer } from '@/lib/config/next-server';
import { AppError, type AppErrorContext, type ErrorCode } from '@/lib/errors/app-error';
import { logger } from '@/lib/logging/logger';
import { BatchedWorker, type WithId } from '@/lib/workers/batched-worker';
import { castChart, type CastChart, type CastRequest } from './cast-chart';

/** One chart for a worker to cast. */
export interface CastCall {
  request: CastRequest;
}

/** A call as a worker receives it, in batches (`BatchedWorker`). */
export type CastTask = WithId<CastCall>;

/**
 * A worker's answer to one task, in a message of its own: the cast chart, a refusal to show
 * the client, or a failure.
 */
export type CastReply = { id: number } & (
  | { cast: CastChart }
  | { refusal: { code: ErrorCode; message: string; context: AppErrorContext } }
  | { failure: string }
);

export interface ChartCaster {
  cast(request: CastRequest): Promise<CastChart>;
  /** Stops the workers; requests still running are refused. */
  close(): Promise<void>;
}

export interface ChartCasterOptions {
  /** Worker threads; 0 casts on the calling thread. */
  workers: number;
  /** Starts one worker; tests start the TypeScript entry through tsx. */
  spawn?: () => Worker;
}

type CastThread = BatchedWorker<CastCall, CastReply>;

/**
 * Casts charts on worker threads: computing a chart and serialising its 28 KB answer takes a
 * few hundred microseconds of CPU, which on the request thread is time no other request is
 * served. Requests go to the thread with the fewest in flight, batched per turn of the event
 * loop (`BatchedWorker`: under load one message carries many) and answered one by one as they
 * are cast; a thread that dies fails its requests (they are pure, the caller may retry) and
 * is replaced on the next request.
 *
 * A hand-made pool rather than Piscina: Next's bundler only builds a worker's entry (with our
 * `@/` imports) from the literal `new Worker(new URL('./x.ts', import.meta.url))`.
 *
 * @example const { hash, body } = await createChartCaster({ workers: 2 }).cast({ subject, location: null });
 */
export function createChartCaster(options: ChartCasterOptions): ChartCaster {
  const spawn = options.spawn ?? spawnCastWorker;
  const threads: (CastThread | undefined)[] = Array.from(
    { length: options.workers },
    () => undefined,
  );
  let closed = false;

  function start(slot: number): CastThread {
    const thread: CastThread = new BatchedWorker(spawn(), {
      name: 'chart worker',
      onCrash: (error) => logger.error({ err: error }, 'chart worker crashed'),
      onExit: (code) => {
        if (!closed) logger.warn({ code }, 'chart worker exited; the next request starts another');
      },
    });
    threads[slot] = thread;
    return thread;
  }

  function leastBusy(): CastThread {
    let slot = 0;
    for (let i = 1; i < threads.length; i += 1) {
      if ((threads[i]?.inFlight ?? 0) < (threads[slot]?.inFlight ?? 0)) slot = i;
    }
    const thread = threads[slot];
    return thread && !thread.dead ? thread : start(slot);
  }

  return {
    async cast(request) {
      if (options.workers === 0) return castChart(request);
      if (closed) throw new Error('the chart caster is closed');
      return castOf(await leastBusy().send({ request }));
    },
    async close() {
      closed = true;
      await Promise.all(threads.map((thread) => thread?.terminate()));
    },
  };
}

/** The chart in a worker's reply, or the error the reply stands for. */
function castOf(reply: CastReply): CastChart {
  if ('cast' in reply) return reply.cast;
  if ('refusal' in reply) {
    const { code, message, context } = reply.refusal;
    throw new AppError(code, message, context);
  }
  throw new Error(`chart worker failed: ${reply.failure}`);
}

function spawnCastWorker(): Worker {
  return new Worker(new URL('./cast-chart.worker.ts', import.meta.url));
}

let shared: ChartCaster | undefined;

/**
 * The process's caster: `CHART_WORKERS` threads, by default one fewer than the cores (at most
 * 4; none on a single core, or outside the Next server).
 */
export function chartCaster(): ChartCaster {
  shared ??= createChartCaster({
    workers:
      env().CHART_WORKERS ??
      (insideNextServer() ? Math.min(4, Math.max(0, availableParallelism() - 1)) : 0),
  });
  return shared;
}
