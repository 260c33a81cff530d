import { createHash } from 'node:crypto';
import { AstroError } from '@/lib/astro/errors';
import type { HouseSystem, Zodiac } from '@/lib/astro/types';

export type JsonValue =
  string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** Everything that changes a computed chart. */
export interface ChartHashInput {
  /** UT instant of the chart; only whole seconds count. */
  utc: Date;
  /** Degrees north, −90…90. */
  latitude: number;
  /** Degrees east, −180…180. */
  longitude: number;
  houseSystem: HouseSystem;
  zodiac: Zodiac;
  /** True for a noon chart drawn because the time of birth is unknown. */
  timeUnknown: boolean;
  /** Further settings that change the result, e.g. `{ orbs: 'classic' }`; keys in any order. */
  options?: { readonly [key: string]: JsonValue };
}

/** Bumped whenever the normalisation changes, so old and new hashes never collide. */
export const CHART_HASH_VERSION = 1;
/** 4 decimals of a degree ≈ 11 m of latitude: finer than any birth place is known. */
export const COORDINATE_DECIMALS = 4;
/** base64url characters kept: 16 × 6 = 96 bits of SHA-256. */
export const CHART_HASH_LENGTH = 16;

// Intl rounds the shortest decimal form of the number (what the user typed), half away from
// zero, so 1.00005 → 1.0001 even though its binary value is a hair below the half.
const coordinateFormat = new Intl.NumberFormat('en-US', {
  maximumFractionDigits: COORDINATE_DECIMALS,
  roundingMode: 'halfExpand',
  useGrouping: false,
});

/**
 * Stable content hash of a chart's inputs: the canonical JSON of the normalised input (sorted
 * keys, instant truncated to the second, coordinates rounded to 4 decimals) hashed with SHA-256
 * and cut to 16 base64url characters. Same chart → same hash, whatever the key order.
 *
 * @example
 * chartHash({
 *   utc: new Date('1990-08-15T19:45:10Z'), latitude: 48.8566, longitude: 2.3522,
 *   houseSystem: 'placidus', zodiac: { kind: 'tropical' }, timeUnknown: false,
 * }); // '0Jn-q8zglIproJxK'
 */
export function chartHash(input: ChartHashInput): string {
  const digest = createHash('sha256').update(canonicalChartJson(input)).digest('base64url');
  return digest.slice(0, CHART_HASH_LENGTH);
}

/**
 * The canonical JSON that `chartHash` hashes; useful to see why two hashes differ.
 *
 * @example
 * canonicalChartJson({ ...input, options: { b: 1, a: 2 } });
 * // '{"houseSystem":"placidus","latitude":48.8566,…,"options":{"a":2,"b":1},…,"v":1,…}'
 */
export function canonicalChartJson(input: ChartHashInput): string {
  const normalised: JsonValue = {
    v: CHART_HASH_VERSION,
    utc: wholeSecondIso(input.utc),
    latitude: roundCoordinate(checkRange(input.latitude, 90, 'latitude')),
    longitude: wrapAntimeridian(roundCoordinate(checkRange(input.longitude, 180, 'longitude'))),
    houseSystem: input.houseSystem,
    zodiac:
      input.zodiac.kind === 'sidereal'
        ? { kind: 'sidereal', ayanamsa: input.zodiac.ayanamsa }
        : { kind: 'tropical' },
    timeUnknown: input.timeUnknown,
    options: input.options ?? {},
  };
  return canonicalJson(normalised);
}

function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') {
    return JSON.stringify(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new AstroError('invalid_option', 'options must be finite');
    return JSON.stringify(value === 0 ? 0 : value);
  }
  if (isJsonArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  // Keys compare by UTF-16 code units, like Array.prototype.sort, independent of locale.
  const members = Object.entries(value)
    .filter(([, member]) => member !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`);
  return `{${members.join(',')}}`;
}

function isJsonArray(value: JsonValue): value is readonly JsonValue[] {
  return Array.isArray(value);
}

function wholeSecondIso(utc: Date): string {
  const ms = utc.getTime();
  if (!Number.isFinite(ms)) throw new AstroError('invalid_instant', 'utc is not a valid date');
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

function checkRange(value: number, limit: number, name: string): number {
  if (!Number.isFinite(value) || Math.abs(value) > limit) {
    throw new AstroError(`invalid_${name}`, `${name} must be within ±${limit}, got ${value}`);
  }
  return value;
}

function roundCoordinate(value: number): number {
  const rounded = Number(coordinateFormat.format(value));
  return rounded === 0 ? 0 : rounded;
}

/** 180° E and 180° W are the same meridian. */
function wrapAntimeridian(longitude: number): number {
  return longitude === 180 ? -180 : longitude;
}
