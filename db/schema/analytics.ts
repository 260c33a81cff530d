import { date, integer, pgTable, timestamp } from 'drizzle-orm/pg-core';

/** Signups per UTC day, recomputed from `users` by the rollup job (idempotent upsert). */
export const signupDaily = pgTable('signup_daily', {
  day: date('day', { mode: 'string' }).primaryKey(),
  count: integer('count').notNull(),
  updatedAt: timestamp('updated_at', { mode: 'date', withTimezone: true }).notNull().defaultNow(),
});
export type SignupDay = typeof signupDaily.$inferSelect;
