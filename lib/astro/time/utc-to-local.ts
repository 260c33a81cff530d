import { Temporal } from 'temporal-polyfill';
import { AstroError } from '@/lib/astro/errors';
import { assertLongitude, assertTimeZone } from './parse-civil-input';
import { lmtOffsetSeconds } from './local-mean-time';
import { firstTransitionMs, zoneAbbreviation } from './zone-history';
import type { LocalReading } from './types';

/**
 * Shows an instant as wall-clock time in an IANA zone, for display. With a `longitude`, instants
 * before the zone's first transition are shown in local mean time at that longitude, mirroring
 * `localToUtc`; without one, the zone's own history is used throughout.
 *
 * @example
 * utcToLocal(new Date('2021-07-01T12:00:00Z'), 'Europe/Paris');
 * // { date: '2021-07-01', time: '14:00:00', offsetMinutes: 120, rule: 'iana', zoneAbbr: 'GMT+2' }
 */
export function utcToLocal(
  utc: Date,
  zone: string,
  options: { longitude?: number } = {},
): LocalReading {
  const epochMs = utc.getTime();
  if (!Number.isFinite(epochMs)) throw new AstroError('invalid_instant', 'utc is not a valid date');
  assertTimeZone(zone);
  const instant = Temporal.Instant.fromEpochMilliseconds(Math.floor(epochMs / 1000) * 1000);
  const firstTransition = firstTransitionMs(zone);

  if (options.longitude !== undefined && firstTransition !== null && epochMs < firstTransition) {
    const offsetSeconds = lmtOffsetSeconds(assertLongitude(options.longitude));
    const wallClock = instant.add({ seconds: offsetSeconds }).toZonedDateTimeISO('UTC');
    return {
      ...wallClockParts(wallClock),
      offsetMinutes: offsetSeconds / 60,
      rule: 'lmt',
      zoneAbbr: 'LMT',
    };
  }
  const zoned = instant.toZonedDateTimeISO(zone);
  const zoneAbbr = zoneAbbreviation(zone, zoned.epochMilliseconds);
  return {
    ...wallClockParts(zoned),
    offsetMinutes: zoned.offsetNanoseconds / 60e9,
    rule: 'iana',
    ...(zoneAbbr ? { zoneAbbr } : {}),
  };
}

function wallClockParts(zoned: Temporal.ZonedDateTime): Pick<LocalReading, 'date' | 'time'> {
  const time = zoned.toPlainTime().toString({ smallestUnit: 'second' });
  return { date: zoned.toPlainDate().toString(), time };
}
