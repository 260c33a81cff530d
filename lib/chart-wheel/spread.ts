import { normalizeDeg } from '@/lib/astro/angles';
import { isotonicFit } from './isotonic';

export interface SpreadTarget {
  /** Where the label belongs: the body's screen angle, degrees. */
  angle: number;
  /** Resistance to being moved; the chart axes weigh more than bodies. */
  weight: number;
  /** Never moved, and never passed: the axis lines, which split the circle into arcs. */
  fixed?: boolean;
}

/**
 * Least separation, in degrees, that label `before` needs from label `after` (the next one
 * counter-clockwise) when both sit near screen angle `at`.
 */
export type RequiredGap = (before: number, after: number, at: number) => number;

export interface Spread {
  /** Display angles, in the order of the targets. */
  angles: number[];
  /** Some labels did not fit their arc and were squeezed closer than their gaps. */
  overfull: boolean;
}

const REFINEMENTS = 4;

/** An arc's labels in angular order: `x` unwrapped from the arc's start, `index` into targets. */
interface Run {
  index: number[];
  x: number[];
}

/**
 * Least-squares placement of a run of labels, each at least its gap after the previous one and,
 * when bounded, the whole run inside [lo, hi] (gaps to the bounding lines included). With
 * zᵢ = yᵢ − (sum of the gaps before i) the gaps become z non-decreasing and the bounds the same
 * lo ≤ z ≤ hi for every i, so the solution is the isotonic fit clipped to the bounds.
 */
function placeRun(
  run: Run,
  weights: readonly number[],
  gapAt: (k: number, y: readonly number[]) => number,
  bounds: ((y: readonly number[]) => [number, number]) | null,
): { y: number[]; overfull: boolean } {
  let y = [...run.x];
  let overfull = false;
  for (let pass = 0; pass < REFINEMENTS; pass++) {
    const offsets = [0];
    for (let k = 1; k < y.length; k++) offsets.push((offsets[k - 1] ?? 0) + gapAt(k, y));
    const fitted = isotonicFit(
      run.x.map((v, k) => v - (offsets[k] ?? 0)),
      run.index.map((i) => weights[i] ?? 1),
    );
    y = fitted.map((v, k) => v + (offsets[k] ?? 0));
    if (!bounds) continue;
    const [lo, hi] = bounds(y);
    const span = offsets[offsets.length - 1] ?? 0;
    overfull = lo + span > hi;
    if (overfull) {
      // Squeeze the run evenly into the arc rather than push it across a line.
      const scale = span > 0 ? Math.max(0, hi - lo) / span : 0;
      y = offsets.map((o) => lo + o * scale);
    } else {
      y = fitted.map((v, k) => Math.min(Math.max(v, lo), hi - span) + (offsets[k] ?? 0));
    }
  }
  return { y, overfull };
}

function sortedIndices(targets: readonly SpreadTarget[], keep: (t: SpreadTarget) => boolean) {
  return targets
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => keep(t))
    .sort((a, b) => normalizeDeg(a.t.angle) - normalizeDeg(b.t.angle))
    .map(({ i }) => i);
}

/** Unwraps the angles of `order` counter-clockwise from `start`. */
function unwrap(targets: readonly SpreadTarget[], order: readonly number[], start: number): Run {
  return {
    index: [...order],
    x: order.map((i) => start + normalizeDeg((targets[i]?.angle ?? 0) - start)),
  };
}

function spreadFree(targets: readonly SpreadTarget[], gap: RequiredGap): Spread {
  const order = sortedIndices(targets, () => true);
  // Cut the circle in its widest empty arc, so that the unrolled run has free ends.
  let start = 0;
  let widest = -1;
  order.forEach((index, k) => {
    const next = order[(k + 1) % order.length] ?? index;
    const empty = normalizeDeg((targets[next]?.angle ?? 0) - (targets[index]?.angle ?? 0)) || 360;
    if (empty > widest) {
      widest = empty;
      start = (k + 1) % order.length;
    }
  });
  const rotated = [...order.slice(start), ...order.slice(0, start)];
  const first = targets[rotated[0] ?? 0]?.angle ?? 0;
  const run = unwrap(targets, rotated, first);
  const weights = targets.map((t) => t.weight);
  const gapAt = (k: number, y: readonly number[]) =>
    gap(rotated[k - 1] ?? 0, rotated[k] ?? 0, ((y[k - 1] ?? 0) + (y[k] ?? 0)) / 2);
  let { y } = placeRun(run, weights, gapAt, null);
  const last = y.length - 1;
  const span = (y[last] ?? 0) - (y[0] ?? 0);
  const closing = gap(rotated[last] ?? 0, rotated[0] ?? 0, (y[last] ?? 0) + (360 - span) / 2);
  const overfull = span + closing > 360;
  // More labels than the circle holds: squeeze them evenly rather than let the ends overlap.
  if (overfull) y = y.map((v) => (y[0] ?? 0) + ((v - (y[0] ?? 0)) * 360) / (span + closing));
  const angles = targets.map((t) => normalizeDeg(t.angle));
  rotated.forEach((index, k) => (angles[index] = normalizeDeg(y[k] ?? 0)));
  return { angles, overfull };
}

function spreadBetweenLines(targets: readonly SpreadTarget[], gap: RequiredGap): Spread {
  const lines = sortedIndices(targets, (t) => t.fixed === true);
  const movable = sortedIndices(targets, (t) => t.fixed !== true);
  const weights = targets.map((t) => t.weight);
  const angles = targets.map((t) => normalizeDeg(t.angle));
  let overfull = false;
  lines.forEach((line, k) => {
    const next = lines[(k + 1) % lines.length] ?? line;
    const from = angles[line] ?? 0;
    const width = normalizeDeg((angles[next] ?? 0) - from) || 360;
    const inside = movable.filter((i) => normalizeDeg((angles[i] ?? 0) - from) < width);
    if (inside.length === 0) return;
    const order = [...inside].sort(
      (a, b) => normalizeDeg((angles[a] ?? 0) - from) - normalizeDeg((angles[b] ?? 0) - from),
    );
    const run = unwrap(targets, order, from);
    const gapAt = (j: number, y: readonly number[]) =>
      gap(order[j - 1] ?? 0, order[j] ?? 0, ((y[j - 1] ?? 0) + (y[j] ?? 0)) / 2);
    const bounds = (y: readonly number[]): [number, number] => {
      const first = y[0] ?? from;
      const last = y[y.length - 1] ?? from;
      return [
        from + gap(line, order[0] ?? 0, (from + first) / 2),
        from + width - gap(order[order.length - 1] ?? 0, next, (last + from + width) / 2),
      ];
    };
    const placed = placeRun(run, weights, gapAt, bounds);
    overfull ||= placed.overfull;
    order.forEach((index, j) => (angles[index] = normalizeDeg(placed.y[j] ?? 0)));
  });
  return { angles, overfull };
}

/**
 * Spreads labels around a circle so that neighbours are at least their required gap apart,
 * moving them as little as possible (weighted least squares, keeping their order): a cluster
 * fans out around its centre, and heavy labels stay put while light ones make room. Fixed
 * targets (the axis lines) never move and are never crossed: each label stays in the arc
 * between the lines where it belongs, so a body above the horizon is drawn above it. Gaps depend
 * on where the labels end up, so the fit is refined a few times.
 *
 * @example
 * spreadOnCircle([{ angle: 10, weight: 1 }, { angle: 11, weight: 1 }], () => 6).angles; // [7.5, 13.5]
 */
export function spreadOnCircle(targets: readonly SpreadTarget[], gap: RequiredGap): Spread {
  if (targets.some((t) => t.fixed)) return spreadBetweenLines(targets, gap);
  if (targets.length < 2)
    return { angles: targets.map((t) => normalizeDeg(t.angle)), overfull: false };
  return spreadFree(targets, gap);
}
