import { describe, expect, it } from 'vitest';
import { signedDiffDeg } from '../angles';
import { AstroError } from '../errors';
import { HOUSE_SYSTEMS } from '../types';
import { computeHouses } from './compute-houses';
import {
  altitudeOf,
  angleAroundNorthSouth,
  diffMod180,
  eastComponentOf,
  eclipticToEquatorial,
  equatorPoint,
  raDec,
  toHorizon,
} from './sky-test-helpers';

const EPS = 23.4366;
const ARMCS = [0, 1e-9, 37.5, 89.99, 90, 135, 180, 222.2, 270, 301.7, 359.9999999];
const LATITUDES = [-60, -46.73, -33.87, -0.5, 0, 0.5, 23.44, 40.7, 51.48, 64, 66.5];

function arcsec(a: number, b: number): number {
  return Math.abs(signedDiffDeg(a, b)) * 3600;
}

describe('angles', () => {
  it.each(LATITUDES)(
    'puts the Ascendant on the eastern horizon and the MC on the meridian (φ=%s)',
    (latitude) => {
      for (const armc of ARMCS) {
        const h = computeHouses({ armc, trueObliquity: EPS, latitude });
        expect(Math.abs(altitudeOf(h.asc, armc, EPS, latitude))).toBeLessThan(1e-6);
        expect(eastComponentOf(h.asc, armc, EPS, latitude)).toBeGreaterThan(0);
        const mc = raDec(eclipticToEquatorial(h.mc, EPS));
        expect(arcsec(mc.ra, armc)).toBeLessThan(1e-3);
        expect(altitudeOf(h.mc, armc, EPS, latitude)).toBeGreaterThan(0);
        expect(h.ascFlipped).toBe(false);
      }
    },
  );

  it('puts the Vertex on the prime vertical in the west', () => {
    for (const latitude of [-50, -30, 30, 50]) {
      for (const armc of ARMCS) {
        const h = computeHouses({ armc, trueObliquity: EPS, latitude });
        const sky = toHorizon(eclipticToEquatorial(h.vertex, EPS), armc, latitude);
        expect(Math.abs(sky[0])).toBeLessThan(1e-9);
        expect(sky[1]).toBeLessThan(0);
      }
    }
  });

  it('keeps the angles continuous across ARMC 0°/360°', () => {
    for (const system of HOUSE_SYSTEMS) {
      const a = computeHouses({ armc: 359.9999999, trueObliquity: EPS, latitude: 48, system });
      const b = computeHouses({ armc: 360.0000001, trueObliquity: EPS, latitude: 48, system });
      const c = computeHouses({ armc: 360, trueObliquity: EPS, latitude: 48, system });
      expect(c.armc).toBe(0);
      a.cusps.forEach((cusp, i) => {
        expect(arcsec(cusp, b.cusps[i] ?? Number.NaN)).toBeLessThan(0.01);
      });
      expect(arcsec(a.asc, b.asc)).toBeLessThan(0.01);
    }
  });
});

describe('quadrant systems follow their definitions', () => {
  it.each(LATITUDES)(
    'Placidus cusps have run 1/3 and 2/3 of their own semi-arcs (φ=%s)',
    (latitude) => {
      for (const armc of ARMCS) {
        const h = computeHouses({ armc, trueObliquity: EPS, latitude, system: 'placidus' });
        expect(h.fallback).toBeUndefined();
        const check = (cusp: number, fraction: number, above: boolean): void => {
          const { ra, dec } = raDec(eclipticToEquatorial(cusp, EPS));
          const tanProduct = Math.tan((latitude * Math.PI) / 180) * Math.tan((dec * Math.PI) / 180);
          const diurnal = (Math.acos(-tanProduct) * 180) / Math.PI;
          // Hour angle east of the upper meridian, and east of the lower one below the horizon.
          const east = above ? signedDiffDeg(armc, ra) : signedDiffDeg(armc + 180, ra);
          const expected = above ? fraction * diurnal : -fraction * (180 - diurnal);
          expect(Math.abs(east - expected) * 3600).toBeLessThan(0.01);
        };
        check(h.cusps[10], 1 / 3, true);
        check(h.cusps[11], 2 / 3, true);
        check(h.cusps[1], 2 / 3, false);
        check(h.cusps[2], 1 / 3, false);
      }
    },
  );

  it.each(LATITUDES)(
    'Regiomontanus cusps lie on the circles through 30° steps of the equator (φ=%s)',
    (latitude) => {
      for (const armc of ARMCS) {
        const h = computeHouses({ armc, trueObliquity: EPS, latitude, system: 'regiomontanus' });
        const steps: [number, number][] = [
          [10, 30],
          [11, 60],
          [1, 120],
          [2, 150],
        ];
        for (const [index, step] of steps) {
          const cusp = angleAroundNorthSouth(
            eclipticToEquatorial(h.cusps[index] ?? 0, EPS),
            armc,
            latitude,
          );
          const circle = angleAroundNorthSouth(equatorPoint(armc + step), armc, latitude);
          expect(diffMod180(cusp, circle) * 3600).toBeLessThan(0.01);
        }
      }
    },
  );

  it.each(LATITUDES)(
    'Campanus cusps lie on the circles through 30° steps of the prime vertical (φ=%s)',
    (latitude) => {
      for (const armc of ARMCS) {
        const h = computeHouses({ armc, trueObliquity: EPS, latitude, system: 'campanus' });
        const steps: [number, number][] = [
          [10, 30],
          [11, 60],
          [1, 120],
          [2, 150],
        ];
        for (const [index, step] of steps) {
          const cusp = angleAroundNorthSouth(
            eclipticToEquatorial(h.cusps[index] ?? 0, EPS),
            armc,
            latitude,
          );
          expect(diffMod180(cusp, step) * 3600).toBeLessThan(0.01);
        }
      }
    },
  );

  it.each(LATITUDES)(
    'Koch cusps rise when the MC degree has 2/3 and 1/3 of its semi-arc to go (φ=%s)',
    (latitude) => {
      for (const armc of ARMCS) {
        const h = computeHouses({ armc, trueObliquity: EPS, latitude, system: 'koch' });
        const { dec } = raDec(eclipticToEquatorial(h.mc, EPS));
        const tanProduct = Math.tan((latitude * Math.PI) / 180) * Math.tan((dec * Math.PI) / 180);
        const semiArc = (Math.acos(-tanProduct) * 180) / Math.PI;
        const checks: [number, number][] = [
          [10, armc - (2 * semiArc) / 3],
          [11, armc - semiArc / 3],
          [1, armc + semiArc / 3],
          [2, armc + (2 * semiArc) / 3],
        ];
        for (const [index, sidereal] of checks) {
          const cusp = h.cusps[index] ?? Number.NaN;
          expect(Math.abs(altitudeOf(cusp, sidereal, EPS, latitude))).toBeLessThan(1e-6);
          expect(eastComponentOf(cusp, sidereal, EPS, latitude)).toBeGreaterThan(0);
        }
      }
    },
  );

  it('Porphyry trisects each quadrant and keeps opposite cusps opposite', () => {
    const h = computeHouses({
      armc: 31.065,
      trueObliquity: EPS,
      latitude: -46.73,
      system: 'porphyry',
    });
    const q4 = signedDiffDeg(h.mc, h.asc);
    expect(signedDiffDeg(h.mc, h.cusps[10])).toBeCloseTo(q4 / 3, 10);
    expect(signedDiffDeg(h.mc, h.cusps[11])).toBeCloseTo((2 * q4) / 3, 10);
    for (let i = 0; i < 6; i++) {
      expect(Math.abs(signedDiffDeg(h.cusps[i] ?? 0, h.cusps[i + 6] ?? 0))).toBeCloseTo(180, 9);
    }
  });

  it('equal houses start at the Ascendant and whole signs at the start of its sign', () => {
    const equal = computeHouses({
      armc: 200,
      trueObliquity: EPS,
      latitude: -33.87,
      system: 'equal',
    });
    equal.cusps.forEach((cusp, i) =>
      expect(signedDiffDeg(equal.asc, cusp)).toBeCloseTo(signedDiffDeg(0, 30 * i), 9),
    );
    const whole = computeHouses({
      armc: 200,
      trueObliquity: EPS,
      latitude: -33.87,
      system: 'whole_sign',
    });
    expect(whole.cusps[0]).toBe(Math.floor(whole.asc / 30) * 30);
    expect(whole.asc - whole.cusps[0]).toBeLessThan(30);
    whole.cusps.forEach((cusp) => expect(cusp % 30).toBe(0));
  });
});

describe('equator', () => {
  it('Placidus degenerates into cusps at 30° steps of right ascension from the MC', () => {
    const h = computeHouses({ armc: 100, trueObliquity: EPS, latitude: 0, system: 'placidus' });
    expect(arcsec(raDec(eclipticToEquatorial(h.cusps[10], EPS)).ra, 130)).toBeLessThan(0.01);
    expect(arcsec(raDec(eclipticToEquatorial(h.cusps[2], EPS)).ra, 250)).toBeLessThan(0.01);
    expect([0, 180]).toContain(h.vertex);
  });
});

describe('polar latitudes', () => {
  const polar = [66.6, 70, 89.9, -66.6, -70, -89.9];

  it.each(polar)(
    'Placidus and Koch fall back to Porphyry and never return NaN (φ=%s)',
    (latitude) => {
      for (const system of ['placidus', 'koch'] as const) {
        for (let armc = 0; armc < 360; armc += 7.5) {
          const h = computeHouses({ armc, trueObliquity: EPS, latitude, system });
          expect(h.fallback).toEqual({ from: system, to: 'porphyry', reason: 'polar_latitude' });
          expect(h.system).toBe(system);
          expect(h.effectiveSystem).toBe('porphyry');
          const porphyry = computeHouses({
            armc,
            trueObliquity: EPS,
            latitude,
            system: 'porphyry',
          });
          expect(h.cusps).toEqual(porphyry.cusps);
        }
      }
    },
  );

  it.each(polar)(
    'every system returns finite cusps and an eastern Ascendant (φ=%s)',
    (latitude) => {
      let flips = 0;
      for (const system of HOUSE_SYSTEMS) {
        for (let armc = 0.3; armc < 360; armc += 7.5) {
          const h = computeHouses({ armc, trueObliquity: EPS, latitude, system });
          for (const v of [...h.cusps, h.asc, h.mc, h.vertex]) {
            expect(Number.isFinite(v)).toBe(true);
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThan(360);
          }
          if (h.ascFlipped) flips++;
          expect(Math.abs(altitudeOf(h.asc, armc, EPS, latitude))).toBeLessThan(1e-6);
          expect(eastComponentOf(h.asc, armc, EPS, latitude)).toBeGreaterThan(0);
          if (system !== 'regiomontanus' && system !== 'campanus') {
            // Porphyry, Equal and Whole Sign count forward from an Ascendant 0–180° ahead of the MC.
            expect(signedDiffDeg(h.mc, h.asc)).toBeGreaterThanOrEqual(0);
          }
        }
      }
      expect(flips).toBeGreaterThan(0);
    },
  );

  it('turns Regiomontanus and Campanus by 180° when the MC sinks below the horizon', () => {
    const latitude = 70;
    for (const system of ['regiomontanus', 'campanus'] as const) {
      let seen = 0;
      for (let armc = 0; armc < 360; armc += 5) {
        const h = computeHouses({ armc, trueObliquity: EPS, latitude, system });
        expect(altitudeOf(h.mc, armc, EPS, latitude)).toBeGreaterThan(0);
        if (!h.ascFlipped) continue;
        seen++;
        // The houses then run clockwise: the Ascendant is behind the MC in the zodiac.
        expect(signedDiffDeg(h.mc, h.asc)).toBeLessThan(0);
        expect(h.cusps[9]).toBe(h.mc);
        expect(h.cusps[0]).toBe(h.asc);
      }
      expect(seen).toBeGreaterThan(0);
    }
  });

  it('Placidus is still solved just outside the polar circle', () => {
    for (let armc = 0; armc < 360; armc += 2.5) {
      const h = computeHouses({ armc, trueObliquity: EPS, latitude: 66.5, system: 'placidus' });
      expect(h.fallback).toBeUndefined();
    }
  });

  it('refuses the exact poles and impossible input with typed errors', () => {
    const codeOf = (latitude: number): string | undefined => {
      try {
        computeHouses({ armc: 10, trueObliquity: EPS, latitude });
      } catch (e) {
        return e instanceof AstroError ? e.code : 'not an AstroError';
      }
      return undefined;
    };
    expect(codeOf(90)).toBe('pole_latitude');
    expect(codeOf(-90)).toBe('pole_latitude');
    expect(codeOf(91)).toBe('invalid_input');
    expect(() => computeHouses({ armc: Number.NaN, trueObliquity: EPS, latitude: 0 })).toThrow(
      /finite/,
    );
  });
});
