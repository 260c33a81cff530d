import { z } from 'zod';

/** Codes the forms localize under `savedCharts.errors`. */
export const NameSchema = z
  .string({ error: 'name_required' })
  .trim()
  .min(1, { error: 'name_required' })
  .max(100, { error: 'name_too_long' });

/**
 * Tags are compared case-insensitively, so they are stored trimmed and lower-cased, each
 * once. Empty entries (a trailing comma) are dropped before the limits apply.
 */
export const TagsSchema = z
  .array(z.string().trim().toLowerCase().max(30, { error: 'tag_too_long' }))
  .transform((tags) => [...new Set(tags.filter((tag) => tag.length > 0))])
  .pipe(z.array(z.string()).max(10, { error: 'too_many_tags' }));

const UserIdSchema = z.string().min(1);
/** An id that is not a UUID cannot name a row: callers turn that into `not_found`. */
export const SavedChartIdSchema = z.uuid();

export const SaveChartInputSchema = z.object({
  userId: UserIdSchema,
  chartHash: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { error: 'chart_unknown' }),
  name: NameSchema,
  tags: TagsSchema.default([]),
});
export type SaveChartInput = z.input<typeof SaveChartInputSchema>;

export const ListSavedChartsInputSchema = z.object({
  userId: UserIdSchema,
  tag: z.string().trim().toLowerCase().min(1).max(30).optional(),
  cursor: z.string().optional(),
  limit: z.number().int().min(1).max(100).default(20),
});
export type ListSavedChartsInput = z.input<typeof ListSavedChartsInputSchema>;

export const RenameSavedChartInputSchema = z.object({
  userId: UserIdSchema,
  id: z.string(),
  name: NameSchema,
});
export type RenameSavedChartInput = z.input<typeof RenameSavedChartInputSchema>;

export const UpdateTagsInputSchema = z.object({
  userId: UserIdSchema,
  id: z.string(),
  tags: TagsSchema,
});
export type UpdateTagsInput = z.input<typeof UpdateTagsInputSchema>;

export const SavedChartRefSchema = z.object({ userId: UserIdSchema, id: z.string() });
export type SavedChartRef = z.input<typeof SavedChartRefSchema>;

/** Splits what a person types in a tags box ("family, friends") into raw tags. */
export function splitTags(text: string): string[] {
  return text.split(',');
}
