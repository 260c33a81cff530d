import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { LOCALES, type Locale } from '@/lib/i18n/locales';

/** A time zone's exemplar city in each app language, e.g. Europe/Lisbon → Lisbon, Lisboa, … */
export interface ExemplarCity {
  /** CLDR zone id (CLDR keeps some older ids, e.g. `Asia/Calcutta`). */
  zone: string;
  names: Record<Locale, string>;
}

/** A node of CLDR's `zone` tree: areas nest down to zones, which carry `_type: 'zone'`. */
interface ZoneNode {
  _type?: string;
  exemplarCity?: string;
  [key: string]: unknown;
}

/**
 * Exemplar cities of the IANA zones in CLDR's time-zone names (`cldr-dates-full`), in every app
 * language. CLDR leaves out a city named as in the zone id ("Sao_Paulo" → "Sao Paulo"), so that
 * name stands in. Only the names are kept: the rest of each file is left to the garbage collector.
 *
 * @example
 * readExemplarCities().find((city) => city.zone === 'Europe/Lisbon')?.names.pt; // 'Lisboa'
 */
export function readExemplarCities(): ExemplarCity[] {
  const require = createRequire(import.meta.url);
  const byLocale = new Map<Locale, Map<string, string>>();
  for (const locale of LOCALES) {
    // Read, not required: a required JSON file would stay in the module cache for the process.
    const file = require.resolve(
      /* turbopackIgnore: true */ `cldr-dates-full/main/${locale}/timeZoneNames.json`,
    );
    const data = JSON.parse(readFileSync(file, 'utf8')) as {
      main: Record<string, { dates: { timeZoneNames: { zone: Record<string, ZoneNode> } } }>;
    };
    const zones = new Map<string, string>();
    collectCities(data.main[locale]?.dates.timeZoneNames.zone ?? {}, '', zones);
    byLocale.set(locale, zones);
  }
  const zoneIds = new Set([...byLocale.values()].flatMap((zones) => [...zones.keys()]));
  return [...zoneIds].map((zone) => {
    const fallback = zone.slice(zone.lastIndexOf('/') + 1).replaceAll('_', ' ');
    const names = Object.fromEntries(
      LOCALES.map((locale) => [locale, byLocale.get(locale)?.get(zone) ?? fallback]),
    ) as Record<Locale, string>;
    return { zone, names };
  });
}

function collectCities(node: Record<string, unknown>, path: string, out: Map<string, string>) {
  for (const [key, child] of Object.entries(node)) {
    if (typeof child !== 'object' || child === null) continue;
    const zone = child as ZoneNode;
    const id = path === '' ? key : `${path}/${key}`;
    if (zone._type === 'zone') {
      if (zone.exemplarCity !== undefined) out.set(id, zone.exemplarCity);
    } else {
      collectCities(zone, id, out);
    }
  }
}
