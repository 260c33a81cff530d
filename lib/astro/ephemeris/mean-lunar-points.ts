import { DEG } from '../angles';
import type { Spherical } from './apparent';
import type { EclipticOfDate } from './frame-rotation';
import { lunarElements } from './moshier-moon-elements';

const ARCSEC = DEG / 3600;
/** Mean inclination of the lunar orbit (AA 1996, D2), used to project the apogee. */
const MEAN_INCLINATION = 5.1453964 * DEG;
const STEP = 0.5;

/** Difference of two angles in (−π, π], radians. */
function angleDiff(a: number, b: number): number {
  const d = (a - b) % (2 * Math.PI);
  return d > Math.PI ? d - 2 * Math.PI : d <= -Math.PI ? d + 2 * Math.PI : d;
}

function meanNodeLon(jdTt: number): number {
  const el = lunarElements((jdTt - 2451545) / 36525, false);
  return (el.L - el.NF) * ARCSEC;
}

function meanApogee(jdTt: number): [number, number] {
  const el = lunarElements((jdTt - 2451545) / 36525, false);
  const node = (el.L - el.NF) * ARCSEC;
  const apogee = (el.L - el.MP) * ARCSEC + Math.PI;
  // The apogee lies on the inclined mean orbit: project it onto the ecliptic.
  const u = apogee - node;
  const lon = node + Math.atan2(Math.sin(u) * Math.cos(MEAN_INCLINATION), Math.cos(u));
  const lat = Math.asin(Math.sin(u) * Math.sin(MEAN_INCLINATION));
  return [lon, lat];
}

/**
 * Mean lunar node (Moshier's DE404-fitted mean elements; the Swiss Ephemeris's long-term
 * corrections are zero between the years 0 and 3000), true equinox of date. Writes
 * [lon, 0, lonSpeed].
 *
 * @example
 * meanNode(jdTt, ecl, out);
 */
export function meanNode(jdTt: number, ecl: EclipticOfDate, out: Spherical): void {
  out[0] = meanNodeLon(jdTt) + ecl.dpsi;
  out[1] = 0;
  out[2] = angleDiff(meanNodeLon(jdTt + STEP), meanNodeLon(jdTt - STEP)) / (2 * STEP);
}

/**
 * Mean lunar apogee ("Black Moon Lilith") as the Swiss Ephemeris defines it: the apogee of the
 * mean orbit projected onto the ecliptic, true equinox of date. Writes [lon, lat, lonSpeed].
 */
export function meanLilith(jdTt: number, ecl: EclipticOfDate, out: Spherical): void {
  const [lon, lat] = meanApogee(jdTt);
  out[0] = lon + ecl.dpsi;
  out[1] = lat;
  out[2] = angleDiff(meanApogee(jdTt + STEP)[0], meanApogee(jdTt - STEP)[0]) / (2 * STEP);
}
