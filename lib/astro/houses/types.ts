import type { HouseSystem } from '../types';

/** Twelve house cusps, ecliptic longitudes in [0, 360); index 0 is the cusp of house 1. */
export type HouseCusps = readonly [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
];

/** Sidereal inputs of a house computation, degrees. */
export interface HouseInput {
  /** Right ascension of the meridian (local apparent sidereal time × 15). */
  armc: number;
  /** True obliquity of the ecliptic of date. */
  trueObliquity: number;
  /** Geographic latitude, north positive, in [−90, 90]. */
  latitude: number;
  /** Defaults to Placidus. */
  system?: HouseSystem;
}

/** Why a requested house system was replaced. */
export type HouseFallbackReason =
  /** Placidus and Koch have no solution inside the polar circles (|latitude| ≥ 90° − obliquity). */
  | 'polar_latitude'
  /** The Placidus iteration did not converge (just outside a polar circle). */
  | 'no_convergence';

/** Set when the requested system could not be computed and another one was used instead. */
export interface HouseFallback {
  from: HouseSystem;
  to: 'porphyry';
  reason: HouseFallbackReason;
}

/** Houses and angles of one chart, degrees of ecliptic longitude of date. */
export interface HouseResult {
  /** The system asked for. */
  system: HouseSystem;
  /** The system whose cusps are returned: `system`, or Porphyry after a fallback. */
  effectiveSystem: HouseSystem;
  cusps: HouseCusps;
  asc: number;
  mc: number;
  armc: number;
  vertex: number;
  /**
   * True inside a polar circle when the MC was below the horizon and the Ascendant formula gave a
   * point in the west: the opposite point is used as Ascendant (and, for Regiomontanus and
   * Campanus, the IC as MC, with cusps running clockwise), as the Swiss Ephemeris does.
   */
  ascFlipped: boolean;
  fallback?: HouseFallback;
}
