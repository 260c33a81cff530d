import {
  bigint,
  date,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { ApiKeyEnvironment } from '@/lib/api-keys/key-format';
import type { ApiScope } from '@/lib/api-keys/scopes';
import type { PlanName } from '@/lib/api/plans';
import { users } from './auth';

/**
 * Third-party API keys. Only the SHA-256 of a key is kept (see `lib/api-keys/hash-api-key.ts`);
 * `prefix` is its first characters, for people to tell their keys apart.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: text('id')
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    hash: text('hash').notNull(),
    environment: text('environment').$type<ApiKeyEnvironment>().notNull(),
    plan: text('plan').$type<PlanName>().notNull().default('free'),
    scopes: text('scopes').array().$type<ApiScope[]>().notNull(),
    createdAt: timestamp('created_at', { mode: 'date', withTimezone: true }).notNull().defaultNow(),
    rolledAt: timestamp('rolled_at', { mode: 'date', withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { mode: 'date', withTimezone: true }),
    revokedAt: timestamp('revoked_at', { mode: 'date', withTimezone: true }),
  },
  (t) => [
    uniqueIndex('api_keys_hash_idx').on(t.hash),
    index('api_keys_user_idx').on(t.userId, t.createdAt),
  ],
);
export type ApiKeyRow = typeof apiKeys.$inferSelect;
export type NewApiKeyRow = typeof apiKeys.$inferInsert;

/** Calls per key, route pattern and UTC day; written by additive upserts from each process. */
export const apiUsageDaily = pgTable(
  'api_usage_daily',
  {
    keyId: text('key_id')
      .notNull()
      .references(() => apiKeys.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    route: text('route').notNull(),
    count: bigint('count', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.keyId, t.day, t.route] })],
);
export type ApiUsageDayRow = typeof apiUsageDaily.$inferSelect;
