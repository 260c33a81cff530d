import { signOf } from '../astro/angles';
import { chartFromBirth } from '../astro/chart/chart-from-birth';
import { computeBodies } from '../astro/ephemeris';
import { julianDayFromDate } from '../astro/frame/julian-day';
import { localToUtc } from '../astro/time/local-to-utc';
import type { Sign } from '../astro/types';
import { famousBirthInput } from './famous-birth-input';
import type { FamousPerson } from './schema';

/** Tropical Sun, Moon and Ascendant signs of a famous person; null where the data cannot tell. */
export interface FamousSigns {
  sun: Sign | null;
  moon: Sign | null;
  asc: Sign | null;
}

/** Thrown when a person's birth time falls in a DST gap or overlap the dataset leaves open. */
export class UnresolvedBirthTimeError extends Error {
  constructor(person: FamousPerson, kind: string) {
    super(`Birth time of ${person.id} is ${kind}; give utcOffsetMinutes in the dataset`);
    this.name = 'UnresolvedBirthTimeError';
  }
}

/** First (earliest reading) or last (latest reading) UT instant of the local wall-clock time. */
function instantOf(person: FamousPerson, time: string, pick: 0 | 1): Date {
  const result = localToUtc({
    date: person.birthDate,
    time,
    zone: person.place.zone,
    longitude: person.place.lon,
  });
  return result.kind === 'gap' || result.kind === 'ambiguous'
    ? result.candidates[pick].utc
    : result.utc;
}

/** The sign a body holds for the whole local day, or null if it changes sign that day. */
function signAllDay(start: Sign, end: Sign): Sign | null {
  return start === end ? start : null;
}

/**
 * Sun, Moon and Ascendant signs. With a known time they come from the birth chart. With an
 * unknown time there is no Ascendant, and the Sun and Moon count only if they hold one sign from
 * the first to the last minute of the local birth day (neither moves backwards in longitude, so
 * the same sign at both ends means the same sign all day).
 *
 * @example
 * famousSigns(getFamous('albert-einstein')!); // { sun: 'pisces', moon: 'sagittarius', asc: 'cancer' }
 */
export function famousSigns(person: FamousPerson): FamousSigns {
  if (person.birthTime !== null) {
    const result = chartFromBirth(famousBirthInput(person));
    if (result.kind !== 'chart') throw new UnresolvedBirthTimeError(person, result.kind);
    const { bodies, angles } = result.chart;
    return { sun: bodies.sun.sign, moon: bodies.moon.sign, asc: angles?.asc.sign ?? null };
  }
  const bodies = ['sun', 'moon'] as const;
  const start = computeBodies(julianDayFromDate(instantOf(person, '00:00', 0)), { bodies });
  const end = computeBodies(julianDayFromDate(instantOf(person, '23:59', 1)), { bodies });
  return {
    sun: signAllDay(signOf(start.sun.lon), signOf(end.sun.lon)),
    moon: signAllDay(signOf(start.moon.lon), signOf(end.moon.lon)),
    asc: null,
  };
}
