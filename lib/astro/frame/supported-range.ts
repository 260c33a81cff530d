import { AstroError } from '../errors';

/**
 * The engine's supported range: 1800-01-01 to 2399-12-31 UT, the span of the Swiss Ephemeris
 * files our reference comes from and of the ΔT model's tabulated/extrapolated data we follow.
 */
export const MIN_JD = 2378496.5;
export const MAX_JD = 2597641.5;

/**
 * Throws a typed error unless `jd` is a finite Julian day inside the supported range.
 *
 * @example
 * assertSupportedJd(2451545); // ok
 * assertSupportedJd(NaN); // throws AstroError('invalid_input')
 */
export function assertSupportedJd(jd: number): void {
  if (!Number.isFinite(jd)) throw new AstroError('invalid_input', `Julian day ${jd} is not finite`);
  if (jd < MIN_JD || jd >= MAX_JD) {
    throw new AstroError('out_of_range', `Julian day ${jd} is outside 1800-01-01..2399-12-31`);
  }
}
