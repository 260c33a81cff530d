import { parseArgs } from 'node:util';
import {
  AYANAMSAS,
  HOUSE_SYSTEMS,
  type Ayanamsa,
  type HouseSystem,
  type Zodiac,
} from '@/lib/astro/types';
import { UsageError } from './usage-error';

/** Where the birth took place: a gazetteer query, or explicit coordinates and IANA zone. */
export type LocationArg = { place: string } | { lat: number; lon: number; zone: string };

export interface ChartArgs {
  date: string;
  /** `HH:MM` or `HH:MM:SS`; null when the time is unknown. */
  time: string | null;
  location: LocationArg;
  houseSystem: HouseSystem;
  zodiac: Zodiac;
  json: boolean;
  /** Picks one reading of an ambiguous local time (DST fall-back). */
  fold: 'earlier' | 'later' | null;
  /** Explicit UTC offset in minutes, overriding the zone's rules (e.g. for a DST gap). */
  offsetMinutes: number | null;
}

export const CHART_OPTIONS = {
  date: { type: 'string' },
  time: { type: 'string' },
  place: { type: 'string' },
  lat: { type: 'string' },
  lon: { type: 'string' },
  zone: { type: 'string' },
  'house-system': { type: 'string' },
  zodiac: { type: 'string' },
  ayanamsa: { type: 'string' },
  'time-unknown': { type: 'boolean' },
  json: { type: 'boolean' },
  fold: { type: 'string' },
  offset: { type: 'string' },
} as const;

const DATE = /^(-?\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;
const OFFSET = /^([+-])(\d{2}):?(\d{2})$/;

function coordinate(name: string, raw: string | undefined, limit: number): number {
  const value = Number(raw);
  if (
    raw === undefined ||
    raw.trim() === '' ||
    !Number.isFinite(value) ||
    Math.abs(value) > limit
  ) {
    throw new UsageError(`--${name} must be a number between -${limit} and ${limit}`);
  }
  return value;
}

function location(v: { place?: string; lat?: string; lon?: string; zone?: string }): LocationArg {
  const coords = v.lat !== undefined || v.lon !== undefined || v.zone !== undefined;
  if (v.place !== undefined && coords) {
    throw new UsageError('give either --place or --lat/--lon/--zone, not both');
  }
  if (v.place !== undefined) {
    if (v.place.trim() === '') throw new UsageError('--place must not be empty');
    return { place: v.place };
  }
  if (!coords) throw new UsageError('missing --place (or --lat, --lon and --zone)');
  if (v.zone === undefined)
    throw new UsageError('--zone (an IANA zone such as Europe/Paris) is required with --lat/--lon');
  return { lat: coordinate('lat', v.lat, 90), lon: coordinate('lon', v.lon, 180), zone: v.zone };
}

/** Accepts `whole-sign` as well as `whole_sign`. */
function houseSystem(raw: string | undefined): HouseSystem {
  const name = (raw ?? 'placidus').toLowerCase().replaceAll('-', '_');
  const found = HOUSE_SYSTEMS.find((s) => s === name);
  if (!found) throw new UsageError(`--house-system must be one of: ${HOUSE_SYSTEMS.join(', ')}`);
  return found;
}

function zodiac(kind: string | undefined, ayanamsa: string | undefined): Zodiac {
  if (kind === undefined || kind === 'tropical') {
    if (ayanamsa !== undefined) throw new UsageError('--ayanamsa needs --zodiac sidereal');
    return { kind: 'tropical' };
  }
  if (kind !== 'sidereal') throw new UsageError('--zodiac must be tropical or sidereal');
  const name = (ayanamsa ?? 'lahiri').toLowerCase().replaceAll('-', '_');
  const found = AYANAMSAS.find((a): a is Ayanamsa => a === name);
  if (!found) throw new UsageError(`--ayanamsa must be one of: ${AYANAMSAS.join(', ')}`);
  return { kind: 'sidereal', ayanamsa: found };
}

function offsetMinutes(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const m = OFFSET.exec(raw);
  if (!m || Number(m[3]) >= 60 || Number(m[2]) > 14) {
    throw new UsageError('--offset must look like +02:00 or -0330');
  }
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

function fold(raw: string | undefined): 'earlier' | 'later' | null {
  if (raw === undefined) return null;
  if (raw !== 'earlier' && raw !== 'later') throw new UsageError('--fold must be earlier or later');
  return raw;
}

/**
 * Parses and validates the arguments of `astro chart`; throws {@link UsageError} on bad input.
 *
 * @example
 * parseChartArgs(['--date', '1990-05-15', '--time', '14:30', '--place', 'Paris, FR']);
 */
export function parseChartArgs(argv: readonly string[]): ChartArgs {
  let values;
  try {
    ({ values } = parseArgs({ args: [...argv], options: CHART_OPTIONS, strict: true }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const date = values.date;
  if (date === undefined) throw new UsageError('missing --date (YYYY-MM-DD)');
  const d = DATE.exec(date);
  if (!d || Number(d[2]) < 1 || Number(d[2]) > 12 || Number(d[3]) < 1 || Number(d[3]) > 31) {
    throw new UsageError(`--date must be YYYY-MM-DD, got "${date}"`);
  }
  const timeUnknown = values['time-unknown'] === true;
  if (timeUnknown && values.time !== undefined) {
    throw new UsageError('give either --time or --time-unknown, not both');
  }
  if (!timeUnknown && values.time === undefined) {
    throw new UsageError(
      'missing --time (HH:MM); use --time-unknown when the birth time is not known',
    );
  }
  if (values.time !== undefined && !TIME.test(values.time)) {
    throw new UsageError(`--time must be HH:MM or HH:MM:SS (24-hour), got "${values.time}"`);
  }
  const result: ChartArgs = {
    date,
    time: values.time ?? null,
    location: location(values),
    houseSystem: houseSystem(values['house-system']),
    zodiac: zodiac(values.zodiac, values.ayanamsa),
    json: values.json === true,
    fold: fold(values.fold),
    offsetMinutes: offsetMinutes(values.offset),
  };
  if (result.fold !== null && result.offsetMinutes !== null) {
    throw new UsageError('give either --fold or --offset, not both');
  }
  return result;
}
