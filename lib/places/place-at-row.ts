import { countryName } from './country-names';
import type { Gazetteer } from './gazetteer';
import type { Place } from './types';
import { zoneAt } from './zone-at';

/** Zone by row, filled as places are shown: typing a name repeats the same results. */
const zonesByRow = new WeakMap<Gazetteer, (string | undefined)[]>();

/**
 * The place in one gazetteer row, under `shownName` when given (a localized name of it). The zone is looked up from the coordinates here, per result,
 * rather than for all 135k rows at load (about a second).
 *
 * @example
 * placeAtRow(getGazetteer(), 0, 'en').label; // 'El Tarter, Canillo, Andorra'
 */
export function placeAtRow(
  gazetteer: Gazetteer,
  row: number,
  locale: string,
  shownName?: string,
): Place {
  const countryCode = gazetteer.countryCodes[row] ?? '';
  const admin1Code = gazetteer.admin1Codes[row] ?? '';
  const name = shownName ?? gazetteer.names[row] ?? '';
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
    timeZone: rowZone(gazetteer, row, lat, lon),
    label: [name, admin1 !== name ? admin1 : null, country].filter(Boolean).join(', '),
  };
}

function rowZone(gazetteer: Gazetteer, row: number, lat: number, lon: number): string {
  let zones = zonesByRow.get(gazetteer);
  if (!zones) {
    zones = new Array<string | undefined>(gazetteer.size);
    zonesByRow.set(gazetteer, zones);
  }
  zones[row] ??= zoneAt(lat, lon);
  return zones[row];
}
