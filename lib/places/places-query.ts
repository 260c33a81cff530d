import { z } from 'zod';

/** The place search's query string, as the autocomplete sends it. */
export const PlacesQuerySchema = z.object({
  q: z.string().trim().min(1, { error: 'query_required' }).max(100),
  limit: z.coerce.number().int().min(1).max(20).default(8),
  locale: z
    .string()
    .regex(/^[a-z]{2}(-[A-Z]{2})?$/)
    .default('en'),
});
