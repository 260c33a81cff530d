import { z } from 'zod';
import { ChartOutputSchema } from './engine-output.schema';
import { SubjectSchema, TimeResolutionSchema } from './subject.schema';

export const ChartHashSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'chart_hash_invalid')
  .meta({ description: 'Content hash of the chart input.', example: '3fa9c2d17b04e8a1' });

/** `POST /api/v1/charts`: a subject. */
export const CreateChartRequestSchema = SubjectSchema;

export const ChartCreatedSchema = z
  .object({
    hash: ChartHashSchema,
    chart: ChartOutputSchema,
    time: TimeResolutionSchema,
  })
  .meta({ id: 'ChartCreated' });

export const StoredBirthSchema = z
  .object({
    date: z.string(),
    time: z.string().nullable(),
    placeLabel: z.string(),
    zone: z.string(),
    offsetMinutes: z.number(),
    rule: z.string(),
  })
  .meta({ id: 'StoredBirth', description: 'The subject as it was given.' });

export const StoredChartSchema = z
  .object({ hash: ChartHashSchema, chart: ChartOutputSchema, birth: StoredBirthSchema })
  .meta({ id: 'StoredChart' });

export const ChartParamsSchema = z.object({ hash: ChartHashSchema });

export const FieldsQuerySchema = z.object({
  fields: z.string().optional().meta({
    description: 'Comma-separated dotted paths to keep, e.g. `hash,chart.bodies.sun`.',
    example: 'hash,chart.bodies.sun',
  }),
});
