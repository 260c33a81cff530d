import { z } from 'zod';
import { FAMOUS_CATEGORIES } from '@/lib/famous';

/** The browse page's query string; anything unreadable falls back to "everyone, first page". */
export const FamousQuerySchema = z.object({
  q: z.string().trim().max(100).catch('').default(''),
  category: z.enum(FAMOUS_CATEGORIES).optional().catch(undefined),
  cursor: z
    .string()
    .regex(/^[a-z0-9-]{1,100}$/)
    .optional()
    .catch(undefined),
});

export type FamousQuery = z.infer<typeof FamousQuerySchema>;

/** First value of a query parameter Next.js may hand over as an array. */
export function firstValues(
  params: Record<string, string | string[] | undefined>,
): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
}
