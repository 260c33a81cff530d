import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { env } from '@/lib/config/env';
import * as schema from './schema';

export type Schema = typeof schema;
/** The one database type the app codes against, whichever driver is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export interface DatabaseHandle {
  db: Database;
  driver: 'postgres' | 'pglite';
  /** The PostgreSQL URL, when the driver is postgres. */
  url?: string;
  close(): Promise<void>;
}

/** Opens a connection: PostgreSQL when a URL is given, otherwise embedded PGlite under `dataDir`. */
export function openDatabase(options: { url?: string; dataDir: string }): DatabaseHandle {
  if (options.url) {
    const sql = postgres(options.url, { max: 10, onnotice: () => {} });
    return {
      db: drizzlePostgres(sql, { schema }),
      driver: 'postgres',
      url: options.url,
      close: () => sql.end({ timeout: 5 }),
    };
  }
  const client = new PGlite(path.join(/*turbopackIgnore: true*/ options.dataDir, 'pglite'));
  return {
    db: drizzlePglite(client, { schema }),
    driver: 'pglite',
    close: () => client.close(),
  };
}

// Survives Next's module reloading in development: one pool (and one PGlite) per process.
const holder = globalThis as typeof globalThis & { __orreryDb?: DatabaseHandle };

/** The process-wide database handle, opened on first use from validated config. */
export function database(): DatabaseHandle {
  if (!holder.__orreryDb) {
    const config = env();
    holder.__orreryDb = openDatabase({ url: config.DATABASE_URL, dataDir: config.ORRERY_DATA_DIR });
  }
  return holder.__orreryDb;
}

/** Shorthand for `database().db`. */
export function db(): Database {
  return database().db;
}
