import { z } from 'zod';
import { ChartOutputSchema } from './engine-output.schema';
import { ChartHashSchema } from './charts.schema';
import { SubjectSchema, TimeResolutionSchema } from './subject.schema';

export const ProgressionsRequestSchema = z
  .object({
    subject: SubjectSchema,
    at: z.iso.datetime({ offset: true }).meta({ description: 'The moment to progress to.' }),
    method: z.enum(['solar_arc', 'naibod']).default('solar_arc'),
  })
  .meta({
    id: 'ProgressionsRequest',
    example: {
      subject: { date: '1990-05-15', time: '14:30', placeId: 2988507 },
      at: '2026-05-15T00:00:00Z',
    },
  });

export const ProgressionsResponseSchema = z
  .object({
    hash: ChartHashSchema,
    time: TimeResolutionSchema,
    chart: ChartOutputSchema.extend({
      progression: z.object({
        target: z.iso.datetime(),
        ageYears: z.number(),
        progressed: z.iso.datetime(),
        method: z.enum(['solar_arc', 'naibod']),
        solarArc: z.number(),
      }),
    }),
  })
  .meta({ id: 'ProgressionsResponse' });
