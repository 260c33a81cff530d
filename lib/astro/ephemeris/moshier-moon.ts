import data from './data/moshier-moon.json';
import { lunarElements, type LunarElements } from './moshier-moon-elements';
import {
  LAT_SINES,
  LAT_T1_SINES,
  LON_SINES,
  LON_TERMS,
  RAD_T2,
  RAD_T3_COSINES,
  type Multipliers,
} from './moshier-moon-terms';

const ARCSEC = Math.PI / 180 / 3600;
const AU_KM = 149597870.7;
const Z = data.z;
// sin/cos of k·D (k ≤ 6), k·l′, k·l, k·F (k ≤ 4), reused to avoid allocation.
const SIN = new Float64Array(4 * 8);
const COS = new Float64Array(4 * 8);

function fillMultiples(m: number, angle: number, n: number): void {
  const s1 = Math.sin(angle);
  const c1 = Math.cos(angle);
  let s = s1;
  let c = c1;
  for (let i = 0; i < n; i++) {
    SIN[m * 8 + i] = s;
    COS[m * 8 + i] = c;
    const t = s1 * c + c1 * s;
    c = c1 * c - s1 * s;
    s = t;
  }
}

type Sums = [number, number, number];

/**
 * Sums one of the theory's tables of D, l′, l, F harmonics. `kind`: 1 large longitude + radius,
 * 2 longitude + radius, 3 large latitude, 4 latitude (the amplitude layouts of the tables).
 */
function sumTable(table: readonly number[], kind: 1 | 2 | 3 | 4, acc: Sums): void {
  const width = kind === 1 ? 4 : kind === 4 ? 1 : 2;
  let p = 0;
  while (p < table.length) {
    let started = false;
    let sv = 0;
    let cv = 0;
    for (let m = 0; m < 4; m++) {
      const j = table[p++]!;
      if (j === 0) continue;
      const idx = m * 8 + (j < 0 ? -j : j) - 1;
      const su = j < 0 ? -SIN[idx]! : SIN[idx]!;
      const cu = COS[idx]!;
      if (!started) {
        sv = su;
        cv = cu;
        started = true;
      } else {
        const t = su * cv + cu * sv;
        cv = cu * cv - su * sv;
        sv = t;
      }
    }
    const a = table[p]!;
    const b = table[p + 1]!;
    if (kind === 1) {
      acc[0] += (10000 * a + b) * sv;
      const c = table[p + 2]!;
      const d = table[p + 3]!;
      if (d !== 0) acc[2] += (10000 * c + d) * cv;
    } else if (kind === 2) {
      acc[0] += a * sv;
      acc[2] += b * cv;
    } else if (kind === 3) {
      acc[1] += (10000 * a + b) * sv;
    } else {
      acc[1] += a * sv;
    }
    p += width;
  }
}

function argument(el: LunarElements, k: Multipliers, phase: number): number {
  return (
    (k[0] * el.Ve +
      k[1] * el.Ea +
      k[2] * el.Ma +
      k[3] * el.Ju +
      k[4] * el.Sa +
      k[5] * el.D +
      k[6] * el.M +
      k[7] * el.MP +
      k[8] * el.NF +
      k[9] * el.L +
      phase) *
    ARCSEC
  );
}

/**
 * Geocentric geometric Moon from Moshier's DE404-fitted lunar theory: writes [longitude (rad),
 * latitude (rad), distance (au)] referred to the mean ecliptic and equinox of date.
 *
 * @example
 * const pol = new Float64Array(3);
 * moshierMoon(2451545, pol);
 */
export function moshierMoon(jdTt: number, out: Float64Array): void {
  const t = (jdTt - 2451545) / 36525;
  const el = lunarElements(t);
  fillMultiples(0, el.D * ARCSEC, 6);
  fillMultiples(1, el.M * ARCSEC, 4);
  fillMultiples(2, el.MP * ARCSEC, 4);
  fillMultiples(3, el.NF * ARCSEC, 4);

  // t² group (amplitudes 10⁻⁵″), then the t¹ group.
  const t2: Sums = [0, 0, 0];
  sumTable(data.LRT2, 2, t2);
  sumTable(data.BT2, 4, t2);
  let l0 = 0;
  let l1 = 0;
  let l2 = t2[0];
  for (const [k, phase, lc, ls, l1c, l1s, zi] of LON_TERMS) {
    const g = argument(el, k, phase);
    const c = Math.cos(g);
    const s = Math.sin(g);
    l0 += lc * c + ls * s;
    l1 += l1c * c + l1s * s;
    if (zi >= 0) l2 += Z[zi]! * c + Z[zi + 1]! * s;
  }
  for (const [k, cs, sn] of RAD_T2) {
    const g = argument(el, k, 0);
    t2[2] += cs * Math.cos(g) + sn * Math.sin(g);
  }
  let radT3 = 0;
  for (const [k, amp] of RAD_T3_COSINES) radT3 += amp * Math.cos(argument(el, k, 0));
  const l3 = Z[24]! * Math.sin(el.M * ARCSEC);

  const t1: Sums = [0, t2[1] * t, (t2[2] + radT3 * t) * t];
  sumTable(data.BT, 4, t1);
  sumTable(data.LRT, 1, t1);
  for (const [k, phase, amp] of LAT_T1_SINES) t1[1] += amp * Math.sin(argument(el, k, phase));
  l1 += t1[0];

  for (const [k, phase, amp] of LON_SINES) l0 += amp * Math.sin(argument(el, k, phase));
  let b0 = 0;
  for (const [k, phase, amp] of LAT_SINES) b0 += amp * Math.sin(argument(el, k, phase));

  const main: Sums = [0, t1[1] * 0.1 * t, t1[2] * 0.1 * t];
  sumTable(data.LR, 1, main);
  sumTable(data.MB, 3, main);
  l0 += ((l3 * t + l2) * t + l1) * t * 1e-5;
  const lon = el.L + l0 + 1e-4 * main[0];
  const lat = 1e-4 * main[1] + b0;
  const distKm = 1e-4 * main[2] + 385000.52899;
  out[0] = (lon - 1296000 * Math.floor(lon / 1296000)) * ARCSEC;
  out[1] = lat * ARCSEC;
  out[2] = distKm / AU_KM;
}
