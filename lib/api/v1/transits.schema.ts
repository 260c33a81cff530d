import { z } from 'zod';
import { MAJOR_ASPECTS } from '@/lib/astro/aspects';
import { BODIES } from '@/lib/astro/types';
import { ChartHashSchema } from './charts.schema';
import { SubjectSchema, TimeResolutionSchema } from './subject.schema';

/** A year of transits for every body is the most one request may ask. */
export const MAX_TRANSIT_DAYS = 366;

export const TransitsRequestSchema = z
  .object({
    subject: SubjectSchema,
    from: z.iso.datetime({ offset: true }),
    to: z.iso.datetime({ offset: true }),
    transiting: z.array(z.enum(BODIES)).min(1).max(BODIES.length).optional(),
    aspects: z
      .array(z.object({ kind: z.enum(MAJOR_ASPECTS), orb: z.number().gt(0).max(10) }))
      .min(1)
      .max(MAJOR_ASPECTS.length)
      .optional()
      .meta({ description: 'The five major aspects with a 1° orb by default.' }),
  })
  .superRefine((value, context) => {
    const days = (Date.parse(value.to) - Date.parse(value.from)) / 86_400_000;
    // An unreadable instant is already refused on its own field; the range is not in question.
    if (Number.isNaN(days)) return;
    if (!(days > 0 && days <= MAX_TRANSIT_DAYS)) {
      context.addIssue({
        code: 'custom',
        path: ['to'],
        message: `must be after from, at most ${MAX_TRANSIT_DAYS} days`,
      });
    }
  })
  .meta({
    id: 'TransitsRequest',
    example: {
      subject: { date: '1990-05-15', time: '14:30', placeId: 2988507 },
      from: '2026-01-01T00:00:00Z',
      to: '2026-03-01T00:00:00Z',
      transiting: ['saturn', 'jupiter'],
    },
  });

export const TransitHitSchema = z.object({
  transiting: z.enum(BODIES),
  natal: z.string(),
  aspect: z.enum(MAJOR_ASPECTS),
  angle: z.number(),
  exact: z.iso.datetime(),
  enter: z.iso.datetime().nullable(),
  leave: z.iso.datetime().nullable(),
  retrograde: z.boolean(),
});

export const TransitsResponseSchema = z
  .object({
    hash: ChartHashSchema,
    time: TimeResolutionSchema,
    from: z.iso.datetime(),
    to: z.iso.datetime(),
    hits: z.array(TransitHitSchema),
  })
  .meta({ id: 'TransitsResponse' });
export type TransitsResponse = z.infer<typeof TransitsResponseSchema>;
