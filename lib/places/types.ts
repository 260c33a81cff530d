/** A populated place from the gazetteer, ready to fill a birth form. */
export interface Place {
  /** GeoNames id: stable across data updates, usable in URLs and the database. */
  id: number;
  name: string;
  /** First-level administrative region (state, province, région), when GeoNames names it. */
  admin1: string | null;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
  /** Country name in the requested locale (English by default). */
  countryName: string;
  /** Degrees north. */
  lat: number;
  /** Degrees east. */
  lon: number;
  population: number;
  /** IANA zone at the coordinates, e.g. `America/Chicago`. */
  timeZone: string;
  /** `name, admin1, country` for display, e.g. `Springfield, Illinois, United States`. */
  label: string;
}

export interface SearchPlacesOptions {
  /** Maximum results, 1–50; 10 by default. */
  limit?: number;
  /** ISO 3166-1 alpha-2 code restricting the results to one country. */
  country?: string;
  /** Locale of `countryName` and `label`; `en` by default. */
  locale?: string;
}
