import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { readExemplarCities } from './exemplar-cities';
import type { Gazetteer } from './gazetteer';
import { buildKeyTable, prefixRange, type KeyTable } from './key-table';
import { normalizeName } from './normalize-name';

/** Names of major cities in the app languages ("Lisboa", "München"), beside the GeoNames names. */
export interface LocalizedNames {
  /** Keys of the names that search differently from the GeoNames name. */
  table: KeyTable;
  /** Name by language other than English, by gazetteer row, where spelt unlike the GeoNames name. */
  namesByRow: Map<number, Partial<Record<Locale, string>>>;
}

/**
 * Localized names from CLDR's time-zone exemplar cities: each zone's English exemplar city is
 * matched to the most populous place of that name in the zone's country (an exact name first,
 * else a name it begins, "New York" → New York City), and the zone's names in every app
 * language become names of that place.
 *
 * @example
 * const { namesByRow } = buildLocalizedNames(gazetteer, mainKeys);
 * namesByRow.get(rowOfLisbon)?.pt; // 'Lisboa'
 */
export function buildLocalizedNames(gazetteer: Gazetteer, mainKeys: KeyTable): LocalizedNames {
  const zonesOf = countryZones();
  const namesByRow = new Map<number, Partial<Record<Locale, string>>>();
  const keyNames: string[] = [];
  const keyRows: number[] = [];
  for (const { zone, names } of readExemplarCities()) {
    // A city with one search form in every language has nothing to add (most of them).
    if (new Set(LOCALES.map((locale) => normalizeName(names[locale]))).size === 1) continue;
    const inZone = (country: string) => zonesOf(country).includes(zone);
    const row = placeNamed(gazetteer, mainKeys, normalizeName(names.en), inZone);
    if (row === undefined) continue;
    const canonical = gazetteer.names[row] ?? '';
    const canonicalForm = normalizeName(canonical);
    const searchForms = new Set<string>();
    const shown: Partial<Record<Locale, string>> = {};
    for (const locale of LOCALES) {
      const name = names[locale];
      // GeoNames names are English already, and fuller than some of CLDR's ("New York").
      if (locale !== 'en' && name !== canonical) shown[locale] = name;
      const searchForm = normalizeName(name);
      // A name that begins the GeoNames name already finds the place through it.
      const found = canonicalForm === searchForm || canonicalForm.startsWith(`${searchForm} `);
      if (found || searchForms.has(searchForm)) continue;
      searchForms.add(searchForm);
      keyNames.push(searchForm);
      keyRows.push(row);
    }
    if (Object.keys(shown).length > 0) namesByRow.set(row, shown);
  }
  return { table: buildKeyTable(keyNames, keyRows), namesByRow };
}

/**
 * ICU's zones of a region (Intl Locale Info): a getter in Node 20, a method in later versions of
 * V8. TypeScript's lib does not describe either yet.
 */
interface RegionZones {
  timeZones?: string[];
  getTimeZones?: () => string[] | undefined;
}

/**
 * Zones of a country as ICU lists them, asked only for the countries of candidate places and
 * remembered: asking for all 247 costs about 0.5 ms each.
 */
function countryZones(): (country: string) => readonly string[] {
  const zonesByCountry = new Map<string, readonly string[]>();
  return (country) => {
    if (country === '') return [];
    let zones = zonesByCountry.get(country);
    if (zones === undefined) {
      const region = new Intl.Locale(`und-${country}`) as Intl.Locale & RegionZones;
      zones = region.getTimeZones?.() ?? region.timeZones ?? [];
      zonesByCountry.set(country, zones);
    }
    return zones;
  };
}

/** Most populous row in the zone named `name`, or else whose name begins with its words. */
function placeNamed(
  gazetteer: Gazetteer,
  mainKeys: KeyTable,
  name: string,
  inZone: (country: string) => boolean,
) {
  const [start, end] = prefixRange(mainKeys.keys, name);
  let best: number | undefined;
  let bestRank = Number.NEGATIVE_INFINITY;
  for (let position = start; position < end; position += 1) {
    const key = mainKeys.keys[position] ?? '';
    const row = mainKeys.rows[position] ?? 0;
    const exact = key === name;
    if (mainKeys.wholeName[position] !== 1) continue;
    if (!exact && !key.startsWith(`${name} `)) continue;
    if (!inZone(gazetteer.countryCodes[row] ?? '')) continue;
    // An exact name outranks any population.
    const rank = (gazetteer.populations[row] ?? 0) + (exact ? 2 ** 32 : 0);
    if (rank > bestRank) [best, bestRank] = [row, rank];
  }
  return best;
}
