import { Temporal } from 'temporal-polyfill';
import {
  assertLongitude,
  assertTimeZone,
  parseCivilDateTime,
  UNKNOWN_TIME_NOON,
} from './parse-civil-input';
import { lmtOffsetSeconds } from './local-mean-time';
import { firstTransitionMs, zoneAbbreviation } from './zone-history';
import type { CivilTimeInput, LocalToUtcResult, UtcReading } from './types';

/**
 * Converts civil birth time to UT with the zone's IANA history. Before the zone's first
 * transition (the end of its local-mean-time era) the offset is local mean time at the birth
 * longitude, not at the zone's reference city. Throws `AstroError` (`invalid_date`,
 * `invalid_time`, `unknown_zone`, `invalid_longitude`) on bad input.
 *
 * @example
 * localToUtc({ date: '2021-03-14', time: '02:30', zone: 'America/New_York', longitude: -74 });
 * // { kind: 'gap', candidates: [
 * //   { utc: 2021-03-14T06:30:00Z, offsetMinutes: -240, rule: 'iana', zoneAbbr: 'EDT' },
 * //   { utc: 2021-03-14T07:30:00Z, offsetMinutes: -300, rule: 'iana', zoneAbbr: 'EST' } ] }
 */
export function localToUtc(input: CivilTimeInput): LocalToUtcResult {
  const zone = assertTimeZone(input.zone);
  const longitude = assertLongitude(input.longitude);
  const wallClock = parseCivilDateTime(input.date, input.time ?? UNKNOWN_TIME_NOON);

  const earlier = wallClock.toZonedDateTime(zone, { disambiguation: 'earlier' });
  const later = wallClock.toZonedDateTime(zone, { disambiguation: 'later' });
  const firstTransition = firstTransitionMs(zone);
  const beforeStandardTime = firstTransition !== null && later.epochMilliseconds < firstTransition;

  if (beforeStandardTime) {
    const reading = lmtReading(wallClock, longitude);
    return input.time === null ? { kind: 'unknown_time', ...reading } : { kind: 'ok', ...reading };
  }
  if (input.time === null) {
    return { kind: 'unknown_time', ...ianaReading(wallClock.toZonedDateTime(zone)) };
  }
  if (earlier.epochMilliseconds === later.epochMilliseconds) {
    return { kind: 'ok', ...ianaReading(earlier) };
  }
  if (earlier.toPlainDateTime().equals(wallClock)) {
    return { kind: 'ambiguous', candidates: [ianaReading(earlier), ianaReading(later)] };
  }
  // In a gap, the typed wall time read with the offset after the change is the earlier instant
  // (which itself displays as the old offset, an hour before): pair each instant with the offset
  // that turns the typed time into it, so that wall time − offset = UT holds for both.
  return {
    kind: 'gap',
    candidates: [
      { ...ianaReading(later), utc: new Date(earlier.epochMilliseconds) },
      { ...ianaReading(earlier), utc: new Date(later.epochMilliseconds) },
    ],
  };
}

function ianaReading(instant: Temporal.ZonedDateTime): UtcReading {
  const zoneAbbr = zoneAbbreviation(instant.timeZoneId, instant.epochMilliseconds);
  return {
    utc: new Date(instant.epochMilliseconds),
    offsetMinutes: instant.offsetNanoseconds / 60e9,
    rule: 'iana',
    ...(zoneAbbr ? { zoneAbbr } : {}),
  };
}

function lmtReading(wallClock: Temporal.PlainDateTime, longitude: number): UtcReading {
  const offsetSeconds = lmtOffsetSeconds(longitude);
  const wallAsUtcMs = wallClock.toZonedDateTime('UTC').epochMilliseconds;
  return {
    utc: new Date(wallAsUtcMs - offsetSeconds * 1000),
    offsetMinutes: offsetSeconds / 60,
    rule: 'lmt',
    zoneAbbr: 'LMT',
  };
}
