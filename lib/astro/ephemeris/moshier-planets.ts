import tables from './data/moshier-planets.json';

/** One planet's series as stored: the argument byte-code and the amplitude tables (data/README.md). */
interface StoredTable {
  maxHarmonic: number[];
  distance: number;
  args: number[];
  lon: number[];
  lat: number[];
  rad: number[];
}

/** The same series in flat typed arrays, which the evaluation loop reads fastest. */
interface PlanetTable {
  maxHarmonic: Int32Array;
  distance: number;
  args: Int32Array;
  lon: Float64Array;
  lat: Float64Array;
  rad: Float64Array;
}

export type MoshierPlanet =
  'mercury' | 'venus' | 'emb' | 'mars' | 'jupiter' | 'saturn' | 'uranus' | 'neptune' | 'pluto';

const TABLES = Object.fromEntries(
  Object.entries(tables as Record<MoshierPlanet, StoredTable>).map(([planet, t]) => [
    planet,
    {
      maxHarmonic: Int32Array.from(t.maxHarmonic),
      distance: t.distance,
      args: Int32Array.from(t.args),
      lon: Float64Array.from(t.lon),
      lat: Float64Array.from(t.lat),
      rad: Float64Array.from(t.rad),
    },
  ]),
) as Record<MoshierPlanet, PlanetTable>;
/** The series' time unit: 10,000 Julian years. */
const TIMESCALE = 3652500;
const ARCSEC = Math.PI / 180 / 3600;
const CIRCLE_ARCSEC = 1296000;
const J2000 = 2451545;
/** Mean longitudes of Mercury…Neptune and Pluto (Simon et al. 1994): rate (″ per 10⁴ yr), phase (″). */
const FREQS = [
  53810162868.8982, 21066413643.3548, 12959774228.3429, 6890507749.3988, 1092566037.7991,
  439960985.5372, 154248119.3933, 78655032.0744, 52272245.1795,
];
const PHASES = [
  252.25090552 * 3600,
  181.97980085 * 3600,
  100.46645683 * 3600,
  355.43299958 * 3600,
  34.35151874 * 3600,
  50.0774443 * 3600,
  314.05500511 * 3600,
  304.34866548 * 3600,
  860492.1546,
];
const MAX_HARMONIC = 24;
/** Row length of the multiple tables: k = −24..24, with k = 0 at the middle. */
const ROW = 2 * MAX_HARMONIC + 1;
// sin/cos of k·L_m for k = ±1..24, reused across calls to avoid allocation; the negative k are
// stored too (sin negated) so the series loop needs no sign test. The planets of one instant
// share them: `filledT` is the time they hold, `filled[m]` how many multiples of L_m.
const SIN = new Float64Array(9 * ROW);
const COS = new Float64Array(9 * ROW);
const filled = new Int32Array(9);
let filledT = Number.NaN;

function fillMultiples(m: number, angle: number, n: number): void {
  const s1 = Math.sin(angle);
  const c1 = Math.cos(angle);
  let s = s1;
  let c = c1;
  const zero = m * ROW + MAX_HARMONIC;
  for (let i = 1; i <= n; i++) {
    SIN[zero + i] = s;
    COS[zero + i] = c;
    SIN[zero - i] = -s;
    COS[zero - i] = c;
    const t = s1 * c + c1 * s;
    c = c1 * c - s1 * s;
    s = t;
  }
}

/**
 * Heliocentric position and velocity of a planet (or the Earth–Moon barycentre) in the mean
 * ecliptic and equinox of J2000, from Moshier's DE404-fitted series. Writes
 * [x, y, z (au), vx, vy, vz (au/day)] into `out`.
 *
 * @example
 * const xv = new Float64Array(6);
 * moshierPlanet('mars', 2451545, xv);
 */
export function moshierPlanet(planet: MoshierPlanet, jdTt: number, out: Float64Array): void {
  const tab = TABLES[planet];
  const T = (jdTt - J2000) / TIMESCALE;
  if (T !== filledT) {
    filled.fill(0);
    filledT = T;
  }
  for (let i = 0; i < 9; i++) {
    const n = tab.maxHarmonic[i] ?? 0;
    // The recurrence runs from k = 1 on, so a longer run repeats a shorter one's values exactly.
    if (n > filled[i]!) {
      fillMultiples(i, (((FREQS[i]! * T) % CIRCLE_ARCSEC) + PHASES[i]!) * ARCSEC, n);
      filled[i] = n;
    }
  }
  const { args, lon, lat, rad } = tab;
  let p = 0;
  let il = 0;
  let ib = 0;
  let ir = 0;
  let sl = 0;
  let sb = 0;
  let sr = 0;
  let dsl = 0;
  let dsb = 0;
  let dsr = 0;
  for (;;) {
    const np = args[p++]!;
    if (np < 0) break;
    if (np === 0) {
      const nt = args[p++]!;
      let cl = lon[il++]!;
      let cb = lat[ib++]!;
      let cr = rad[ir++]!;
      let dl = 0;
      let db = 0;
      let dr = 0;
      for (let k = 0; k < nt; k++) {
        dl = dl * T + cl;
        cl = cl * T + lon[il++]!;
        db = db * T + cb;
        cb = cb * T + lat[ib++]!;
        dr = dr * T + cr;
        cr = cr * T + rad[ir++]!;
      }
      sl += cl % CIRCLE_ARCSEC;
      sb += cb;
      sr += cr;
      dsl += dl;
      dsb += db;
      dsr += dr;
      continue;
    }
    let started = false;
    let sv = 0;
    let cv = 0;
    let w = 0;
    for (let k = 0; k < np; k++) {
      const j = args[p++]!;
      const m = args[p++]! - 1;
      if (j === 0) continue;
      const idx = m * ROW + MAX_HARMONIC + j;
      const su = SIN[idx]!;
      const cu = COS[idx]!;
      w += j * FREQS[m]!;
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
    w *= ARCSEC;
    const nt = args[p++]!;
    let cl = lon[il++]!;
    let sl2 = lon[il++]!;
    let cb = lat[ib++]!;
    let sb2 = lat[ib++]!;
    let cr = rad[ir++]!;
    let sr2 = rad[ir++]!;
    let dcl = 0;
    let dsl2 = 0;
    let dcb = 0;
    let dsb2 = 0;
    let dcr = 0;
    let dsr2 = 0;
    for (let k = 0; k < nt; k++) {
      dcl = dcl * T + cl;
      cl = cl * T + lon[il++]!;
      dsl2 = dsl2 * T + sl2;
      sl2 = sl2 * T + lon[il++]!;
      dcb = dcb * T + cb;
      cb = cb * T + lat[ib++]!;
      dsb2 = dsb2 * T + sb2;
      sb2 = sb2 * T + lat[ib++]!;
      dcr = dcr * T + cr;
      cr = cr * T + rad[ir++]!;
      dsr2 = dsr2 * T + sr2;
      sr2 = sr2 * T + rad[ir++]!;
    }
    sl += cl * cv + sl2 * sv;
    sb += cb * cv + sb2 * sv;
    sr += cr * cv + sr2 * sv;
    dsl += dcl * cv + dsl2 * sv + w * (sl2 * cv - cl * sv);
    dsb += dcb * cv + dsb2 * sv + w * (sb2 * cv - cb * sv);
    dsr += dcr * cv + dsr2 * sv + w * (sr2 * cv - cr * sv);
  }
  const l = sl * ARCSEC;
  const b = sb * ARCSEC;
  const r = ARCSEC * tab.distance * sr + tab.distance;
  const dl = (dsl * ARCSEC) / TIMESCALE;
  const db = (dsb * ARCSEC) / TIMESCALE;
  const dr = (ARCSEC * tab.distance * dsr) / TIMESCALE;
  const cl = Math.cos(l);
  const sl1 = Math.sin(l);
  const cb = Math.cos(b);
  const sb1 = Math.sin(b);
  out[0] = r * cb * cl;
  out[1] = r * cb * sl1;
  out[2] = r * sb1;
  out[3] = dr * cb * cl - r * sb1 * db * cl - r * cb * sl1 * dl;
  out[4] = dr * cb * sl1 - r * sb1 * db * sl1 + r * cb * cl * dl;
  out[5] = dr * sb1 + r * cb * db;
}
