import { Temporal } from 'temporal-polyfill';
import { AstroError } from '@/lib/astro/errors';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;
/** IANA names only: offset strings such as `+05:00` are not places and carry no history. */
const ZONE_PATTERN = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

/** Wall-clock time used when the time of birth is unknown. */
export const UNKNOWN_TIME_NOON = '12:00';

/**
 * Parses a `YYYY-MM-DD` date and an `HH:MM[:SS]` time strictly (no Feb 30, no 24:00, no leap
 * second) into a plain date-time.
 *
 * @example
 * parseCivilDateTime('2000-02-29', '23:59:30').toString(); // '2000-02-29T23:59:30'
 */
export function parseCivilDateTime(date: string, time: string): Temporal.PlainDateTime {
  const dateMatch = DATE_PATTERN.exec(date);
  if (!dateMatch) throw new AstroError('invalid_date', `date must be YYYY-MM-DD, got "${date}"`);
  const timeMatch = TIME_PATTERN.exec(time);
  if (!timeMatch) throw new AstroError('invalid_time', `time must be HH:MM[:SS], got "${time}"`);
  const [year, month, day] = [Number(dateMatch[1]), Number(dateMatch[2]), Number(dateMatch[3])];
  const [hour, minute, second] = [
    Number(timeMatch[1]),
    Number(timeMatch[2]),
    Number(timeMatch[3] ?? 0),
  ];
  let plainDate: Temporal.PlainDate;
  try {
    plainDate = Temporal.PlainDate.from({ year, month, day }, { overflow: 'reject' });
  } catch {
    throw new AstroError('invalid_date', `no such calendar date: ${date}`);
  }
  if (hour > 23 || minute > 59 || second > 59) {
    throw new AstroError('invalid_time', `no such wall-clock time: ${time}`);
  }
  return plainDate.toPlainDateTime({ hour, minute, second });
}

/**
 * Checks that `zone` is an IANA zone name this runtime knows (aliases such as `Asia/Calcutta`
 * are accepted) and returns it unchanged.
 *
 * @example
 * assertTimeZone('Europe/Paris'); // 'Europe/Paris'
 * assertTimeZone('Mars/Olympus'); // throws AstroError('unknown_zone')
 */
export function assertTimeZone(zone: string): string {
  if (!ZONE_PATTERN.test(zone)) throw new AstroError('unknown_zone', `not an IANA zone: "${zone}"`);
  try {
    Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(zone);
  } catch {
    throw new AstroError('unknown_zone', `unknown time zone: "${zone}"`);
  }
  return zone;
}

/**
 * Checks a longitude in degrees east, −180…180.
 *
 * @example
 * assertLongitude(2.35); // 2.35
 */
export function assertLongitude(longitude: number): number {
  if (!Number.isFinite(longitude) || longitude < -180 || longitude > 180) {
    throw new AstroError(
      'invalid_longitude',
      `longitude must be within -180..180, got ${longitude}`,
    );
  }
  return longitude;
}
