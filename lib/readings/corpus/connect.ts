import type { Corpus } from './types';

/** Names that stay capitalised after a connective: bodies, angles and signs are proper nouns. */
function properNames(corpus: Corpus): readonly string[] {
  const { bodies, angles, signs } = corpus.names;
  return [...Object.values(bodies), ...Object.values(angles), ...Object.values(signs)];
}

function startsWithName(entry: string, names: readonly string[]): boolean {
  return names.some(
    (name) => entry.startsWith(name) && !/[\p{L}\p{N}]/u.test(entry.charAt(name.length)),
  );
}

/**
 * Joins a connective from `corpus.connectives` to an entry as the corpus contract says: after a
 * comma the entry continues the sentence and loses its initial capital unless it opens with a
 * proper name; after a colon or full stop it follows unchanged.
 *
 * @example
 * withConnective(en, 'At the same time,', 'You love beginnings.'); // 'At the same time, you love beginnings.'
 * withConnective(en, 'At the same time,', 'Venus rules here.'); // 'At the same time, Venus rules here.'
 */
export function withConnective(corpus: Corpus, connective: string, entry: string): string {
  const text = entry.trimStart();
  if (!connective.endsWith(',') || startsWithName(text, properNames(corpus))) {
    return `${connective} ${text}`;
  }
  return `${connective} ${text.charAt(0).toLocaleLowerCase()}${text.slice(1)}`;
}
