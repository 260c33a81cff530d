import { z } from 'zod';
import { LOCALES } from '@/lib/i18n/locales';
import { ChartHashSchema } from './charts.schema';

export const ReadingLocaleSchema = z.enum(LOCALES);

export const ReadingRequestSchema = z
  .object({ chartHash: ChartHashSchema, locale: ReadingLocaleSchema })
  .meta({ id: 'ReadingRequest', example: { chartHash: '3fa9c2d17b04e8a1', locale: 'en' } });

export const ReadingParamsSchema = z.object({ hash: ChartHashSchema, locale: ReadingLocaleSchema });

const SectionSchema = z.object({
  sectionId: z.string(),
  position: z.number().int(),
  title: z.string(),
  paragraphs: z.array(z.string()),
});

export const ReadingStateSchema = z
  .object({
    id: z.string().meta({ description: '`{hash}:{locale}`', example: '3fa9c2d17b04e8a1:en' }),
    status: z.enum(['pending', 'generating', 'done', 'failed']),
    sectionsTotal: z.number().int().min(0),
    sections: z.array(SectionSchema),
  })
  .meta({ id: 'ReadingState' });

export const ReadingAcceptedSchema = ReadingStateSchema.extend({
  room: z.string().meta({ description: 'Socket.io room where sections arrive.' }),
  realtime: z
    .object({
      token: z.string(),
      expiresAt: z.number().meta({ description: 'Epoch milliseconds.' }),
      url: z.string(),
    })
    .meta({
      description:
        'A token for the room: connect with socket.io to `url`, `auth: { token }`, and listen for sections. POST again for a fresh token.',
    }),
  links: z.object({ self: z.string() }),
}).meta({ id: 'ReadingAccepted' });
