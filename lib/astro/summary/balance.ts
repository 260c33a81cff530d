import type { PointId } from '../aspects/types';
import type { Sign } from '../types';
import { signAt } from './zodiac';

/**
 * Weights of the points in the element and modality balance. The personal points (Sun, Moon,
 * Ascendant) weigh most, the inner planets next; Jupiter, Saturn and the MC count once; the outer
 * planets, which stay years in a sign and so describe a generation, half. Nodes, Lilith, Chiron,
 * Descendant, IC and Vertex do not count (the Dsc and IC would repeat the Asc and MC).
 */
export const DEFAULT_BALANCE_WEIGHTS: Readonly<Record<PointId, number>> = {
  sun: 3,
  moon: 3,
  asc: 3,
  mercury: 2,
  venus: 2,
  mars: 2,
  jupiter: 1,
  saturn: 1,
  mc: 1,
  uranus: 0.5,
  neptune: 0.5,
  pluto: 0.5,
  mean_node: 0,
  true_node: 0,
  mean_lilith: 0,
  chiron: 0,
  dsc: 0,
  ic: 0,
  vertex: 0,
};

export interface BalanceEntry {
  /** Sum of the weights of the points in this group. */
  score: number;
  /** score / total score, 0 when nothing counts. */
  share: number;
  points: PointId[];
}

export interface Balance<K extends string> {
  groups: Record<K, BalanceEntry>;
  /** Group(s) with the highest score (several when tied). */
  dominant: K[];
  /** Groups holding no weighted point. */
  missing: K[];
}

export interface WeightedPoint {
  id: PointId;
  lon: number;
}

/**
 * Weighted share of the points in each group of signs (elements, modalities, …).
 *
 * @example
 * balanceOf([{ id: 'sun', lon: 130 }], ['fire', 'earth'], (s) => (s === 'leo' ? 'fire' : 'earth'));
 * // fire: score 3, share 1; earth missing
 */
export function balanceOf<K extends string>(
  points: readonly WeightedPoint[],
  keys: readonly K[],
  groupOf: (sign: Sign) => K,
  weights: Partial<Record<PointId, number>> = {},
): Balance<K> {
  const groups = {} as Record<K, BalanceEntry>;
  for (const k of keys) groups[k] = { score: 0, share: 0, points: [] };
  let total = 0;
  for (const p of points) {
    const weight = weights[p.id] ?? DEFAULT_BALANCE_WEIGHTS[p.id];
    if (weight <= 0) continue;
    const entry = groups[groupOf(signAt(p.lon))];
    entry.score += weight;
    entry.points.push(p.id);
    total += weight;
  }
  let top = -Infinity;
  for (const k of keys) {
    groups[k].share = total > 0 ? groups[k].score / total : 0;
    top = Math.max(top, groups[k].score);
  }
  const dominant: K[] = [];
  const missing: K[] = [];
  for (const k of keys) {
    if (top > 0 && groups[k].score === top) dominant.push(k);
    if (groups[k].score === 0) missing.push(k);
  }
  return { groups, dominant, missing };
}
