import { normalizeDeg } from '@/lib/astro/angles';
import { isotonicFit } from './isotonic';

export interface SpreadTarget {
  /** Where the label belongs: the body's screen angle, degrees. */
  angle: number;
  /** Resistance to being moved; the chart axes weigh more than bodies. */
  weight: number;
}

/**
 * Least separation, in degrees, that label `before` needs from label `after` (the next one
 * counter-clockwise) when both sit near screen angle `at`.
 */
export type RequiredGap = (before: number, after: number, at: number) => number;

const REFINEMENTS = 4;

/** Indices by angle, starting after the widest empty arc, so that the cut falls where it's free. */
function orderFromWidestGap(targets: readonly SpreadTarget[]): number[] {
  const order = targets.map((_, i) => i).sort((a, b) => targets[a]!.angle - targets[b]!.angle);
  let widest = -1;
  let start = 0;
  order.forEach((index, k) => {
    const next = order[(k + 1) % order.length]!;
    const gap = normalizeDeg(targets[next]!.angle - targets[index]!.angle) || 360;
    if (gap > widest) {
      widest = gap;
      start = (k + 1) % order.length;
    }
  });
  return [...order.slice(start), ...order.slice(0, start)];
}

/**
 * Spreads labels around a circle so that neighbours are at least their required gap apart,
 * moving them as little as possible (weighted least squares, keeping their order): a cluster
 * fans out around its centre, and heavy labels (the axes) stay put while light ones make room.
 * Gaps depend on where the labels end up, so the fit is refined a few times. Returns the display
 * angles in the order of `targets`.
 *
 * @example
 * spreadOnCircle([{ angle: 10, weight: 1 }, { angle: 11, weight: 1 }], () => 6); // [7.5, 13.5]
 */
export function spreadOnCircle(targets: readonly SpreadTarget[], gap: RequiredGap): number[] {
  if (targets.length < 2) return targets.map((t) => normalizeDeg(t.angle));
  const order = orderFromWidestGap(targets);
  const x: number[] = [];
  order.forEach((index, k) => {
    const angle = targets[index]!.angle;
    x.push(k === 0 ? angle : x[k - 1]! + normalizeDeg(angle - targets[order[k - 1]!]!.angle));
  });
  const weights = order.map((i) => targets[i]!.weight);
  let y = [...x];
  for (let pass = 0; pass < REFINEMENTS; pass++) {
    const offsets = [0];
    for (let k = 1; k < order.length; k++) {
      const at = (y[k - 1]! + y[k]!) / 2;
      offsets.push(offsets[k - 1]! + gap(order[k - 1]!, order[k]!, at));
    }
    const fitted = isotonicFit(
      x.map((v, k) => v - offsets[k]!),
      weights,
    );
    y = fitted.map((v, k) => v + offsets[k]!);
  }
  const last = order.length - 1;
  const span = y[last]! - y[0]!;
  const closing = gap(order[last]!, order[0]!, y[last]! + (360 - span) / 2);
  // More labels than the circle holds: squeeze them evenly rather than let the ends overlap.
  if (span + closing > 360) y = y.map((v) => y[0]! + ((v - y[0]!) * 360) / (span + closing));
  const out = Array<number>(targets.length).fill(0);
  order.forEach((index, k) => (out[index] = normalizeDeg(y[k]!)));
  return out;
}
