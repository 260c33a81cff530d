import { z } from 'zod';
import { AYANAMSAS, HOUSE_SYSTEMS } from '../types';

export const ZodiacSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tropical') }),
  z.object({ kind: z.literal('sidereal'), ayanamsa: z.enum(AYANAMSAS) }),
]);

export const LatitudeSchema = z.number().min(-90).max(90);
export const LongitudeSchema = z.number().min(-180).max(180);

/** Settings shared by every way of asking for a chart. */
export const ChartSettingsSchema = z.object({
  houseSystem: z.enum(HOUSE_SYSTEMS).default('placidus'),
  zodiac: ZodiacSchema.default({ kind: 'tropical' }),
});

/** A chart for a known UT instant and place (what `computeChart` takes). */
export const ChartInputSchema = ChartSettingsSchema.extend({
  utc: z.coerce.date(),
  latitude: LatitudeSchema,
  longitude: LongitudeSchema,
  timeUnknown: z.boolean().default(false),
});

/** How to read a wall-clock time that a DST change skipped or repeated. */
export const DisambiguationSchema = z.union([
  z.object({ fold: z.enum(['earlier', 'later']) }),
  z.object({
    offsetMinutes: z
      .number()
      .min(-16 * 60)
      .max(16 * 60),
  }),
]);

/** Civil birth data (what `chartFromBirth` takes). */
export const BirthInputSchema = ChartSettingsSchema.extend({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'),
  time: z
    .string()
    .regex(/^\d{2}:\d{2}(:\d{2})?$/, 'HH:MM or HH:MM:SS')
    .nullable(),
  location: z.object({
    latitude: LatitudeSchema,
    longitude: LongitudeSchema,
    zone: z.string().min(1),
  }),
  disambiguation: DisambiguationSchema.optional(),
});

export type ChartInputData = z.input<typeof ChartInputSchema>;
export type BirthInput = z.input<typeof BirthInputSchema>;
export type Disambiguation = z.infer<typeof DisambiguationSchema>;
