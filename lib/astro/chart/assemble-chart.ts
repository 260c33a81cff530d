import { findAspects, type Aspect, type AspectOptions } from '../aspects';
import type { Frame } from '../frame';
import type { HouseResult } from '../houses';
import { summarizeChart } from '../summary';
import { chartPoints } from './chart-points';
import type { Body, BodyPosition, HouseSystem, Zodiac } from '../types';
import { ENGINE_VERSION } from './engine-version';
import { chartAngles, placeBodies } from './placements';
import type { Chart } from './types';

/** Everything a chart is built from, already in the chart's zodiac. */
export interface ChartParts {
  jdUt: number;
  utc: Date;
  latitude: number;
  longitude: number;
  houseSystem: HouseSystem;
  zodiac: Zodiac;
  timeUnknown: boolean;
  /** Longitudes in [0, 360), in BODIES order, so the chart's aspects serve the summary too. */
  positions: Readonly<Record<Body, BodyPosition>>;
  /** Null when the birth time is unknown. Asc and MC in [0, 360). */
  houses: HouseResult | null;
  frame: Frame;
  ayanamsa: number | null;
  aspectOptions?: AspectOptions;
  hash: string;
}

/** The mean and true nodes are two models of one point: their "aspect" says nothing. */
function isNodePair(x: Aspect): boolean {
  return (
    (x.a === 'mean_node' && x.b === 'true_node') || (x.a === 'true_node' && x.b === 'mean_node')
  );
}

/**
 * Builds a chart from computed positions and houses: signs, house numbers, angles, aspects,
 * summary and meta. Natal, return, progressed and composite charts all go through here, so they have one
 * shape.
 *
 * @example
 * assembleChart({ jdUt, utc, latitude, longitude, houseSystem: 'placidus', zodiac, timeUnknown:
 *   false, positions: computeBodies(jdUt), houses: housesAt(jdUt, latitude, longitude), frame:
 *   frameAt(jdUt), ayanamsa: null, hash });
 */
export function assembleChart(parts: ChartParts): Chart {
  const bodies = placeBodies(parts.positions, parts.houses);
  const angles = parts.houses ? chartAngles(parts.houses) : null;
  const aspects = findAspects(chartPoints({ bodies, angles }), parts.aspectOptions).filter(
    (x) => !isNodePair(x),
  );
  const { frame } = parts;
  return {
    utc: parts.utc.toISOString(),
    jdUt: parts.jdUt,
    latitude: parts.latitude,
    longitude: parts.longitude,
    houseSystem: parts.houseSystem,
    zodiac: parts.zodiac,
    timeUnknown: parts.timeUnknown,
    bodies,
    houses: parts.houses,
    angles,
    aspects,
    summary: summarizeChart({
      bodies,
      ...(parts.houses ? { houses: parts.houses } : {}),
      ...(parts.aspectOptions ? { aspectOptions: parts.aspectOptions } : {}),
      aspects,
    }),
    hash: parts.hash,
    meta: {
      engineVersion: ENGINE_VERSION,
      deltaT: frame.deltaT,
      jdTt: frame.jdTt,
      trueObliquity: frame.trueObliquity,
      meanObliquity: frame.meanObliquity,
      nutationLon: frame.nutationLon,
      gast: frame.gast,
      ayanamsa: parts.ayanamsa,
    },
  };
}
