import {
  findInterAspects,
  MAJOR_ASPECTS,
  type Aspect,
  type AspectOptions,
} from '@/lib/astro/aspects';
import { chartPoints } from '@/lib/astro/chart/chart-points';
import { computeChart } from '@/lib/astro/chart/compute-chart';
import type { Chart } from '@/lib/astro/chart/types';
import { dateFromJulianDay, julianDayFromDate } from '@/lib/astro/frame/julian-day';
import { findTransits, type NatalPoint, type TransitHit } from '@/lib/astro/techniques/transits';
import type { Body } from '@/lib/astro/types';
import type { TransitBodySet } from './transits-query';
import { monthOnClock, type ZoneClock } from './zone-clock';

/** Transiting bodies of each filter: the Moon is left out (a dozen hits per natal point a year). */
export const TRANSIT_BODIES: Readonly<Record<TransitBodySet, readonly Body[]>> = {
  outer: ['jupiter', 'saturn', 'uranus', 'neptune', 'pluto'],
  planets: ['sun', 'mercury', 'venus', 'mars', 'jupiter', 'saturn', 'uranus', 'neptune', 'pluto'],
};

/** Tighter than natal orbs: a transit is felt over a few degrees. */
export const CURRENT_TRANSIT_ORBS: AspectOptions = {
  kinds: MAJOR_ASPECTS,
  aspectOrbs: { conjunction: 3, opposition: 3, square: 3, trine: 3, sextile: 2 },
};

/** The true node stands for the mean one: both would list each contact twice. */
const MEAN_POINTS = new Set<string>(['mean_node']);

/** Natal points transits are measured to: the bodies, and Asc/MC when the birth time is known. */
export function natalTargets(natal: Chart): NatalPoint[] {
  return chartPoints(natal)
    .filter((p) => !MEAN_POINTS.has(p.id))
    .map((p) => ({ id: p.id, lon: p.lon }));
}

export interface CurrentTransits {
  /** The sky at `now`, cast at the birth place in the natal zodiac. */
  sky: Chart;
  /** `a` natal (taken as fixed), `b` transiting; tightest first. */
  aspects: Aspect[];
}

/**
 * Transits at an instant: the sky's bodies against the natal points, within transit orbs; the
 * natal points do not move, so applying/separating follows the transiting body alone.
 *
 * @example
 * currentTransits(natal, new Date()).aspects[0]; // { a: 'sun', b: 'saturn', kind: 'square', … }
 */
export function currentTransits(natal: Chart, now: Date): CurrentTransits {
  const sky = computeChart({
    utc: now,
    latitude: natal.latitude,
    longitude: natal.longitude,
    zodiac: natal.zodiac,
    houseSystem: natal.houseSystem,
  });
  const fixed = natalTargets(natal).map((p) => ({ id: p.id as Aspect['a'], lon: p.lon }));
  const moving = chartPoints({ bodies: sky.bodies, angles: null }).filter(
    (p) => !MEAN_POINTS.has(p.id),
  );
  return { sky, aspects: findInterAspects(fixed, moving, CURRENT_TRANSIT_ORBS) };
}

export interface TimelineMonth {
  /** `YYYY-MM` on the birth clock. */
  month: string;
  hits: TransitHit[];
}

/**
 * Exact transit hits between two civil dates (UT midnights), grouped by month on the birth
 * clock. A retrograde loop over a point gives its three hits, each in its month.
 *
 * @example
 * transitTimeline(natal, { from: '2026-01-01', to: '2027-01-01', bodies: 'outer' }, clock);
 */
export function transitTimeline(
  natal: Chart,
  range: { from: string; to: string; bodies: TransitBodySet },
  clock: ZoneClock,
): TimelineMonth[] {
  const hits = findTransits({
    natal: natalTargets(natal),
    from: julianDayFromDate(new Date(`${range.from}T00:00:00Z`)),
    to: julianDayFromDate(new Date(`${range.to}T00:00:00Z`)),
    transiting: TRANSIT_BODIES[range.bodies],
    ...(natal.zodiac.kind === 'sidereal' ? { ayanamsa: natal.zodiac.ayanamsa } : {}),
  });
  return groupByMonth(hits, clock);
}

/** Hits (sorted by time) in month groups, in order. */
export function groupByMonth(hits: readonly TransitHit[], clock: ZoneClock): TimelineMonth[] {
  const months: TimelineMonth[] = [];
  for (const hit of hits) {
    const month = monthOnClock(dateFromJulianDay(hit.exact), clock);
    const last = months[months.length - 1];
    if (last?.month === month) last.hits.push(hit);
    else months.push({ month, hits: [hit] });
  }
  return months;
}
