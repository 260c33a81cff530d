import { z } from 'zod';
import { LatitudeSchema, LongitudeSchema } from '@/lib/astro/chart/schema';
import { ChartOutputSchema } from './engine-output.schema';
import { ChartHashSchema } from './charts.schema';
import { SubjectSchema, TimeResolutionSchema } from './subject.schema';

/** A lunar month is 27.3 days: a year holds about 13 returns. */
export const MAX_LUNAR_DAYS = 366;

const ReturnPlaceSchema = z
  .object({ latitude: LatitudeSchema, longitude: LongitudeSchema })
  .meta({ description: 'Where the return is cast; the birth place by default.' });

const SUBJECT_EXAMPLE = { date: '1990-05-15', time: '14:30', placeId: 2988507 };

export const SolarReturnRequestSchema = z
  .object({
    subject: SubjectSchema,
    year: z.number().int().min(1800).max(2399),
    place: ReturnPlaceSchema.optional(),
  })
  .meta({ id: 'SolarReturnRequest', example: { subject: SUBJECT_EXAMPLE, year: 2026 } });

export const LunarReturnRequestSchema = z
  .object({
    subject: SubjectSchema,
    from: z.iso.datetime({ offset: true }),
    to: z.iso.datetime({ offset: true }),
    place: ReturnPlaceSchema.optional(),
  })
  .superRefine((value, context) => {
    const days = (Date.parse(value.to) - Date.parse(value.from)) / 86_400_000;
    // An unreadable instant is already refused on its own field; the range is not in question.
    if (Number.isNaN(days)) return;
    if (!(days > 0 && days <= MAX_LUNAR_DAYS)) {
      context.addIssue({
        code: 'custom',
        path: ['to'],
        message: `must be after from, at most ${MAX_LUNAR_DAYS} days`,
      });
    }
  })
  .meta({
    id: 'LunarReturnRequest',
    example: { subject: SUBJECT_EXAMPLE, from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' },
  });

export const SolarReturnResponseSchema = z
  .object({
    hash: ChartHashSchema,
    time: TimeResolutionSchema,
    year: z.number(),
    chart: ChartOutputSchema,
  })
  .meta({ id: 'SolarReturnResponse' });

export const LunarReturnResponseSchema = z
  .object({
    hash: ChartHashSchema,
    time: TimeResolutionSchema,
    returns: z.array(ChartOutputSchema),
  })
  .meta({ id: 'LunarReturnResponse' });
