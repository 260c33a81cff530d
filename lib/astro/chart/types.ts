import type { Aspect, AspectOptions } from '../aspects';
import type { HouseResult } from '../houses';
import type { ChartSummary } from '../summary';
import type { Body, HouseSystem, Zodiac } from '../types';
import type { AngleName, ChartBody, SignPlacement } from './placements';

/** Settings of a chart, besides its instant and place. */
export interface ChartSettings {
  /** Default Placidus. */
  houseSystem?: HouseSystem;
  /** Default tropical. */
  zodiac?: Zodiac;
  /** Noon chart for an unknown birth time: no houses, no angles, no aspects to them. */
  timeUnknown?: boolean;
  aspects?: AspectOptions;
}

/** Instant (UT, as a Date or a Julian day) and place of a chart. */
export type ChartInstant = { utc: Date; jdUt?: undefined } | { jdUt: number; utc?: undefined };

export type ChartInput = ChartInstant &
  ChartSettings & {
    /** Degrees north. */
    latitude: number;
    /** Degrees east. */
    longitude: number;
  };

/** The houses of a chart, in its zodiac. */
export type ChartHouses = HouseResult;

export interface ChartMeta {
  engineVersion: string;
  /** ΔT = TT − UT, seconds. */
  deltaT: number;
  jdTt: number;
  trueObliquity: number;
  meanObliquity: number;
  /** Nutation in longitude, degrees. */
  nutationLon: number;
  /** Greenwich apparent sidereal time, degrees. */
  gast: number;
  /** Ayanamsa subtracted from every longitude, degrees; null in the tropical zodiac. */
  ayanamsa: number | null;
}

export interface Chart {
  /** UT instant, ISO 8601. */
  utc: string;
  jdUt: number;
  latitude: number;
  longitude: number;
  houseSystem: HouseSystem;
  zodiac: Zodiac;
  timeUnknown: boolean;
  bodies: Record<Body, ChartBody>;
  /** Null when the birth time is unknown. */
  houses: ChartHouses | null;
  /** Null when the birth time is unknown. */
  angles: Record<AngleName, SignPlacement> | null;
  /** Aspects among bodies, Asc and MC (not between the two nodes), tightest first. */
  aspects: Aspect[];
  /** Elements, modalities, hemispheres, dominants, patterns (docs/astro-houses-aspects.md). */
  summary: ChartSummary;
  hash: string;
  meta: ChartMeta;
}
