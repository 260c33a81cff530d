import { z } from 'zod';
import { LOCALES } from '@/lib/i18n/locales';

/** Results of one search are capped by the gazetteer index; pages walk through them. */
export const MAX_PLACE_RESULTS = 50;

export const PlacesQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .meta({ description: 'Name, optionally `, region`.', example: 'Springfield, Illinois' }),
  limit: z.coerce.number().int().min(1).max(MAX_PLACE_RESULTS).default(10),
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,16}$/, 'cursor_invalid')
    .optional()
    .meta({ description: 'Opaque: the `next` link carries it.' }),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'ISO 3166-1 alpha-2')
    .optional(),
  locale: z.enum(LOCALES).default('en'),
  fields: z.string().optional().meta({ description: 'Comma-separated dotted paths to keep.' }),
});
export type PlacesQuery = z.output<typeof PlacesQuerySchema>;

export const PlaceSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    admin1: z.string().nullable(),
    countryCode: z.string(),
    countryName: z.string(),
    lat: z.number(),
    lon: z.number(),
    population: z.number(),
    timeZone: z.string(),
    label: z.string(),
  })
  .meta({ id: 'Place' });

export const PlacesPageSchema = z
  .object({
    data: z.array(PlaceSchema),
    next: z.string().nullable().meta({ description: 'URL of the next page; null on the last.' }),
  })
  .meta({ id: 'PlacesPage' });
export type PlacesPage = z.infer<typeof PlacesPageSchema>;
