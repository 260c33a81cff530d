import { z } from 'zod';
import { ChartSettingsSchema, DisambiguationSchema } from '@/lib/astro/chart/schema';

/**
 * What a person submits to get a chart: civil date and time (or "time unknown") and a place
 * from the gazetteer. Messages are codes the form localizes.
 */
export const BirthRequestSchema = ChartSettingsSchema.extend({
  date: z
    .string({ error: 'date_required' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date_invalid' })
    .refine((d) => d >= '1800-01-01' && d < '2400-01-01', { error: 'date_out_of_range' }),
  time: z
    .string()
    .regex(/^\d{2}:\d{2}(:\d{2})?$/, { error: 'time_invalid' })
    .nullable(),
  placeId: z.coerce
    .number({ error: 'place_required' })
    .int({ error: 'place_required' })
    .positive({ error: 'place_required' }),
  disambiguation: DisambiguationSchema.optional(),
});
export type BirthRequest = z.input<typeof BirthRequestSchema>;
