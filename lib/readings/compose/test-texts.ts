/** Traces composed text back to the corpus entries it was built from, for the tests. */
import type { Corpus } from '@/lib/readings/corpus';
import { leavesAlong } from '@/lib/readings/corpus/validate';

export interface Trace {
  /** Corpus paths of the entries a paragraph is made of, main entry last. */
  paths: string[];
}

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** Index of every string of a corpus by its text. */
export function corpusIndex(corpus: Corpus): Map<string, string> {
  const index = new Map<string, string>();
  for (const { path, value } of leavesAlong(corpus, corpus)) {
    if (typeof value === 'string') index.set(value, path);
  }
  return index;
}

/**
 * The corpus entries a paragraph is made of: an entry alone, a connective then an entry (whose
 * first letter the connective may have lowered), or an aspect kind's lead-in then a pair text.
 * Undefined when the paragraph holds any text the corpus does not.
 */
export function trace(
  paragraph: string,
  corpus: Corpus,
  index: Map<string, string>,
): Trace | undefined {
  const direct = index.get(paragraph);
  if (direct) return { paths: [direct] };
  for (const [prefix, path] of index) {
    if (!paragraph.startsWith(`${prefix} `)) continue;
    const rest = paragraph.slice(prefix.length + 1);
    const isConnective = corpus.connectives.includes(prefix);
    const isLeadIn = path.startsWith('aspectKind.');
    if (!isConnective && !isLeadIn) continue;
    const entry = index.get(rest) ?? (isConnective ? index.get(capitalised(rest)) : undefined);
    if (entry && (!isLeadIn || entry.startsWith('aspect.'))) return { paths: [path, entry] };
  }
  return undefined;
}
