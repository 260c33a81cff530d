import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import type { DatabaseHandle, Schema } from './client';

const MIGRATIONS = path.resolve(process.cwd(), 'db/migrations');
// Arbitrary constant: serialises migrators started at once (several test workers, app replicas).
const MIGRATION_LOCK = 727_001;

/** Applies every pending migration; safe to call concurrently from several processes. */
export async function runMigrations(handle: DatabaseHandle): Promise<void> {
  if (handle.driver === 'pglite') {
    await migratePglite(handle.db as unknown as PgliteDatabase<Schema>, {
      migrationsFolder: MIGRATIONS,
    });
    return;
  }
  const db = handle.db as unknown as PostgresJsDatabase<Schema>;
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await migratePostgres(tx as unknown as PostgresJsDatabase<Schema>, {
      migrationsFolder: MIGRATIONS,
    });
  });
}
