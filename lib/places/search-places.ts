import { placeAtRow } from './place-at-row';
import { qualifierFilter, type RowFilter } from './qualifier-filter';
import { normalizeName } from './normalize-name';
import { prefixRange, type KeyTable } from './key-table';
import { getSearchIndex, type SearchIndex } from './search-index';
import type { Locale } from '@/lib/i18n/locales';
import type { Place, SearchPlacesOptions } from './types';

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 50;
/** Added to log10(population): an exact name outranks a prefix of a 1000× bigger place. */
const EXACT_BONUS = 3;
/** A prefix of the whole name outranks a word inside a name of a 10× bigger place. */
const NAME_PREFIX_BONUS = 1;

/**
 * Finds places by name: accent- and case-insensitive, matching prefixes of the name or of any
 * word in it, or of a major city's name in an app language ("Lisboa", "München"), best first (exact name, then name prefix, then word prefix, weighed against
 * log10 of the population). Text after a comma filters by country or admin1 region:
 * `Paris, FR`, `Springfield, Illinois`, `Springfield, IL`, `Springfield, US`. A place found by
 * a localized name is shown by its name in `options.locale` where it has one.
 *
 * @example
 * searchPlaces('new y', { limit: 1 })[0]?.name; // 'New York City'
 * searchPlaces('Springfield, Illinois')[0]?.label; // 'Springfield, Illinois, United States'
 * searchPlaces('Lisboa', { locale: 'pt' })[0]?.label; // 'Lisboa, Lisbon, Portugal'
 */
export function searchPlaces(query: string, options: SearchPlacesOptions = {}): Place[] {
  const [namePart = '', ...qualifiers] = query.split(',');
  const name = normalizeName(namePart);
  if (name === '') return [];
  const requested = Number.isFinite(options.limit) ? Math.trunc(options.limit ?? 0) : DEFAULT_LIMIT;
  const limit = Math.min(Math.max(requested, 1), MAX_LIMIT);
  const index = getSearchIndex();
  const { gazetteer } = index;
  const country = options.country?.toUpperCase();
  const qualifierKeep = qualifierFilter(gazetteer, qualifiers);
  const keep: RowFilter | null =
    country === undefined
      ? qualifierKeep
      : (row) => gazetteer.countryCodes[row] === country && (qualifierKeep?.(row) ?? true);
  const locale = options.locale ?? 'en';
  const language = locale.split('-')[0] as Locale;
  const best: Ranked[] = [];
  // The GeoNames names go first, so a tie keeps the place under its own name.
  rankKeys(index, index, name, limit, keep, false, best);
  rankKeys(index, index.localized.table, name, limit, keep, true, best);
  return best.map(({ row, localized }) => {
    const shownName = localized ? index.localized.namesByRow.get(row)?.[language] : undefined;
    return placeAtRow(gazetteer, row, locale, shownName);
  });
}

interface Ranked {
  row: number;
  score: number;
  /** Found through a localized name. */
  localized: boolean;
}

/** Ranks the table's rows for the prefix into `best`, each row once with its best score. */
function rankKeys(
  index: SearchIndex,
  table: KeyTable,
  name: string,
  limit: number,
  keep: RowFilter | null,
  localized: boolean,
  best: Ranked[],
): void {
  const { keys, rows, wholeName } = table;
  const [start, end] = prefixRange(keys, name);
  let threshold = best.length === limit ? (best[limit - 1]?.score ?? 0) : Number.NEGATIVE_INFINITY;
  for (let position = start; position < end; position += 1) {
    const row = rows[position] ?? 0;
    const bonus =
      wholeName[position] === 1 ? (keys[position] === name ? EXACT_BONUS : NAME_PREFIX_BONUS) : 0;
    const score = (index.populationScore[row] ?? 0) + bonus;
    if (score <= threshold || (keep && !keep(row))) continue;
    insertRanked(best, { row, score, localized }, limit);
    if (best.length === limit) threshold = best[limit - 1]?.score ?? threshold;
  }
}

/** Inserts in descending score order, replacing a lower-scored entry of the same row. */
function insertRanked(best: Ranked[], entry: Ranked, limit: number): void {
  const existing = best.findIndex((candidate) => candidate.row === entry.row);
  if (existing !== -1) {
    if ((best[existing]?.score ?? 0) >= entry.score) return;
    best.splice(existing, 1);
  }
  let at = best.length;
  while (at > 0 && (best[at - 1]?.score ?? 0) < entry.score) at -= 1;
  best.splice(at, 0, entry);
  if (best.length > limit) best.pop();
}
