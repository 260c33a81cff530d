import { DAYS_PER_CENTURY, DEG, J2000, normalizeDeg, normRad } from './angles';
import { deltaTSeconds } from './delta-t';
import { meanObliquity } from './obliquity';
import { precessionMatrix } from './precession';
import { EQUINOX_TERMS } from './sidereal-time-data';

/** Outside 1850-01-01..2050-01-01 the Swiss Ephemeris switches to its long-term sidereal time. */
const LONG_TERM_BEFORE = 2396758.5;
const LONG_TERM_AFTER = 2469807.5;
/** Its offsets (degrees) that join the long-term expression to the IERS one at those dates. */
const LONG_TERM_OFFSET_BEFORE = 0.000378172;
const LONG_TERM_OFFSET_AFTER = 0.001385646;
/** Light time Sun–Earth in days (au / c). */
const LIGHT_DAYS_PER_AU = 149597870700 / 299792458 / 86400;

/**
 * Greenwich mean sidereal time in degrees (IERS Conventions 2010: Earth rotation angle plus the
 * IAU 2006 precession polynomial) for a UT Julian day and the matching TT Julian day.
 *
 * @example
 * gmstDeg(2451545, 2451545 + 63.83 / 86400); // ≈ 280.46
 */
export function gmstDeg(jdUt: number, jdTt: number): number {
  const tt = (jdTt - J2000) / DAYS_PER_CENTURY;
  const era = normalizeDeg((0.779057273264 + 1.00273781191135448 * (jdUt - J2000)) * 360);
  const poly =
    0.014506 +
    tt *
      (4612.156534 +
        tt * (1.3915817 + tt * (-0.00000044 + tt * (-0.000029956 + tt * -0.0000000368))));
  return normalizeDeg(era + poly / 3600);
}

/** Complementary terms of the equation of the equinoxes, degrees. */
function equinoxComplement(tt: number): number {
  const l = normRad(2.35555598 + 8328.6914269554 * tt);
  const lp = normRad(6.24006013 + 628.301955 * tt);
  const f = normRad(1.627905234 + 8433.466158131 * tt);
  const d = normRad(5.198466741 + 7771.3771468121 * tt);
  const om = normRad(2.1824392 - 33.757045 * tt);
  const ve = normRad(3.176146697 + 1021.3285546211 * tt);
  const ea = normRad(1.753470314 + 628.3075849991 * tt);
  const pa = (0.02438175 + 0.00000538691 * tt) * tt;
  let sum = -0.87 * Math.sin(om) * tt;
  for (const r of EQUINOX_TERMS) {
    const a =
      r[0]! * l +
      r[1]! * lp +
      r[2]! * f +
      r[3]! * d +
      r[4]! * om +
      r[5]! * ve +
      r[6]! * ea +
      r[7]! * pa;
    sum += r[8]! * Math.sin(a) + r[9]! * Math.cos(a);
  }
  return sum / 3.6e9;
}

/**
 * Greenwich apparent sidereal time in degrees, as the Swiss Ephemeris 2.10 computes it by default
 * (SEMOD_SIDT_LONGTERM): IERS 2010 between 1850 and 2050, its long-term expression outside.
 * `dpsi` and `trueEps` are the nutation in longitude and the true obliquity, radians.
 *
 * @example
 * gastDeg(jdUt, jdTt, nut.dpsi, meanObliquity(jdTt) + nut.deps);
 */
export function gastDeg(jdUt: number, jdTt: number, dpsi: number, trueEps: number): number {
  const eqeq = (dpsi * Math.cos(trueEps)) / DEG;
  if (jdUt <= LONG_TERM_BEFORE || jdUt >= LONG_TERM_AFTER) {
    const offset = jdUt <= LONG_TERM_BEFORE ? LONG_TERM_OFFSET_BEFORE : LONG_TERM_OFFSET_AFTER;
    return normalizeDeg(longTermMeanSidereal(jdUt, jdTt) + eqeq - offset);
  }
  const tt = (jdTt - J2000) / DAYS_PER_CENTURY;
  return normalizeDeg(gmstDeg(jdUt, jdTt) + equinoxComplement(tt) + eqeq);
}

/**
 * The Swiss Ephemeris long-term mean sidereal time: the mean longitude of the Earth (Simon et al.
 * 1994), less the Sun–Earth light time, precessed to the ecliptic of date, plus the UT hour angle.
 */
function longTermMeanSidereal(jdUt: number, jdTt: number): number {
  const t = (jdTt - J2000) / 365250;
  let lon = 100.46645683 + (1295977422.83429 * t - 2.04411 * t * t - 0.00523 * t * t * t) / 3600;
  lon = normalizeDeg(lon - (LIGHT_DAYS_PER_AU * 360) / 365.2425) * DEG;
  const eps2000 = meanObliquity(J2000 + deltaTSeconds(J2000) / 86400);
  const x = Math.cos(lon);
  const ye = Math.sin(lon);
  const y = ye * Math.cos(eps2000);
  const z = ye * Math.sin(eps2000);
  const p = precessionMatrix(jdTt);
  const px = p[0] * x + p[1] * y + p[2] * z;
  const py = p[3] * x + p[4] * y + p[5] * z;
  const pz = p[6] * x + p[7] * y + p[8] * z;
  const eps = meanObliquity(jdTt);
  const eclY = py * Math.cos(eps) + pz * Math.sin(eps);
  const hourAngle = (((jdUt - 0.5) % 1) + 1) % 1;
  return normalizeDeg(Math.atan2(eclY, px) / DEG + hourAngle * 360);
}
