import { placeAtRow } from './place-at-row';
import { qualifierFilter, type RowFilter } from './qualifier-filter';
import { normalizeName } from './normalize-name';
import { getSearchIndex, prefixRange, type SearchIndex } from './search-index';
import type { Place, SearchPlacesOptions } from './types';

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 50;
/** Added to log10(population): an exact name outranks a prefix of a 1000× bigger place. */
const EXACT_BONUS = 3;
/** A prefix of the whole name outranks a word inside a name of a 10× bigger place. */
const NAME_PREFIX_BONUS = 1;

/**
 * Finds places by name: accent- and case-insensitive, matching prefixes of the name or of any
 * word in it, best first (exact name, then name prefix, then word prefix, weighed against
 * log10 of the population). Text after a comma filters by country or admin1 region:
 * `Paris, FR`, `Springfield, Illinois`, `Springfield, IL`, `Springfield, US`.
 *
 * @example
 * searchPlaces('new y', { limit: 1 })[0]?.name; // 'New York City'
 * searchPlaces('Springfield, Illinois')[0]?.label; // 'Springfield, Illinois, United States'
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
  const rows = topRows(index, name, limit, keep);
  return rows.map((row) => placeAtRow(gazetteer, row, options.locale ?? 'en'));
}

interface Ranked {
  row: number;
  score: number;
}

/** Best `limit` rows for the prefix, each row once with its best score. */
function topRows(index: SearchIndex, name: string, limit: number, keep: RowFilter | null) {
  const { keys, rows, wholeName, populationScore } = index;
  const [start, end] = prefixRange(keys, name);
  const best: Ranked[] = [];
  let threshold = Number.NEGATIVE_INFINITY;
  for (let position = start; position < end; position += 1) {
    const row = rows[position] ?? 0;
    const bonus =
      wholeName[position] === 1 ? (keys[position] === name ? EXACT_BONUS : NAME_PREFIX_BONUS) : 0;
    const score = (populationScore[row] ?? 0) + bonus;
    if (score <= threshold || (keep && !keep(row))) continue;
    insertRanked(best, { row, score }, limit);
    if (best.length === limit) threshold = best[limit - 1]?.score ?? threshold;
  }
  return best.map((entry) => entry.row);
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
