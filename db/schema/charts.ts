import {
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { users } from './auth';

/** What a chart is computed from: stored so its hash URL can be opened again. */
export interface StoredChartInput {
  utc: string;
  latitude: number;
  longitude: number;
  timeUnknown: boolean;
  houseSystem: string;
  zodiac: { kind: 'tropical' } | { kind: 'sidereal'; ayanamsa: string };
}

/** How the person entered it, for display next to the chart. */
export interface StoredBirthData {
  date: string;
  time: string | null;
  placeLabel: string;
  zone: string;
  offsetMinutes: number;
  rule: string;
}

/**
 * Charts by content hash: the same birth data always gives the same row, so charts are
 * deduplicated and shareable by URL. Computation is cheap and deterministic; only the
 * input is stored.
 */
export const charts = pgTable('charts', {
  hash: text('hash').primaryKey(),
  input: jsonb('input').$type<StoredChartInput>().notNull(),
  birth: jsonb('birth').$type<StoredBirthData>().notNull(),
  engineVersion: text('engine_version').notNull(),
  createdAt: timestamp('created_at', { mode: 'date', withTimezone: true }).notNull().defaultNow(),
});
export type ChartRow = typeof charts.$inferSelect;

/** A reading of one chart in one language; its sections arrive one by one. */
export const readings = pgTable(
  'readings',
  {
    chartHash: text('chart_hash')
      .notNull()
      .references(() => charts.hash, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    status: text('status').$type<'pending' | 'generating' | 'done' | 'failed'>().notNull(),
    sectionsTotal: integer('sections_total').notNull(),
    requestedBy: text('requested_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { mode: 'date', withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { mode: 'date', withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.chartHash, t.locale] })],
);
export type ReadingRow = typeof readings.$inferSelect;

export const readingSections = pgTable(
  'reading_sections',
  {
    chartHash: text('chart_hash').notNull(),
    locale: text('locale').notNull(),
    sectionId: text('section_id').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    paragraphs: jsonb('paragraphs').$type<string[]>().notNull(),
    createdAt: timestamp('created_at', { mode: 'date', withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.chartHash, t.locale, t.sectionId] }),
    foreignKey({
      columns: [t.chartHash, t.locale],
      foreignColumns: [readings.chartHash, readings.locale],
    }).onDelete('cascade'),
    index('reading_sections_order_idx').on(t.chartHash, t.locale, t.position),
  ],
);
export type ReadingSectionRow = typeof readingSections.$inferSelect;
