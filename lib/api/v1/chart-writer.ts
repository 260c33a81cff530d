import { LRUCache } from 'lru-cache';
import { charts } from '@/db/schema';
import type { Database } from '@/db/client';

export type ChartRow = typeof charts.$inferInsert;

export interface ChartWriter {
  /** Resolves once the row is stored (or was already). */
  store(row: ChartRow): Promise<void>;
}

/** Rows a statement carries at most (4 parameters each, far under PostgreSQL's 65,535). */
const MAX_BATCH = 500;
const KNOWN_HASHES = 10_000;

/**
 * Stores chart inputs the way many concurrent API requests need it: rows that arrive in the
 * same turn of the event loop go in one `INSERT … ON CONFLICT DO NOTHING` (one statement's
 * overhead shared by all of them, each caller still waiting for its row to be committed, so a
 * `GET` after the `201` finds it), and a hash this process already stored is not written
 * again: charts are never deleted and the same input always has the same hash. Rows go in
 * hash order so two instances inserting the same charts cannot deadlock.
 *
 * @example await createChartWriter(db).store({ hash, input, birth, engineVersion });
 */
export function createChartWriter(db: Database): ChartWriter {
  const known = new LRUCache<string, true>({ max: KNOWN_HASHES });
  const pending: { row: ChartRow; done: () => void; failed: (error: unknown) => void }[] = [];

  function flush(): void {
    const batch = pending.splice(0, MAX_BATCH);
    if (pending.length > 0) setImmediate(flush);
    const rows = [...new Map(batch.map(({ row }) => [row.hash, row])).values()].sort((a, b) =>
      a.hash < b.hash ? -1 : 1,
    );
    db.insert(charts)
      .values(rows)
      .onConflictDoNothing()
      .then(
        () => {
          for (const { hash } of rows) known.set(hash, true);
          for (const { done } of batch) done();
        },
        (error: unknown) => {
          for (const { failed } of batch) failed(error);
        },
      );
  }

  return {
    store(row) {
      if (known.has(row.hash)) return Promise.resolve();
      return new Promise((done, failed) => {
        pending.push({ row, done, failed });
        if (pending.length === 1) setImmediate(flush);
      });
    },
  };
}
