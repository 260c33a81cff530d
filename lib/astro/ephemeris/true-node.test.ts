import { describe, expect, it } from 'vitest';
import { frameAt } from '../frame';
import { MAX_JD, MIN_JD } from '../frame/supported-range';
import { eclipticOfDate } from './frame-rotation';
import { meanNode } from './mean-lunar-points';
import { trueNode } from './true-node';
import { lunarStateJ2000 } from './true-node-moon';

const INSTANTS = [MIN_JD + 1, 2415020.5, 2440000.3, 2451545, 2460400.7, MAX_JD - 1];
/** GM of the Earth plus the Moon (IERS 2010), au³/day². */
const GM_EARTH_MOON = (398600.4418 * (1 + 1 / 81.30056907) * 86400 ** 2) / 149597870.7 ** 3;

const signedRad = (a: number) => Math.atan2(Math.sin(a), Math.cos(a));

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
