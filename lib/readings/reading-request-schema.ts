import { z } from 'zod';
import { LOCALES } from '@/lib/i18n/locales';

export const ReadingRequestSchema = z.object({
  chartHash: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { error: 'chart_hash_invalid' }),
  locale: z.enum(LOCALES),
});
