import type { AspectKind, OrbOptions, PointId } from './types';

/**
 * Base orbs, degrees, close to astro.com's defaults: 10° for the hard majors and the trine, 6° for
 * the sextile, 3° for the quincunx and 2° for the other minors.
 */
export const DEFAULT_ASPECT_ORBS: Readonly<Record<AspectKind, number>> = {
  conjunction: 10,
  opposition: 10,
  trine: 10,
  square: 10,
  sextile: 6,
  quincunx: 3,
  semi_sextile: 2,
  semi_square: 2,
  sesquiquadrate: 2,
  quintile: 2,
  bi_quintile: 2,
};

/**
 * Multiplier of the base orbs per point. The luminaries get 20 % more; the slow or fictitious
 * points (nodes, Lilith, Chiron) and the Vertex get less, the angles a little less. Planets: 1.
 */
export const DEFAULT_POINT_FACTORS: Readonly<Record<PointId, number>> = {
  sun: 1.2,
  moon: 1.2,
  mercury: 1,
  venus: 1,
  mars: 1,
  jupiter: 1,
  saturn: 1,
  uranus: 1,
  neptune: 1,
  pluto: 1,
  chiron: 0.6,
  mean_node: 0.5,
  true_node: 0.5,
  mean_lilith: 0.5,
  asc: 0.8,
  mc: 0.8,
  dsc: 0.8,
  ic: 0.8,
  vertex: 0.3,
};

/**
 * Orb one point allows for one aspect: its absolute override if given, else the base orb of the
 * aspect times the point's factor.
 *
 * @example
 * pointAllowance('sun', 'square'); // 12
 * pointAllowance('mars', 'sextile', { pointFactors: { mars: 0.5 } }); // 3
 */
export function pointAllowance(point: PointId, kind: AspectKind, options: OrbOptions = {}): number {
  const absolute = options.pointOrbs?.[point]?.[kind];
  if (absolute !== undefined) return absolute;
  const base = options.aspectOrbs?.[kind] ?? DEFAULT_ASPECT_ORBS[kind];
  const factor = options.pointFactors?.[point] ?? DEFAULT_POINT_FACTORS[point];
  return base * factor;
}

/**
 * Orb allowed between two points for an aspect: the larger of the two points' allowances, so a
 * luminary widens the orb of everything it aspects.
 *
 * @example
 * allowedOrb('sun', 'mars', 'trine'); // 12
 * allowedOrb('mars', 'true_node', 'trine'); // 10
 */
export function allowedOrb(
  a: PointId,
  b: PointId,
  kind: AspectKind,
  options: OrbOptions = {},
): number {
  return Math.max(pointAllowance(a, kind, options), pointAllowance(b, kind, options));
}
