import type { Sign } from '../astro/types';
import { famousDataset } from './dataset';
import { famousSigns, type FamousSigns } from './famous-signs';
import type { FamousCategory, FamousPerson } from './schema';

export interface SharedSignsQuery {
  sunSign?: Sign;
  moonSign?: Sign;
  ascSign?: Sign;
}

export interface FamousSharingOptions {
  category?: FamousCategory;
  /** Maximum results, 1–100; 20 by default. */
  limit?: number;
  /** Left out of the results (the person being compared, say). */
  excludeId?: string;
}

export type SharedPlacement = 'sun' | 'moon' | 'asc';

export interface FamousMatch {
  person: FamousPerson;
  signs: FamousSigns;
  /** Which of the asked placements this person shares, in Sun, Moon, Ascendant order. */
  shared: SharedPlacement[];
}

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

let signsByPerson: ReadonlyMap<FamousPerson, FamousSigns> | null = null;

/** Signs of everyone, computed once per process on first use. */
function allSigns(): ReadonlyMap<FamousPerson, FamousSigns> {
  signsByPerson ??= new Map(famousDataset().people.map((person) => [person, famousSigns(person)]));
  return signsByPerson;
}

/**
 * Famous people sharing the Sun, Moon or Ascendant sign given: those sharing more placements
 * first, then name order. People with an unknown birth time never match on the Ascendant, and on
 * the Sun or Moon only when it stayed in one sign all their birth day.
 *
 * @example
 * famousSharing({ sunSign: 'pisces', moonSign: 'sagittarius' }, { limit: 5 })[0]?.person.name;
 * // 'Albert Einstein' (shares both)
 */
export function famousSharing(
  query: SharedSignsQuery,
  options: FamousSharingOptions = {},
): FamousMatch[] {
  const requested = Math.trunc(options.limit ?? DEFAULT_LIMIT) || DEFAULT_LIMIT;
  const limit = Math.min(Math.max(requested, 1), MAX_LIMIT);
  const matches: FamousMatch[] = [];
  for (const [person, signs] of allSigns()) {
    if (person.id === options.excludeId) continue;
    if (options.category && !person.categories.includes(options.category)) continue;
    const shared: SharedPlacement[] = [];
    if (query.sunSign && signs.sun === query.sunSign) shared.push('sun');
    if (query.moonSign && signs.moon === query.moonSign) shared.push('moon');
    if (query.ascSign && signs.asc === query.ascSign) shared.push('asc');
    if (shared.length > 0) matches.push({ person, signs, shared });
  }
  // Stable sort: equal counts keep the dataset's name order.
  return matches.sort((a, b) => b.shared.length - a.shared.length).slice(0, limit);
}
