import data from './data/moshier-moon.json';

/**
 * Mean lunar and planetary elements of Moshier's lunar theory, arcseconds, with DE404-fitted
 * higher-order secular terms (data.z). Time `t` in Julian centuries from J2000 (TT).
 */
export interface LunarElements {
  /** Mean anomaly of the Sun (l′). */
  M: number;
  /** Mean argument of latitude (F). */
  NF: number;
  /** Mean anomaly of the Moon (l). */
  MP: number;
  /** Mean elongation (D). */
  D: number;
  /** Mean longitude of the Moon, mean ecliptic and equinox of date. */
  L: number;
  Ve: number;
  Ea: number;
  Ma: number;
  Ju: number;
  Sa: number;
}

const Z = data.z;
const CIRCLE = 1296000;

function mod3600(x: number): number {
  return x - CIRCLE * Math.floor(x / CIRCLE);
}

function horner(t: number, coefs: readonly number[]): number {
  let s = 0;
  for (let i = coefs.length - 1; i >= 0; i--) s = s * t + coefs[i]!;
  return s;
}

/**
 * The mean elements at `t` centuries from J2000. The integer part of the rate is applied to the
 * fractional century only, which keeps full precision in the arcsecond angles.
 *
 * @example
 * lunarElements(0).L / 3600; // ≈ 218.3°
 */
export function lunarElements(t: number, withPlanets = true): LunarElements {
  const t2 = t * t;
  const frac = t % 1;
  let M = mod3600(129600000 * frac - 3418.961646 * t + 1287104.76154);
  M +=
    horner(
      t,
      [
        -0.552891801772, 1.4732069041e-4, -1.1297037031e-5, -4.77258489e-8, 8.8555011e-11,
        4.237343e-13, -3.83508e-15, -1.039e-17, 1.62e-20,
      ],
    ) * t2;
  let NF = mod3600(1739232000 * frac + 295263.0983 * t - 2.07941990176e-1 * t + 335779.55755);
  let MP = mod3600(1717200000 * frac + 715923.4728 * t - 2.035946368532e-1 * t + 485868.28096);
  let D = mod3600(1601856000 * frac + 1105601.4603 * t + 3.962893294503e-1 * t + 1072260.73512);
  let L = mod3600(1731456000 * frac + 1108372.83264 * t - 6.784914260953e-1 * t + 785939.95571);
  NF += ((Z[2]! * t + Z[1]!) * t + Z[0]!) * t2;
  MP += ((Z[5]! * t + Z[4]!) * t + Z[3]!) * t2;
  D += ((Z[8]! * t + Z[7]!) * t + Z[6]!) * t2;
  L += ((Z[11]! * t + Z[10]!) * t + Z[9]!) * t2;
  if (!withPlanets) return { M, NF, MP, D, L, Ve: 0, Ea: 0, Ma: 0, Ju: 0, Sa: 0 };
  const Ve =
    mod3600(210664136.4335482 * t + 655127.283046) +
    horner(
      t,
      [
        0.005871373088, -1.4244812531e-5, -2.26602516e-9, -3.0622898e-10, 2.509418e-13, 4.43201e-15,
        6.097e-18, -1.95e-20, -9.36e-23,
      ],
    ) *
      t2;
  const Ea =
    mod3600(129597742.26669231 * t + 361679.214649) +
    horner(
      t,
      [
        -2.0199859001e-2, 8.863982531e-6, 1.515912254e-7, 1.7228268e-10, -1.226182e-12,
        -1.08402e-14, 2.846e-17, 2.976e-19, -1.16e-22,
      ],
    ) *
      t2;
  const Ma = mod3600(68905077.59284 * t + 1279559.78866) + (-1.043e-5 * t + 9.38012e-3) * t2;
  const Ju =
    mod3600(10925660.428608 * t + 123665.34212) + (1.543273e-5 * t - 3.06037836351e-1) * t2;
  const Sa =
    mod3600(4399609.65932 * t + 180278.89694) +
    ((4.475946e-8 * t - 6.874806e-5) * t + 7.56161437443e-1) * t2;
  return { M, NF, MP, D, L, Ve, Ea, Ma, Ju, Sa };
}
