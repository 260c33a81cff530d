import { z } from 'zod';
import { ASPECT_KINDS } from '@/lib/astro/aspects';
import { AspectOutputSchema } from './engine-output.schema';
import { SubjectSchema, TimeResolutionSchema } from './subject.schema';

/** Which aspects to look for and how wide; the engine's defaults otherwise. */
export const AspectSettingsSchema = z
  .object({
    kinds: z.array(z.enum(ASPECT_KINDS)).min(1).max(ASPECT_KINDS.length).optional(),
    aspectOrbs: z.partialRecord(z.enum(ASPECT_KINDS), z.number().min(0).max(15)).optional(),
  })
  .meta({ id: 'AspectSettings' });

export const AspectsRequestSchema = z
  .object({ subject: SubjectSchema, aspects: AspectSettingsSchema.optional() })
  .meta({
    id: 'AspectsRequest',
    example: {
      subject: { date: '1990-05-15', time: '14:30', placeId: 2988507 },
      aspects: { kinds: ['conjunction', 'square', 'trine'] },
    },
  });

export const AspectsResponseSchema = z
  .object({ hash: z.string(), time: TimeResolutionSchema, aspects: z.array(AspectOutputSchema) })
  .meta({ id: 'AspectsResponse' });
