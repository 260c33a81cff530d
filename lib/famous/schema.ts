import { z } from 'zod';
import { Temporal } from 'temporal-polyfill';

/**
 * Rodden rating of the birth data: AA birth certificate or record, A from memory (family,
 * the person), B biography or autobiography, C caution (no source), DD conflicting data,
 * X no birth time.
 */
export const RODDEN_RATINGS = ['AA', 'A', 'B', 'C', 'DD', 'X'] as const;
export type RoddenRating = (typeof RODDEN_RATINGS)[number];

export const FAMOUS_CATEGORIES = [
  'activism',
  'art',
  'business',
  'exploration',
  'fashion',
  'film',
  'literature',
  'music',
  'politics',
  'religion',
  'royalty',
  'science',
  'sport',
] as const;
export type FamousCategory = (typeof FAMOUS_CATEGORIES)[number];

function isRealDate(text: string): boolean {
  try {
    Temporal.PlainDate.from(text, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

function isIanaZone(zone: string): boolean {
  try {
    Temporal.Now.zonedDateTimeISO(zone);
    return true;
  } catch {
    return false;
  }
}

export const FamousPlaceSchema = z.object({
  /** GeoNames id when the gazetteer holds the place; null for villages it leaves out. */
  geonameId: z.number().int().positive().nullable(),
  name: z.string().min(1),
  admin1: z.string().nullable(),
  countryCode: z.string().regex(/^[A-Z]{2}$/),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  zone: z.string().refine(isIanaZone, 'unknown IANA zone'),
});

export const FamousPersonSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    name: z.string().min(1),
    birthDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .refine(isRealDate, 'not a calendar date'),
    /** Local civil time, HH:MM; null when unknown. */
    birthTime: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
      .nullable(),
    /**
     * UTC offset of the birth time, minutes east, given only where the zone's IANA rules do not
     * give the offset in force at the birthplace (local mean time, a town that kept no daylight
     * saving time while the zone's reference city did) or where a DST change skips or repeats the
     * time. The source says why.
     */
    utcOffsetMinutes: z
      .number()
      .min(-16 * 60)
      .max(16 * 60)
      .optional(),
    place: FamousPlaceSchema,
    roddenRating: z.enum(RODDEN_RATINGS),
    source: z.string().min(1),
    categories: z.array(z.enum(FAMOUS_CATEGORIES)).min(1),
  })
  .refine((person) => (person.roddenRating === 'X') === (person.birthTime === null), {
    message: 'rating X if and only if the birth time is unknown',
  })
  .refine((person) => person.utcOffsetMinutes === undefined || person.birthTime !== null, {
    message: 'an explicit offset needs a birth time',
  });

/** Fewer people than this would make "who shares your signs" too thin to be worth showing. */
export const MIN_FAMOUS_PEOPLE = 300;

export const FamousDatasetSchema = z
  .array(FamousPersonSchema)
  .min(MIN_FAMOUS_PEOPLE)
  .superRefine((people, context) => {
    const seen = new Set<string>();
    for (const person of people) {
      if (seen.has(person.id)) {
        context.addIssue({ code: 'custom', message: `duplicate id ${person.id}` });
      }
      seen.add(person.id);
    }
  });

export type FamousPerson = z.infer<typeof FamousPersonSchema>;
export type FamousPlace = z.infer<typeof FamousPlaceSchema>;
