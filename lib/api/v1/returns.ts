import type { z } from 'zod';
import { julianDayFromDate } from '@/lib/astro/frame/julian-day';
import { lunarReturnCharts, solarReturnChart } from '@/lib/astro/techniques/return-charts';
import type { LunarReturnRequestSchema, SolarReturnRequestSchema } from './returns.schema';
import { resolveSubject } from './resolve-subject';

/**
 * The solar return of a subject in a year, cast at `place` (the birth place by default).
 *
 * @example
 * apiSolarReturn(SolarReturnRequestSchema.parse({ subject, year: 2026 })).chart.utc;
 */
export function apiSolarReturn(input: z.output<typeof SolarReturnRequestSchema>) {
  const subject = resolveSubject(input.subject, 'subject.');
  const chart = solarReturnChart(subject.chart, input.year, {
    ...(input.place ? { place: input.place } : {}),
  });
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
  const returns = lunarReturnCharts(
    subject.chart,
    julianDayFromDate(new Date(input.from)),
    julianDayFromDate(new Date(input.to)),
    { ...(input.place ? { place: input.place } : {}) },
  );
  return { hash: subject.chart.hash, time: subject.time, returns };
}
