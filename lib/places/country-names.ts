const displayNames = new Map<string, Intl.DisplayNames>();

/**
 * Country name from the runtime's CLDR data; the code itself when CLDR has no name.
 *
 * @example
 * countryName('DE'); // 'Germany'
 * countryName('DE', 'fr'); // 'Allemagne'
 */
export function countryName(countryCode: string, locale = 'en'): string {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
    displayNames.set(locale, names);
  }
  return names.of(countryCode) ?? countryCode;
}

/** Everyday names that are neither an ISO code nor a prefix of the CLDR English name. */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  usa: 'US',
  uk: 'GB',
  uae: 'AE',
};
