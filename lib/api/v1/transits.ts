import type { z } from 'zod';
import { chartPoints } from '@/lib/astro/chart/chart-points';
import { dateFromJulianDay, julianDayFromDate } from '@/lib/astro/frame/julian-day';
import { findTransits } from '@/lib/astro/techniques/transits';
import type { TransitsRequestSchema, TransitsResponse } from './transits.schema';
import { resolveSubject } from './resolve-subject';

const iso = (jd: number) => dateFromJulianDay(jd).toISOString();

/**
 * Transits to a subject's bodies and angles between two instants, each hit with its exact
 * time and when it enters and leaves orb.
 *
 * @example
 * apiTransits(TransitsRequestSchema.parse({ subject, from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' })).hits;
 */
export function apiTransits(input: z.output<typeof TransitsRequestSchema>): TransitsResponse {
  const subject = resolveSubject(input.subject, 'subject.');
  const { chart } = subject;
  const from = new Date(input.from);
  const to = new Date(input.to);
  const hits = findTransits({
    natal: chartPoints(chart).map((point) => ({ id: point.id, lon: point.lon })),
    from: julianDayFromDate(from),
    to: julianDayFromDate(to),
    ...(input.transiting ? { transiting: input.transiting } : {}),
    ...(input.aspects ? { aspects: input.aspects } : {}),
    ...(chart.zodiac.kind === 'sidereal' ? { ayanamsa: chart.zodiac.ayanamsa } : {}),
  });
  return {
    hash: chart.hash,
    time: subject.time,
    from: from.toISOString(),
    to: to.toISOString(),
    hits: hits.map((hit) => ({
      transiting: hit.transiting,
      natal: hit.natal,
      aspect: hit.aspect as TransitsResponse['hits'][number]['aspect'],
      angle: hit.angle,
      exact: iso(hit.exact),
      enter: hit.enter === null ? null : iso(hit.enter),
      leave: hit.leave === null ? null : iso(hit.leave),
      retrograde: hit.retrograde,
    })),
  };
}
