import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { charts } from './charts';

/**
 * A chart a signed-in person kept, under a name and tags of their own. One row per person
 * and chart: saving again updates the name and tags. Timestamps keep milliseconds only, so
 * a list cursor read back into a JavaScript Date compares exactly.
 */
export const savedCharts = pgTable(
  'saved_charts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    chartHash: text('chart_hash')
      .notNull()
      .references(() => charts.hash, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdAt: timestamp('created_at', { mode: 'date', withTimezone: true, precision: 3 })
      .notNull()
      .defaultNow(),
    updatedAt: timestamp('updated_at', { mode: 'date', withTimezone: true, precision: 3 })
      .notNull()
      .defaultNow(),
  },
  (t) => [
    unique('saved_charts_user_chart_unique').on(t.userId, t.chartHash),
    index('saved_charts_user_created_idx').on(t.userId, t.createdAt.desc(), t.id.desc()),
    index('saved_charts_tags_idx').using('gin', t.tags),
    check('saved_charts_name_length', sql`char_length(${t.name}) between 1 and 100`),
    check('saved_charts_tags_count', sql`coalesce(array_length(${t.tags}, 1), 0) <= 10`),
  ],
);
export type SavedChartRow = typeof savedCharts.$inferSelect;
