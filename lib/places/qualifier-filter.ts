import { COUNTRY_ALIASES, countryName } from './country-names';
import type { Gazetteer } from './gazetteer';
import { normalizeName } from './normalize-name';

interface NamedRegion {
  countryCode: string;
  /** Admin1 code; empty for a country. */
  adminCode: string;
  /** Normalised English name. */
  name: string;
}

interface Catalogue {
  countries: NamedRegion[];
  admins: NamedRegion[];
}

/** Keeps a gazetteer row or not. */
export type RowFilter = (row: number) => boolean;

const catalogues = new WeakMap<Gazetteer, Catalogue>();

/**
 * Filter for the comma parts of a query such as `Springfield, Illinois` or `Paris, FR`. Each
 * part must match the place's country (ISO code, English name or its word prefix, or a common
 * alias such as `USA`) or its admin1 region (name or word prefix, or a letter code such as
 * `IL`). Returns `null` when there is nothing to filter on.
 *
 * @example
 * const keep = qualifierFilter(getGazetteer(), ['Illinois']);
 * keep?.(rowOfSpringfieldIllinois); // true
 */
export function qualifierFilter(gazetteer: Gazetteer, parts: readonly string[]): RowFilter | null {
  const qualifiers = parts.map(normalizeName).filter((part) => part !== '');
  if (qualifiers.length === 0) return null;
  const catalogue = catalogueOf(gazetteer);
  const matchers = qualifiers.map((qualifier) => regionMatcher(catalogue, qualifier));
  return (row) => {
    const country = gazetteer.countryCodes[row] ?? '';
    const admin = gazetteer.admin1Codes[row] ?? '';
    return matchers.every(({ countries, admins }) => {
      return countries.has(country) || (admins.get(country)?.has(admin) ?? false);
    });
  };
}

function regionMatcher(catalogue: Catalogue, qualifier: string) {
  const isCode = /^[a-z]{2,3}$/.test(qualifier);
  const countries = new Set<string>();
  const alias = COUNTRY_ALIASES[qualifier];
  if (alias) countries.add(alias);
  for (const country of catalogue.countries) {
    const byCode = isCode && country.countryCode.toLowerCase() === qualifier;
    // Two letters are a code, not the start of every country name beginning with them.
    const byName = qualifier.length > 2 && startsWithWord(country.name, qualifier);
    if (byCode || byName) countries.add(country.countryCode);
  }
  const admins = new Map<string, Set<string>>();
  for (const admin of catalogue.admins) {
    const byCode = isCode && admin.adminCode.toLowerCase() === qualifier;
    if (byCode || startsWithWord(admin.name, qualifier)) {
      const codes = admins.get(admin.countryCode) ?? new Set<string>();
      codes.add(admin.adminCode);
      admins.set(admin.countryCode, codes);
    }
  }
  return { countries, admins };
}

function startsWithWord(name: string, prefix: string): boolean {
  return name.startsWith(prefix) || name.includes(` ${prefix}`);
}

function catalogueOf(gazetteer: Gazetteer): Catalogue {
  let catalogue = catalogues.get(gazetteer);
  if (!catalogue) {
    const countries = [...new Set(gazetteer.countryCodes)].map((countryCode) => ({
      countryCode,
      adminCode: '',
      name: normalizeName(countryName(countryCode)),
    }));
    const admins = [...gazetteer.admin1Names].map(([key, name]) => {
      const [countryCode = '', adminCode = ''] = key.split('.');
      return { countryCode, adminCode, name: normalizeName(name) };
    });
    catalogue = { countries, admins };
    catalogues.set(gazetteer, catalogue);
  }
  return catalogue;
}
