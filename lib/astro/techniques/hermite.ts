import { safeNewton, type RootSample } from './root-finding';

/**
 * Cubic Hermite interpolation between two samples that carry value and slope. Between ephemeris
 * samples a day apart it reproduces the Moon's longitude to about 0.2″, so a root of the cubic is
 * a starting point that needs one or two ephemeris calls to polish.
 *
 * @example
 * hermiteAt({ t: 0, value: 0, slope: 1 }, { t: 1, value: 1, slope: 1 }, 0.5); // { t: 0.5, value: 0.5, slope: 1 }
 */
export function hermiteAt(s0: RootSample, s1: RootSample, t: number): RootSample {
  const h = s1.t - s0.t;
  const u = (t - s0.t) / h;
  const u2 = u * u;
  const u3 = u2 * u;
  const value =
    (2 * u3 - 3 * u2 + 1) * s0.value +
    (u3 - 2 * u2 + u) * h * s0.slope +
    (-2 * u3 + 3 * u2) * s1.value +
    (u3 - u2) * h * s1.slope;
  const slope =
    ((6 * u2 - 6 * u) * s0.value) / h +
    (3 * u2 - 4 * u + 1) * s0.slope +
    ((-6 * u2 + 6 * u) * s1.value) / h +
    (3 * u2 - 2 * u) * s1.slope;
  return { t, value, slope };
}

/**
 * Root of the Hermite cubic through `s0` and `s1`, whose values must have opposite signs.
 *
 * @example
 * hermiteRoot({ t: 0, value: -1, slope: 2 }, { t: 1, value: 1, slope: 2 }, 1e-9); // 0.5
 */
export function hermiteRoot(s0: RootSample, s1: RootSample, tolerance: number): number {
  const linear = s0.t - (s0.value * (s1.t - s0.t)) / (s1.value - s0.value);
  return safeNewton((t) => hermiteAt(s0, s1, t), s0, s1, linear, tolerance);
}
