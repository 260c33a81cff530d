import { AA_TABLE, AA_TABLE_START_YEAR, SMH2016 } from './delta-t-data';
import { J2000 } from './angles';

/** Lunar tidal acceleration (″/cy²) of DE431, which the Swiss Ephemeris files are built on. */
const TIDAL_ACC_DE431 = -25.8;
const TIDAL_ACC_AA_TABLE = -26.0;
const TIDAL_ACC_SMH2016 = -25.85;
/** 1955-01-01: the model switches from the eclipse/occultation spline to the atomic-time table. */
const JD_1955 = 2435108.5;
/** Offset between the two models at the switch, blended in over the preceding 1000 days. */
const SWITCH_OFFSET_S = 0.6610218;
const TABLE_END_YEAR = AA_TABLE_START_YEAR + AA_TABLE.length - 1;

/**
 * ΔT = TT − UT in seconds for a UT Julian day, as the Swiss Ephemeris 2.10 computes it by default
 * (model SEMOD_DELTAT_STEPHENSON_ETC_2016 with the DE431 tidal acceleration):
 * before 1955 the Stephenson–Morrison–Hohenkerk 2016 spline; from 1955 the yearly Astronomical
 * Almanac/IERS table with fourth-order Bessel interpolation; after the table, their cubic
 * extrapolation, merged into the table's last value over 100 years.
 *
 * @example
 * deltaTSeconds(2451545); // ≈ 63.83 (2000-01-01)
 */
export function deltaTSeconds(jdUt: number): number {
  if (jdUt < JD_1955) {
    let dt = smh2016(jdUt);
    if (jdUt >= JD_1955 - 1000) dt += (1 - (JD_1955 - jdUt) / 1000) * SWITCH_OFFSET_S;
    return dt;
  }
  const year = 2000 + (jdUt - 2451544.5) / 365.25;
  return year <= TABLE_END_YEAR ? besselTable(year) : extrapolated(year);
}

function tidalCorrection(year: number, tidalAccOfModel: number): number {
  const b = year - 1955;
  return -0.000091 * (TIDAL_ACC_DE431 - tidalAccOfModel) * b * b;
}

function smh2016(jdUt: number): number {
  const yearGreg = 2000 + (jdUt - J2000) / 365.2425;
  const seg = SMH2016.find(([start, end]) => jdUt >= start && jdUt < end);
  let dt: number;
  if (seg) {
    const [start, end, a0, a1, a2, a3] = seg;
    const t = (jdUt - start) / (end - start);
    dt = a0 + t * (a1 + t * (a2 + t * a3));
  } else {
    // Before the spline (outside our supported range): their long-term parabola, made continuous.
    const t = (yearGreg - 1825) / 100;
    dt = -320 + 32.5 * t * t - 179.7337208;
  }
  return dt + tidalCorrection(yearGreg, TIDAL_ACC_SMH2016);
}

function tableAt(i: number): number {
  return AA_TABLE[i] ?? 0;
}

/** Bessel's interpolation formula on the yearly table (as the Swiss Ephemeris does it). */
function besselTable(year: number): number {
  const size = AA_TABLE.length;
  const iy = Math.floor(year) - AA_TABLE_START_YEAR;
  const p = year - Math.floor(year);
  let ans = tableAt(iy);
  if (iy + 1 >= size) return withTableTidal(ans, year);
  ans += p * (tableAt(iy + 1) - tableAt(iy));
  if (iy - 1 < 0 || iy + 2 >= size) return withTableTidal(ans, year);
  const d: number[] = [];
  for (let i = 0, k = iy - 2; i < 5; i++, k++) {
    d.push(k < 0 || k + 1 >= size ? 0 : tableAt(k + 1) - tableAt(k));
  }
  const diff = (xs: number[]) => xs.slice(1).map((x, i) => x - (xs[i] ?? 0));
  const d2 = diff(d);
  let b = 0.25 * p * (p - 1);
  ans += b * ((d2[1] ?? 0) + (d2[2] ?? 0));
  const d3 = diff(d2);
  b = (2 * b) / 3;
  ans += (p - 0.5) * b * (d3[1] ?? 0);
  if (iy - 2 < 0 || iy + 3 > size) return withTableTidal(ans, year);
  const d4 = diff(d3);
  b = 0.125 * b * (p + 1) * (p - 2);
  ans += b * ((d4[0] ?? 0) + (d4[1] ?? 0));
  return withTableTidal(ans, year);
}

function withTableTidal(dt: number, year: number): number {
  return year < 1955 ? dt + tidalCorrection(year, TIDAL_ACC_AA_TABLE) : dt;
}

function extrapolated(year: number): number {
  const cubic = (b: number) =>
    (b * b * b * 121) / 30_000_000 + (b * b) / 1250 + (b * 521) / 3000 + 64;
  let ans: number;
  if (year < 2500) {
    ans = cubic(year - 2000);
  } else {
    const b = 0.01 * (year - 2000);
    ans = b * b * 32.5 + 42.5;
  }
  if (year <= TABLE_END_YEAR + 100) {
    const mismatch = cubic(TABLE_END_YEAR - 2000) - tableAt(AA_TABLE.length - 1);
    ans += mismatch * (year - (TABLE_END_YEAR + 100)) * 0.01;
  }
  return ans;
}
