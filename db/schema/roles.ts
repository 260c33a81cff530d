import { pgTable, text } from 'drizzle-orm/pg-core';

/** The roles a user can hold. Rows are inserted by a migration; `users.role` references them. */
export const roles = pgTable('roles', {
  name: text('name').primaryKey(),
  description: text('description').notNull(),
});

export const ROLE_NAMES = ['user', 'admin'] as const;
export type RoleName = (typeof ROLE_NAMES)[number];
