import type { Database } from '@/db/client';
import { charts } from '@/db/schema';
import type { ResolvedSubject } from './resolve-subject';

/** Stores a subject's input under its chart hash; the same input always lands on one row. */
export async function storeChart(db: Database, subject: ResolvedSubject): Promise<string> {
  const { chart } = subject;
  await db
    .insert(charts)
    .values({
      hash: chart.hash,
      input: subject.stored,
      birth: subject.birth,
      engineVersion: chart.meta.engineVersion,
    })
    .onConflictDoNothing();
  return chart.hash;
}
