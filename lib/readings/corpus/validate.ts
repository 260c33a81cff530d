import type { Corpus } from './types';

/** Parts whose strings are labels rather than paragraphs, so the minimum length does not apply. */
const LABEL_PARTS: ReadonlySet<string> = new Set(['sectionTitles', 'connectives', 'names']);

/** Shortest paragraph accepted outside the label parts, in characters. */
export const MIN_ENTRY_LENGTH = 30;

/**
 * Marks of unfinished text. Case matters for TODO and TBD because "todo" is an ordinary word in
 * Spanish and Portuguese.
 */
const PLACEHOLDER_CASED = /TODO|TBD|FIXME/;
const PLACEHOLDER_ANY_CASE = /lorem|ipsum|\[|\]|\{\{|\}\}|…|\.\.\.|\bXXX\b/i;

/** One string of a corpus with its dotted path, e.g. `planetInSign.sun.aries`. */
export interface CorpusLeaf {
  path: string;
  value: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Every string position of `reference`, read at the same path in `candidate`.
 *
 * @example
 * leavesAlong(en, es).find((l) => l.path === 'planetInSign.sun.aries')?.value; // the Spanish text
 */
export function leavesAlong(reference: unknown, candidate: unknown, path = ''): CorpusLeaf[] {
  if (!isRecord(reference)) return [{ path, value: candidate }];
  return Object.keys(reference).flatMap((key) =>
    leavesAlong(
      reference[key],
      isRecord(candidate) ? candidate[key] : undefined,
      path ? `${path}.${key}` : key,
    ),
  );
}

function isPlaceholder(text: string): boolean {
  return PLACEHOLDER_CASED.test(text) || PLACEHOLDER_ANY_CASE.test(text);
}

/**
 * Everything wrong with `candidate` measured against the reference corpus (English): a missing or
 * empty entry, a paragraph shorter than {@link MIN_ENTRY_LENGTH}, a placeholder mark, or the same
 * text used twice. An empty list means the locale is complete.
 *
 * @example
 * corpusProblems(en, es); // [] when Spanish has every entry English has
 */
export function corpusProblems(reference: Corpus, candidate: unknown): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const { path, value } of leavesAlong(reference, candidate)) {
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push(`${path}: missing`);
      continue;
    }
    const part = path.split('.')[0] ?? '';
    if (!LABEL_PARTS.has(part) && value.length < MIN_ENTRY_LENGTH) {
      problems.push(`${path}: shorter than ${MIN_ENTRY_LENGTH} characters`);
    }
    if (isPlaceholder(value)) problems.push(`${path}: placeholder text`);
    const normalised = value.trim().toLowerCase();
    const earlier = seen.get(normalised);
    if (earlier) problems.push(`${path}: same text as ${earlier}`);
    else seen.set(normalised, path);
  }
  return problems;
}
