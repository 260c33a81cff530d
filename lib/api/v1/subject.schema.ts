import { z } from 'zod';
import {
  ChartSettingsSchema,
  DisambiguationSchema,
  LatitudeSchema,
  LongitudeSchema,
} from '@/lib/astro/chart/schema';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}(:\d{2})?$/;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Who or what a chart is cast for, in one of three forms: a UT instant with coordinates
 * (`utc`, `latitude`, `longitude`); a local date and time at a gazetteer place (`date`,
 * `time`, `placeId`); or a local date and time with coordinates and an IANA zone (`date`,
 * `time`, `latitude`, `longitude`, `zone`). One flat object rather than a union so each
 * missing or extra field is reported by name.
 */
export const SubjectSchema = ChartSettingsSchema.extend({
  utc: z.iso.datetime({ offset: true }).optional().meta({
    description: 'UT instant (ISO 8601 with Z or an offset). Excludes date/time/placeId/zone.',
  }),
  date: z.string().regex(DATE, 'YYYY-MM-DD').optional().meta({ description: 'Local date.' }),
  time: z
    .string()
    .regex(TIME, 'HH:MM or HH:MM:SS')
    .nullable()
    .optional()
    .meta({ description: 'Local wall-clock time; null when unknown (noon chart, no houses).' }),
  placeId: z
    .number()
    .int()
    .positive()
    .optional()
    .meta({ description: 'GeoNames id from /places.' }),
  latitude: LatitudeSchema.optional(),
  longitude: LongitudeSchema.optional(),
  zone: z
    .string()
    .min(1)
    .max(64)
    .refine(isTimeZone, 'unknown IANA time zone')
    .optional()
    .meta({ description: 'IANA zone, with date/time and coordinates.' }),
  disambiguation: DisambiguationSchema.optional().meta({
    description: 'Picks a reading of a local time a DST change skipped or repeated.',
  }),
})
  .superRefine((value, context) => {
    const need = (field: string, message: string) =>
      context.addIssue({ code: 'custom', path: [field], message });
    const refuse = (fields: string[], why: string) => {
      for (const field of fields) {
        if (value[field as keyof typeof value] !== undefined) need(field, why);
      }
    };
    if (value.utc !== undefined) {
      refuse(['date', 'time', 'placeId', 'zone', 'disambiguation'], 'not allowed with utc');
      if (value.latitude === undefined) need('latitude', 'required with utc');
      if (value.longitude === undefined) need('longitude', 'required with utc');
      return;
    }
    if (value.date === undefined) need('date', 'required (or give utc)');
    if (value.time === undefined) need('time', 'required (null when unknown)');
    if (value.placeId !== undefined) {
      refuse(['latitude', 'longitude', 'zone'], 'not allowed with placeId');
      return;
    }
    for (const field of ['latitude', 'longitude', 'zone'] as const) {
      if (value[field] === undefined) need(field, 'required without placeId');
    }
  })
  .meta({
    id: 'Subject',
    examples: [
      { date: '1990-05-15', time: '14:30', placeId: 2988507 },
      { utc: '1990-05-15T12:30:00Z', latitude: 48.8566, longitude: 2.3522 },
      {
        date: '1990-05-15',
        time: '14:30',
        latitude: 48.8566,
        longitude: 2.3522,
        zone: 'Europe/Paris',
      },
    ],
  });
export type SubjectInput = z.input<typeof SubjectSchema>;
export type Subject = z.output<typeof SubjectSchema>;

/** How the subject's time became a UT instant. */
export const TimeResolutionSchema = z
  .object({
    utc: z.iso.datetime(),
    rule: z.enum(['utc', 'iana', 'lmt', 'explicit']).meta({
      description:
        '`utc`: given as a UT instant; `iana`: the zone history; `lmt`: local mean time from the longitude; `explicit`: the offset in `disambiguation`.',
    }),
    resolvedBy: z.enum(['instant', 'zone', 'fold', 'offset']),
    offsetMinutes: z.number().nullable(),
    zone: z.string().nullable(),
    zoneAbbr: z.string().optional(),
  })
  .meta({ id: 'TimeResolution' });
export type TimeResolution = z.infer<typeof TimeResolutionSchema>;
