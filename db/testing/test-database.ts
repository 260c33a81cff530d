import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { openDatabase, type DatabaseHandle } from '../client';
import { runMigrations } from '../migrate';

export interface TestDatabase extends DatabaseHandle {
  /** Closes the connection and deletes the database or folder. */
  destroy(): Promise<void>;
}

/** The PostgreSQL server integration tests use, when there is one (CI sets it). */
export function testPostgresUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

/**
 * A migrated, empty database of its own for one test file: a fresh database on the
 * PostgreSQL server (so parallel files never share rows), or PGlite in a temp folder.
 */
export async function createTestDatabase(driver: 'postgres' | 'pglite'): Promise<TestDatabase> {
  if (driver === 'pglite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'orrery-pglite-'));
    const handle = openDatabase({ dataDir: dir });
    await runMigrations(handle);
    return {
      ...handle,
      destroy: async () => {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const serverUrl = testPostgresUrl();
  if (!serverUrl) throw new Error('createTestDatabase(postgres) needs DATABASE_URL');
  const name = `orrery_test_${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = openDatabase({ url: url.toString(), dataDir: '' });
  await runMigrations(handle);
  return {
    ...handle,
    destroy: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

/** The drivers to run integration tests on here: PGlite always, PostgreSQL when configured. */
export function availableDrivers(): ('postgres' | 'pglite')[] {
  return testPostgresUrl() ? ['pglite', 'postgres'] : ['pglite'];
}
