import { normalizeName } from '../places/normalize-name';
import { famousDataset } from './dataset';
import type { FamousPerson } from './schema';

const DEFAULT_LIMIT = 20;

let searchNames: Map<FamousPerson, string> | null = null;

function normalizedNames(): Map<FamousPerson, string> {
  searchNames ??= new Map(
    famousDataset().people.map((person) => [person, ` ${normalizeName(person.name)}`]),
  );
  return searchNames;
}

/**
 * Famous people whose name contains every word of the query as the start of a word, accent- and
 * case-insensitively; names starting with the query first, then name order.
 *
 * @example
 * searchFamous('dali')[0]?.name; // 'Salvador Dalí'
 * searchFamous('GARCIA marq')[0]?.name; // 'Gabriel García Márquez'
 */
export function searchFamous(query: string, options: { limit?: number } = {}): FamousPerson[] {
  const words = normalizeName(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const limit = Math.max(1, Math.trunc(options.limit ?? DEFAULT_LIMIT) || DEFAULT_LIMIT);
  const leading: FamousPerson[] = [];
  const inner: FamousPerson[] = [];
  const firstWord = ` ${words[0] ?? ''}`;
  for (const [person, name] of normalizedNames()) {
    if (!words.every((word) => name.includes(` ${word}`))) continue;
    (name.startsWith(firstWord) ? leading : inner).push(person);
  }
  return [...leading, ...inner].slice(0, limit);
}
