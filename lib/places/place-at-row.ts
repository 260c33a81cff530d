import tzLookup from '@photostructure/tz-lookup';
import { countryName } from './country-names';
import type { Gazetteer } from './gazetteer';
import type { Place } from './types';

/**
 * The place in one gazetteer row. The zone is looked up from the coordinates here, per result
 * (well under a microsecond), rather than for all rows at load.
 *
 * @example
 * placeAtRow(getGazetteer(), 0, 'en').label; // 'El Tarter, Canillo, Andorra'
 */
export function placeAtRow(gazetteer: Gazetteer, row: number, locale: string): Place {
  const countryCode = gazetteer.countryCodes[row] ?? '';
  const admin1Code = gazetteer.admin1Codes[row] ?? '';
  const name = gazetteer.names[row] ?? '';
  const admin1 = gazetteer.admin1Names.get(`${countryCode}.${admin1Code}`) ?? null;
  const country = countryName(countryCode, locale);
  const lat = gazetteer.lats[row] ?? 0;
  const lon = gazetteer.lons[row] ?? 0;
  return {
    id: gazetteer.ids[row] ?? 0,
    name,
    admin1,
    countryCode,
    countryName: country,
    lat,
    lon,
    population: gazetteer.populations[row] ?? 0,
    timeZone: tzLookup(lat, lon),
    label: [name, admin1 !== name ? admin1 : null, country].filter(Boolean).join(', '),
  };
}
