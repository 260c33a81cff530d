import { AstroError } from '../errors';

const UNIX_EPOCH_JD = 2440587.5;
const MS_PER_DAY = 86_400_000;

/**
 * UT Julian day of a JavaScript date (which counts UTC milliseconds; leap seconds are not
 * represented, so this is UTC taken as UT1, as astrology software does).
 *
 * @example
 * julianDayFromDate(new Date('2000-01-01T12:00:00Z')); // 2451545
 */
export function julianDayFromDate(date: Date): number {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) throw new AstroError('invalid_input', 'Invalid Date');
  return ms / MS_PER_DAY + UNIX_EPOCH_JD;
}

/**
 * The date of a UT Julian day, rounded to the millisecond.
 *
 * @example
 * dateFromJulianDay(2451545).toISOString(); // '2000-01-01T12:00:00.000Z'
 */
export function dateFromJulianDay(jd: number): Date {
  if (!Number.isFinite(jd)) throw new AstroError('invalid_input', `Julian day ${jd} is not finite`);
  return new Date(Math.round((jd - UNIX_EPOCH_JD) * MS_PER_DAY));
}
