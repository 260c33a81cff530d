import { z } from 'zod';
import { AspectOutputSchema, ChartOutputSchema } from './engine-output.schema';
import { BODIES, HOUSE_SYSTEMS } from '@/lib/astro/types';
import { AspectSettingsSchema } from './aspects.schema';
import { ChartHashSchema } from './charts.schema';
import { SubjectSchema, TimeResolutionSchema } from './subject.schema';

const PAIR_EXAMPLE = {
  a: { date: '1990-05-15', time: '14:30', placeId: 2988507 },
  b: { utc: '1988-11-02T06:10:00Z', latitude: 40.7128, longitude: -74.006 },
};

export const SynastryRequestSchema = z
  .object({ a: SubjectSchema, b: SubjectSchema, aspects: AspectSettingsSchema.optional() })
  .meta({ id: 'SynastryRequest', example: PAIR_EXAMPLE });

export const CompositeRequestSchema = z
  .object({
    a: SubjectSchema,
    b: SubjectSchema,
    houseSystem: z.enum(HOUSE_SYSTEMS).optional(),
  })
  .meta({ id: 'CompositeRequest', example: PAIR_EXAMPLE });

const PartSchema = z.object({ hash: ChartHashSchema, time: TimeResolutionSchema });
const OverlaySchema = z.record(z.enum(BODIES), z.number().int().min(1).max(12).nullable());

export const SynastryResponseSchema = z
  .object({
    a: PartSchema,
    b: PartSchema,
    aspects: z.array(AspectOutputSchema),
    aInB: OverlaySchema,
    bInA: OverlaySchema,
    score: z.object({
      score: z.number().min(0).max(100).meta({
        description:
          'Compatibility, 0–100, measured against random pairs of charts: 50 is a typical pair, each 10 points around it holds about a fifth of pairs.',
      }),
      harmony: z.number().meta({ description: 'Sum of the flowing contributions.' }),
      tension: z
        .number()
        .meta({ description: 'Sum of the hard contributions, as a positive number.' }),
      contributions: z.array(AspectOutputSchema.extend({ value: z.number() })),
    }),
  })
  .meta({ id: 'SynastryResponse' });

export const CompositeResponseSchema = z
  .object({ a: PartSchema, b: PartSchema, chart: ChartOutputSchema })
  .meta({ id: 'CompositeResponse' });
