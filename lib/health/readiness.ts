import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { redis } from '@/lib/redis/client';
import { checkRealtime } from '@/lib/realtime/health';

export type ComponentName = 'database' | 'redis' | 'realtime';

export interface ComponentStatus {
  ok: boolean;
  ms: number;
  error?: string;
}

export interface Readiness {
  ok: boolean;
  components: Record<ComponentName, ComponentStatus>;
}

const TIMEOUT_MS = 2_000;

async function probe(check: () => Promise<unknown>): Promise<ComponentStatus> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      }),
    ]);
    return { ok: true, ms: Math.round(performance.now() - started) };
  } catch (error) {
    // The message names the failure without connection strings or credentials.
    const message = error instanceof Error ? error.message.split('\n')[0]?.slice(0, 200) : 'failed';
    return { ok: false, ms: Math.round(performance.now() - started), error: message };
  } finally {
    clearTimeout(timer);
  }
}

/** Checks every dependency in parallel; ready only when all answer. */
export async function checkReadiness(): Promise<Readiness> {
  const [database, cache, realtime] = await Promise.all([
    probe(() => db().execute(sql`select 1`)),
    probe(() => redis().ping()),
    probe(async () => {
      const result = await checkRealtime();
      if (!result.ok) throw new Error(result.detail);
    }),
  ]);
  const components = { database, redis: cache, realtime };
  return { ok: Object.values(components).every((c) => c.ok), components };
}
