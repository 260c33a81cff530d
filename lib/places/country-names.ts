interface LocaleNames {
  display: Intl.DisplayNames;
  // ICU's lookup costs microseconds and every place answer (searches list dozens) names its
  // country: names are kept. Only well-formed region codes get this far (others throw).
  byCode: Map<string, string>;
}

const namesByLocale = new Map<string, LocaleNames>();

/**
 * Country name from the runtime's CLDR data; the code itself when CLDR has no name.
 *
 * @example
 * countryName('DE'); // 'Germany'
 * countryName('DE', 'fr'); // 'Allemagne'
 */
export function countryName(countryCode: string, locale = 'en'): string {
  let names = namesByLocale.get(locale);
  if (!names) {
    const display = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
    names = { display, byCode: new Map() };
    namesByLocale.set(locale, names);
  }
  let name = names.byCode.get(countryCode);
  if (name === undefined) {
    name = names.display.of(countryCode) ?? countryCode;
    names.byCode.set(countryCode, name);
  }
  return name;
}

/** Everyday names that are neither an ISO code nor a prefix of the CLDR English name. */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  usa: 'US',
  uk: 'GB',
  uae: 'AE',
};
