import path from 'node:path';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { DatabaseHandle, Schema } from './client';

const MIGRATIONS = path.resolve(process.cwd(), 'db/migrations');
// Arbitrary constant: serialises migrators started at once (several test workers, app replicas).
const MIGRATION_LOCK = 727_001;

/** Applies every pending migration; safe to call concurrently from several processes. */
export async function runMigrations(handle: DatabaseHandle): Promise<void> {
  if (handle.driver === 'pglite' || !handle.url) {
    await migratePglite(handle.db as unknown as PgliteDatabase<Schema>, {
      migrationsFolder: MIGRATIONS,
    });
    return;
  }
  // The migrator runs its own transaction, so the lock is held on a separate session.
  const lock = postgres(handle.url, { max: 1, onnotice: () => {} });
  try {
    await lock`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migratePostgres(handle.db as unknown as PostgresJsDatabase<Schema>, {
      migrationsFolder: MIGRATIONS,
    });
  } finally {
    await lock`select pg_advisory_unlock(${MIGRATION_LOCK})`.catch(() => undefined);
    await lock.end({ timeout: 5 });
  }
}
