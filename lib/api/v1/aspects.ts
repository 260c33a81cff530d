import type { z } from 'zod';
import { findAspects, type AspectOptions } from '@/lib/astro/aspects';
import { chartPoints } from '@/lib/astro/chart/chart-points';
import type {
  AspectSettingsSchema,
  AspectsRequestSchema,
  AspectsResponseSchema,
} from './aspects.schema';
import { resolveSubject } from './resolve-subject';

/** Engine aspect options from the API's settings, leaving out what was not given. */
export function aspectOptions(
  settings: z.output<typeof AspectSettingsSchema> | undefined,
): AspectOptions | undefined {
  if (!settings) return undefined;
  return {
    ...(settings.kinds ? { kinds: settings.kinds } : {}),
    ...(settings.aspectOrbs ? { aspectOrbs: settings.aspectOrbs } : {}),
  };
}

/**
 * The aspects between a subject's points (bodies, plus Asc and MC when the time is known).
 *
 * @example
 * apiAspects({ subject: SubjectSchema.parse({ utc: '2000-01-01T12:00:00Z', latitude: 0, longitude: 0 }) }).aspects.length;
 */
export function apiAspects(
  input: z.output<typeof AspectsRequestSchema>,
): z.input<typeof AspectsResponseSchema> {
  const subject = resolveSubject(input.subject, 'subject.');
  return {
    hash: subject.chart.hash,
    time: subject.time,
    aspects: findAspects(chartPoints(subject.chart), aspectOptions(input.aspects)),
  };
}
