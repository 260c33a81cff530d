import type { Database } from '@/db/client';
import { composeReading, type ReadingChart } from './compose';
import { readingState } from './store/reading-state';

export interface DocumentSection {
  title: string;
  paragraphs: string[];
}

/**
 * The reading a document (the PDF) prints: the stored one once its job has finished (it may
 * be an LLM's enrichment), otherwise the built-in corpus text composed now, which takes well
 * under a millisecond. A document never waits for the job.
 *
 * @example
 * const sections = await documentReading(db(), chart, { chartHash, locale: 'de' });
 */
export async function documentReading(
  db: Database,
  chart: ReadingChart,
  key: { chartHash: string; locale: string },
): Promise<DocumentSection[]> {
  const stored = await readingState(db, key);
  if (stored.status === 'done' && stored.sections.length > 0) {
    return stored.sections.map(({ title, paragraphs }) => ({ title, paragraphs }));
  }
  return composeReading(chart, { locale: key.locale }).sections.map(({ title, paragraphs }) => ({
    title,
    paragraphs,
  }));
}
