import { describe, expect, it } from 'vitest';
import { frameAt } from '../frame';
import { MAX_JD, MIN_JD } from '../frame/supported-range';
import { eclipticOfDate } from './frame-rotation';
import { meanNode } from './mean-lunar-points';
import { trueNode } from './true-node';
import { lunarStateJ2000, sumElpSeries } from './true-node-moon';

const INSTANTS = [MIN_JD + 1, 2415020.5, 2440000.3, 2451545, 2460400.7, MAX_JD - 1];
/** GM of the Earth plus the Moon (IERS 2010), au³/day². */
const GM_EARTH_MOON = (398600.4418 * (1 + 1 / 81.30056907) * 86400 ** 2) / 149597870.7 ** 3;

const signedRad = (a: number) => Math.atan2(Math.sin(a), Math.cos(a));

describe('sumElpSeries', () => {
  // Terms whose phases reach every quadrant and the 10⁵-radian scale of the lunar series.
  const series = [
    [
      3.5, 0.3, 8399.7, -3e-5, 1e-8, -2e-10, 0.02, 2.1, 77713.8, 1e-4, 0, 0, -1.7, 5.9, -1114.6, 0,
      0, 0,
    ],
    [0.4, 1.1, 16657.4, 3e-4, 5e-7, -2e-9],
  ];
  const direct = (t: number) =>
    series.reduce((sum, terms, p) => {
      let c = 0;
      for (let k = 0; k < terms.length; k += 6) {
        const [a, f0, f1, f2, f3, f4] = terms.slice(k, k + 6) as [
          number,
          number,
          number,
          number,
          number,
          number,
        ];
        c += a * Math.sin(f0 + f1 * t + f2 * t ** 2 + f3 * t ** 3 + f4 * t ** 4);
      }
      return sum + c * t ** p;
    }, 0);

  it('matches a direct Math.sin evaluation and finite-difference derivatives', () => {
    const out = new Float64Array(3);
    const h1 = 1e-7;
    const h2 = 1e-6;
    for (let t = -2; t <= 4; t += 0.0137) {
      sumElpSeries(series, t, out);
      expect(Math.abs(out[0]! - direct(t))).toBeLessThan(1e-9);
      // Rates reach 3e4 and 4e8 per century: relative 1e-5 and 1e-3.
      const first = (direct(t + h1) - direct(t - h1)) / (2 * h1);
      expect(Math.abs(out[1]! - first)).toBeLessThan(0.3);
      const second = (direct(t + h2) - 2 * direct(t) + direct(t - h2)) / h2 ** 2;
      expect(Math.abs(out[2]! - second)).toBeLessThan(4e5);
    }
  });
});

describe('lunarStateJ2000 (ELP/MPP02)', () => {
  it('puts the Moon at its known distance (356,000–407,000 km)', () => {
    const s = new Float64Array(9);
    for (let jd = 2451545; jd < 2451545 + 60; jd += 0.7) {
      lunarStateJ2000(jd, s);
      const km = Math.hypot(s[0]!, s[1]!, s[2]!) * 149597870.7;
      expect(km).toBeGreaterThan(356_000);
      expect(km).toBeLessThan(407_000);
    }
  });

  it('returns a velocity and acceleration that are the derivatives of the position', () => {
    const h = 0.01;
    const a = new Float64Array(9);
    const b = new Float64Array(9);
    const mid = new Float64Array(9);
    for (const jd of INSTANTS) {
      lunarStateJ2000(jd - h, a);
      lunarStateJ2000(jd + h, b);
      lunarStateJ2000(jd, mid);
      for (let i = 0; i < 3; i++) {
        const v = (b[i]! - a[i]!) / (2 * h);
        const acc = (b[3 + i]! - a[3 + i]!) / (2 * h);
        expect(Math.abs(v - mid[3 + i]!)).toBeLessThan(1e-4 * Math.abs(mid[3 + i]!) + 1e-9);
        expect(Math.abs(acc - mid[6 + i]!)).toBeLessThan(
          1e-3 * Math.hypot(mid[6]!, mid[7]!, mid[8]!),
        );
      }
    }
  });

  it('has the acceleration of a Keplerian orbit around the Earth up to the solar tide (< 2%)', () => {
    const s = new Float64Array(9);
    for (const jd of INSTANTS) {
      lunarStateJ2000(jd, s);
      const r = Math.hypot(s[0]!, s[1]!, s[2]!);
      const k = -GM_EARTH_MOON / r ** 3;
      const residual = Math.hypot(s[6]! - k * s[0]!, s[7]! - k * s[1]!, s[8]! - k * s[2]!);
      expect(residual / (GM_EARTH_MOON / r ** 2)).toBeLessThan(0.02);
    }
  });
});

describe('trueNode', () => {
  it('oscillates around the mean node by less than 2°', () => {
    const t = new Float64Array(3);
    const m = new Float64Array(3);
    let widest = 0;
    for (let jd = 2451545; jd < 2451545 + 400; jd += 1.3) {
      const frame = frameAt(jd);
      const ecl = eclipticOfDate(frame);
      trueNode(frame.jdTt, ecl, t);
      meanNode(frame.jdTt, ecl, m);
      widest = Math.max(widest, Math.abs(signedRad(t[0]! - m[0]!)));
    }
    expect(widest * (180 / Math.PI)).toBeLessThan(2);
    // It does move: the osculating node swings more than 1° within a year.
    expect(widest * (180 / Math.PI)).toBeGreaterThan(1);
  });

  it('gives a rate that is the derivative of its longitude', () => {
    const out = new Float64Array(3);
    const lon = (jd: number) => {
      const frame = frameAt(jd);
      trueNode(frame.jdTt, eclipticOfDate(frame), out);
      return out[0]!;
    };
    for (const jd of INSTANTS) {
      const numeric = signedRad(lon(jd + 0.001) - lon(jd - 0.001)) / 0.002;
      lon(jd);
      expect(Math.abs(numeric - out[2]!)).toBeLessThan(1e-7);
    }
  });
});
