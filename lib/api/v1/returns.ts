import type { z } from 'zod';
import { julianDayFromDate } from '@/lib/astro/frame/julian-day';
import { lunarReturnCharts, solarReturnChart } from '@/lib/astro/techniques/return-charts';
import type { LunarReturnRequestSchema, SolarReturnRequestSchema } from './returns.schema';
import { withAstroRefusals } from './astro-refusal';
import { resolveSubject } from './resolve-subject';

/** A return is cast at `place` when given, else at the birth place: name the one refused. */
const placePrefix = (place: object | undefined) => (place ? 'place.' : 'subject.');

/**
 * The solar return of a subject in a year, cast at `place` (the birth place by default).
 *
 * @example
 * apiSolarReturn(SolarReturnRequestSchema.parse({ subject, year: 2026 })).chart.utc;
 */
export function apiSolarReturn(input: z.output<typeof SolarReturnRequestSchema>) {
  const subject = resolveSubject(input.subject, 'subject.');
  const chart = withAstroRefusals(
    () =>
      solarReturnChart(subject.chart, input.year, {
        ...(input.place ? { place: input.place } : {}),
      }),
    { prefix: placePrefix(input.place), fallback: 'year' },
  );
  return { hash: subject.chart.hash, time: subject.time, year: input.year, chart };
}

/**
 * Every lunar return of a subject between two instants (about one per 27.3 days).
 *
 * @example
 * apiLunarReturns(LunarReturnRequestSchema.parse({ subject, from, to })).returns.length;
 */
export function apiLunarReturns(input: z.output<typeof LunarReturnRequestSchema>) {
  const subject = resolveSubject(input.subject, 'subject.');
  const returns = withAstroRefusals(
    () =>
      lunarReturnCharts(
        subject.chart,
        julianDayFromDate(new Date(input.from)),
        julianDayFromDate(new Date(input.to)),
        { ...(input.place ? { place: input.place } : {}) },
      ),
    { prefix: placePrefix(input.place), fallback: 'from' },
  );
  return { hash: subject.chart.hash, time: subject.time, returns };
}
