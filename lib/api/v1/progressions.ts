import type { z } from 'zod';
import { dateFromJulianDay, julianDayFromDate } from '@/lib/astro/frame/julian-day';
import { progressedChart } from '@/lib/astro/techniques/progressions';
import type { ProgressionsRequestSchema } from './progressions.schema';
import { resolveSubject } from './resolve-subject';

/**
 * Secondary progressions (a day for a year) of a subject to a moment, angles by solar arc
 * or Naibod.
 *
 * @example
 * apiProgressions(ProgressionsRequestSchema.parse({ subject, at: '2026-05-15T00:00:00Z' })).chart.progression.ageYears;
 */
export function apiProgressions(input: z.output<typeof ProgressionsRequestSchema>) {
  const subject = resolveSubject(input.subject, 'subject.');
  const { progression, ...chart } = progressedChart(
    subject.chart,
    julianDayFromDate(new Date(input.at)),
    { method: input.method },
  );
  return {
    hash: subject.chart.hash,
    time: subject.time,
    chart: {
      ...chart,
      progression: {
        target: dateFromJulianDay(progression.targetJd).toISOString(),
        ageYears: progression.ageYears,
        progressed: dateFromJulianDay(progression.progressedJd).toISOString(),
        method: progression.method,
        solarArc: progression.solarArc,
      },
    },
  };
}
