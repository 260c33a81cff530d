import type { Body } from '../types';

export const MAJOR_ASPECTS = ['conjunction', 'opposition', 'trine', 'square', 'sextile'] as const;
export const MINOR_ASPECTS = [
  'quincunx',
  'semi_sextile',
  'semi_square',
  'sesquiquadrate',
  'quintile',
  'bi_quintile',
] as const;
export const ASPECT_KINDS = [...MAJOR_ASPECTS, ...MINOR_ASPECTS] as const;
export type MajorAspect = (typeof MAJOR_ASPECTS)[number];
export type AspectKind = (typeof ASPECT_KINDS)[number];

/** Exact angle of each aspect, degrees. */
export const ASPECT_ANGLES: Readonly<Record<AspectKind, number>> = {
  conjunction: 0,
  opposition: 180,
  trine: 120,
  square: 90,
  sextile: 60,
  quincunx: 150,
  semi_sextile: 30,
  semi_square: 45,
  sesquiquadrate: 135,
  quintile: 72,
  bi_quintile: 144,
};

/** Chart angles and sensitive points that can take part in aspects besides the bodies. */
export const ANGLE_POINTS = ['asc', 'mc', 'dsc', 'ic', 'vertex'] as const;
export type AnglePoint = (typeof ANGLE_POINTS)[number];
export type PointId = Body | AnglePoint;

/** A point of a chart: ecliptic longitude (degrees) and speed (degrees/day, 0 for angles). */
export interface AspectPoint {
  id: PointId;
  lon: number;
  /** Negative while retrograde; omitted or 0 for points taken as fixed (Asc, MC, …). */
  speed?: number;
}

/**
 * Whether the aspect is getting tighter. `exact` when the separation equals the aspect angle,
 * `fixed` when neither point moves relative to the other (two angles, or equal speeds).
 */
export type AspectMotion = 'applying' | 'separating' | 'exact' | 'fixed';

export interface Aspect {
  /** First point (from the first set in inter-chart aspects). */
  a: PointId;
  /** Second point (from the second set in inter-chart aspects). */
  b: PointId;
  kind: AspectKind;
  major: boolean;
  /** The aspect's exact angle. */
  angle: number;
  /** Actual shortest angular distance between the two longitudes, in [0, 180]. */
  separation: number;
  /** Deviation from exact, |separation − angle|. */
  orb: number;
  /** Largest orb allowed for this pair and aspect. */
  allowedOrb: number;
  motion: AspectMotion;
  /** 1 when exact, falling linearly to 0 at the edge of the allowed orb. */
  exactness: number;
}

/** Overrides of the default orbs (see orbs.ts and docs/astro-aspects.md). */
export interface OrbOptions {
  /** Base orb per aspect, degrees, before the body factor. */
  aspectOrbs?: Partial<Record<AspectKind, number>>;
  /** Multiplier of the base orbs per point (Sun and Moon 1.2 by default). */
  pointFactors?: Partial<Record<PointId, number>>;
  /** Absolute orb of one point for one aspect, replacing base × factor. */
  pointOrbs?: Partial<Record<PointId, Partial<Record<AspectKind, number>>>>;
}

export interface AspectOptions extends OrbOptions {
  /** Aspects to look for; all eleven by default. */
  kinds?: readonly AspectKind[];
}
