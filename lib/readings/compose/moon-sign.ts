import { signOf } from '@/lib/astro/angles';
import { computeBodies } from '@/lib/astro/ephemeris';
import type { Sign } from '@/lib/astro/types';
import type { ReadingChart } from './reading-chart';

/** An unknown-time chart is cast for local noon, so the birth day spans half a day either side. */
const HALF_DAY = 0.5;
/** The day's last minute, 23:59, rather than the next day's midnight. */
const ONE_MINUTE = 1 / 1440;

function moonSignAt(jdUt: number, chart: ReadingChart): Sign {
  const { moon } =
    chart.zodiac.kind === 'sidereal'
      ? computeBodies(jdUt, { bodies: ['moon'], ayanamsa: chart.zodiac.ayanamsa })
      : computeBodies(jdUt, { bodies: ['moon'] });
  return signOf(moon.lon);
}

/**
 * The signs the Moon occupied during the birth day of an unknown-time chart (cast for local noon),
 * in order; a single sign when it stayed in one, and always a single sign when the time is known.
 *
 * @example
 * moonSignsOfDay(noonChart); // ['cancer', 'leo'] when the Moon changed sign that day
 */
export function moonSignsOfDay(chart: ReadingChart): Sign[] {
  const noon = chart.bodies.moon.sign;
  if (!chart.timeUnknown) return [noon];
  const first = moonSignAt(chart.jdUt - HALF_DAY, chart);
  const last = moonSignAt(chart.jdUt + HALF_DAY - ONE_MINUTE, chart);
  // The Moon takes over two days to cross a sign, so at most one boundary falls inside a day and
  // the set keeps the signs in time order.
  return [...new Set([first, noon, last])];
}
