import { z } from 'zod';
import { LOCALES } from '@/lib/i18n/locales';

/** The PDF route's path: a locale of ours and a hash (an unknown hash is a 404 later). */
export const ChartPdfParamsSchema = z.object({
  locale: z.enum(LOCALES),
  hash: z.string().min(1).max(128),
});
