import { corpusFor } from '@/lib/readings/corpus';

/**
 * Body and sign names (in the reading's corpus) that `text` mentions but `source` does not: a
 * rewrite naming one has moved or invented a placement. Whole-word and case-sensitive, as the
 * corpus capitalises its names.
 *
 * @example
 * inventedNames('Your Sun in Leo meets Venus.', 'Your Sun in Leo.', 'en'); // ['Venus']
 */
export function inventedNames(text: string, source: string, locale: string): string[] {
  const { bodies, signs } = corpusFor(locale).names;
  const names = [...Object.values(bodies), ...Object.values(signs)];
  return names.filter((name) => mentions(text, name) && !mentions(source, name));
}

function mentions(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}
