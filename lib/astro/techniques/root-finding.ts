/**
 * Scalar root finding on a bracket. The techniques evaluate the ephemeris (~100 µs a call) at
 * every step, so both finders aim for the fewest evaluations, not the simplest code.
 */

/** A sampled point of a function: its value and, when known, its derivative. */
export interface RootSample {
  t: number;
  value: number;
  slope: number;
}

/**
 * Root of `fn` on `[a.t, b.t]` where `a.value` and `b.value` have opposite signs (or one is 0),
 * by Newton steps from `guess`, falling back to bisection whenever a step leaves the bracket or
 * fails to shrink it. Stops when the last step is under `tolerance`.
 *
 * @example
 * const f = (t: number) => ({ t, value: t * t - 2, slope: 2 * t });
 * safeNewton(f, f(1), f(2), 1.5, 1e-12); // ≈ 1.41421356
 */
export function safeNewton(
  fn: (t: number) => RootSample,
  a: RootSample,
  b: RootSample,
  guess: number,
  tolerance: number,
  maxEvaluations = 40,
): number {
  if (a.value === 0) return a.t;
  if (b.value === 0) return b.t;
  let low = a.value < 0 ? a.t : b.t;
  let high = a.value < 0 ? b.t : a.t;
  let t = Math.min(Math.max(guess, Math.min(low, high)), Math.max(low, high));
  for (let i = 0; i < maxEvaluations; i++) {
    const s = fn(t);
    if (s.value === 0) return t;
    if (s.value < 0) low = t;
    else high = t;
    const newton = s.slope !== 0 ? t - s.value / s.slope : Number.NaN;
    const inside = newton > Math.min(low, high) && newton < Math.max(low, high);
    const next = inside ? newton : (low + high) / 2;
    if (Math.abs(next - t) < tolerance) return next;
    t = next;
  }
  return t;
}

/**
 * Root of a function known only by value on `[a, b]` (values `fa`, `fb` of opposite signs), by the
 * Illinois variant of regula falsi: superlinear, and never leaves the bracket.
 *
 * @example
 * illinois((t) => Math.cos(t), 0, 3, 1, Math.cos(3), 1e-10); // ≈ π/2
 */
export function illinois(
  fn: (t: number) => number,
  a: number,
  b: number,
  fa: number,
  fb: number,
  tolerance: number,
  maxEvaluations = 60,
): number {
  if (fa === 0) return a;
  if (fb === 0) return b;
  let previous = a;
  for (let i = 0; i < maxEvaluations; i++) {
    const c = b - (fb * (b - a)) / (fb - fa);
    if (Math.abs(c - previous) < tolerance || Math.abs(b - a) < tolerance) return c;
    previous = c;
    const fc = fn(c);
    if (fc === 0) return c;
    if (fc * fb < 0) {
      a = b;
      fa = fb;
    } else {
      // Halving the retained end's value is the Illinois fix for regula falsi's one-sided stall.
      fa /= 2;
    }
    b = c;
    fb = fc;
  }
  return b;
}
