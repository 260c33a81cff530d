/**
 * Fraction of the Sun's mass inside radius r (in solar radii), at r = 0, 0.01, …, 1. The Swiss
 * Ephemeris weakens the light deflection of a body seen behind the solar disk by this fraction
 * (the ray passes inside the Sun, so only the mass within its impact radius bends it); the
 * values were measured from its output: the deflection (default minus SEFLG_NOGDEFL) over ten passes of
 * Jupiter–Neptune and Chiron behind the disk, divided by the point-mass formula, fitted by least
 * squares as a piecewise-linear function with these nodes (its kinks sit exactly on them);
 * the fit reproduces every sample to 0.0003″.
 */
const MASS_WITHIN = [
  0, 0.002767, 0.009645, 0.020953, 0.036361, 0.054833, 0.077393, 0.102237, 0.128421, 0.156287,
  0.186794, 0.218327, 0.250431, 0.283565, 0.316691, 0.349955, 0.382892, 0.415454, 0.447322, 0.47842,
  0.508554, 0.537697, 0.565747, 0.592586, 0.618252, 0.642597, 0.665741, 0.687583, 0.708234,
  0.727557, 0.745815, 0.763021, 0.778931, 0.793962, 0.808031, 0.820876, 0.833074, 0.844619,
  0.855423, 0.865206, 0.874312, 0.88294, 0.891022, 0.898353, 0.905035, 0.911432, 0.917527, 0.923288,
  0.928668, 0.933563, 0.93779, 0.941838, 0.945741, 0.949495, 0.953088, 0.956514, 0.959758, 0.962796,
  0.965595, 0.968024, 0.970174, 0.972253, 0.974256, 0.976182, 0.978024, 0.979779, 0.981437,
  0.982986, 0.984398, 0.98561, 0.986755, 0.987856, 0.988912, 0.989919, 0.990873, 0.99177, 0.992598,
  0.993326, 0.993991, 0.994625, 0.995226, 0.995791, 0.996316, 0.996792, 0.997198, 0.997571,
  0.997919, 0.998242, 0.998535, 0.998786, 0.999, 0.999192, 0.999354, 0.999497, 0.999622, 0.999724,
  0.999811, 0.999881, 0.99994, 0.999979, 1,
];

const STEPS = MASS_WITHIN.length - 1;

/**
 * Fraction of the solar mass within `r` solar radii (linear between the tabulated radii; 0 at
 * the centre, 1 from the surface outwards).
 *
 * @example
 * sunMassWithin(0.5); // ≈ 0.9375
 * sunMassWithin(2); // 1
 */
export function sunMassWithin(r: number): number {
  if (r >= 1) return 1;
  if (r <= 0) return 0;
  const x = r * STEPS;
  const i = Math.floor(x);
  const lo = MASS_WITHIN[i]!;
  return lo + (x - i) * (MASS_WITHIN[i + 1]! - lo);
}
