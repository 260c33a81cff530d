import { z } from 'zod';
import { FAMOUS_CATEGORIES, FamousPersonSchema } from '@/lib/famous/schema';
import { ChartOutputSchema } from './engine-output.schema';

export const MAX_FAMOUS_PAGE = 100;

export const FamousQuerySchema = z.object({
  q: z.string().trim().min(1).max(100).optional().meta({
    description: 'Words of the name, accents and case ignored; best matches first.',
    example: 'einstein',
  }),
  category: z.enum(FAMOUS_CATEGORIES).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_FAMOUS_PAGE).default(20),
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,16}$/, 'cursor_invalid')
    .optional()
    .meta({ description: 'Opaque: the `next` link carries it.' }),
  fields: z.string().optional().meta({ description: 'Comma-separated dotted paths to keep.' }),
});
export type FamousQuery = z.output<typeof FamousQuerySchema>;

export const FamousParamsSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .max(100)
    .meta({ example: 'albert-einstein' }),
});

/** The dataset's own schema: what is validated in the repository is what the API answers. */
export const FamousPersonOutputSchema = FamousPersonSchema.meta({ id: 'FamousPerson' });

export const FamousPageSchema = z
  .object({
    data: z.array(FamousPersonOutputSchema),
    next: z.string().nullable().meta({ description: 'URL of the next page; null on the last.' }),
  })
  .meta({ id: 'FamousPage' });
export type FamousPageAnswer = z.infer<typeof FamousPageSchema>;

export const FamousPersonChartSchema = z
  .object({
    person: FamousPersonOutputSchema,
    chart: ChartOutputSchema.meta({
      description:
        'Natal chart from the dataset; without a birth time it is a noon chart with `timeUnknown` and no houses.',
    }),
  })
  .meta({ id: 'FamousPersonChart' });
