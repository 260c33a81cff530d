import { and, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { readings, readingSections, type ReadingRow } from '@/db/schema';
import type { StoredSection } from './reading-state';

type Key = { chartHash: string; locale: string };

const keyOf = (key: Key) =>
  and(eq(readings.chartHash, key.chartHash), eq(readings.locale, key.locale));

/**
 * Claims a reading for generation: inserts it as pending, or re-opens a failed one.
 * Returns true when this caller should send the event (exactly one concurrent caller does).
 */
export async function claimReading(
  db: Database,
  key: Key & { requestedBy: string | null },
): Promise<boolean> {
  const inserted = await db
    .insert(readings)
    .values({ ...key, status: 'pending', sectionsTotal: 0 })
    .onConflictDoNothing()
    .returning({ status: readings.status });
  if (inserted.length > 0) return true;
  const reopened = await db
    .update(readings)
    .set({ status: 'pending', finishedAt: null })
    .where(and(keyOf(key), eq(readings.status, 'failed')))
    .returning({ status: readings.status });
  return reopened.length > 0;
}

export async function setReadingStatus(
  db: Database,
  key: Key,
  status: ReadingRow['status'],
  sectionsTotal?: number,
): Promise<void> {
  await db
    .update(readings)
    .set({
      status,
      ...(sectionsTotal === undefined ? {} : { sectionsTotal }),
      ...(status === 'done' || status === 'failed' ? { finishedAt: new Date() } : {}),
    })
    .where(keyOf(key));
}

/** Stores one finished section; a retried step finds it there and writes nothing twice. */
export async function storeSection(db: Database, key: Key, section: StoredSection): Promise<void> {
  await db
    .insert(readingSections)
    .values({ ...key, ...section })
    .onConflictDoNothing();
}
