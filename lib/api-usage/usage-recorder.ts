import type { Database } from '@/db/client';
import { utcDay } from '@/lib/analytics/utc-days';
import { logger } from '@/lib/logging/logger';
import { writeUsage, type UsageCount } from './write-usage';

export interface UsageEvent {
  keyId: string;
  /** A route pattern (see `routeLabel`), not a raw path. */
  route: string;
  at?: Date;
}

export interface UsageRecorder {
  /** Counts one call in memory; no I/O, never throws. */
  record(event: UsageEvent): void;
  /** Writes everything counted so far; on failure keeps the counts for the next try. */
  flush(): Promise<void>;
  /** Flushes and stops the timer (shutdown). */
  stop(): Promise<void>;
  /** Calls counted and not yet written. */
  pending(): number;
}

export interface UsageRecorderOptions {
  db: Database;
  /** How long counts wait in memory before a flush. */
  intervalMs?: number;
}

const DEFAULT_INTERVAL_MS = 1_000;
const SEPARATOR = '\u0000';

/**
 * Counts API calls per key, route and UTC day in this process and adds them to the
 * database every `intervalMs` with one additive upsert. A call costs a Map update; the
 * numbers are exact across processes because each flush adds, never overwrites. A crash
 * loses at most the last interval's counts.
 *
 * @example
 * const usage = createUsageRecorder({ db: db() });
 * usage.record({ keyId: apiKey.id, route: 'GET /api/v1/places' });
 */
export function createUsageRecorder(options: UsageRecorderOptions): UsageRecorder {
  const intervalMs = options.intervalMs ?? DEFAULT_INTERVAL_MS;
  let buffer = new Map<string, number>();
  let timer: NodeJS.Timeout | undefined;
  let queue: Promise<void> = Promise.resolve();

  function schedule(): void {
    if (timer || buffer.size === 0) return;
    timer = setTimeout(() => {
      timer = undefined;
      void flush();
    }, intervalMs);
    timer.unref();
  }

  async function writeBatch(): Promise<void> {
    const batch = buffer;
    buffer = new Map();
    if (batch.size === 0) return;
    try {
      await writeUsage(options.db, [...batch].map(toCount));
    } catch (error) {
      for (const [key, count] of batch) buffer.set(key, (buffer.get(key) ?? 0) + count);
      logger.warn({ err: error, rows: batch.size }, 'API usage flush failed; will retry');
      throw error;
    } finally {
      schedule();
    }
  }

  // One write at a time: a slow flush is not overtaken by the next, which keeps retries simple.
  function flush(): Promise<void> {
    const run = queue.then(writeBatch);
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    record(event) {
      const key = [event.keyId, utcDay(event.at ?? new Date()), event.route].join(SEPARATOR);
      buffer.set(key, (buffer.get(key) ?? 0) + 1);
      schedule();
    },
    flush,
    async stop() {
      clearTimeout(timer);
      timer = undefined;
      await flush();
    },
    pending() {
      let total = 0;
      for (const count of buffer.values()) total += count;
      return total;
    },
  };
}

function toCount([key, count]: [string, number]): UsageCount {
  const [keyId = '', day = '', route = ''] = key.split(SEPARATOR);
  return { keyId, day, route, count };
}
