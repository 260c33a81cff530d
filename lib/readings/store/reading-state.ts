import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { readings, readingSections, type ReadingRow } from '@/db/schema';

export interface StoredSection {
  sectionId: string;
  position: number;
  title: string;
  paragraphs: string[];
}

export interface ReadingState {
  status: ReadingRow['status'] | 'none';
  sectionsTotal: number;
  sections: StoredSection[];
}

/** What is stored of a reading so far: a page shows it at once and listens for the rest. */
export async function readingState(
  db: Database,
  key: { chartHash: string; locale: string },
): Promise<ReadingState> {
  const where = and(eq(readings.chartHash, key.chartHash), eq(readings.locale, key.locale));
  const [row] = await db.select().from(readings).where(where).limit(1);
  if (!row) return { status: 'none', sectionsTotal: 0, sections: [] };
  const sections = await db
    .select({
      sectionId: readingSections.sectionId,
      position: readingSections.position,
      title: readingSections.title,
      paragraphs: readingSections.paragraphs,
    })
    .from(readingSections)
    .where(
      and(eq(readingSections.chartHash, key.chartHash), eq(readingSections.locale, key.locale)),
    )
    .orderBy(asc(readingSections.position));
  return { status: row.status, sectionsTotal: row.sectionsTotal, sections };
}
