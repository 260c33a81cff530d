import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase, type DatabaseHandle } from '@/db/client';
import { runMigrations } from '@/db/migrate';

export interface TempDatabase extends DatabaseHandle {
  /** Closes the database and deletes its directory. */
  dispose(): Promise<void>;
}

/** A migrated PGlite database in a fresh temp directory, for tests. */
export async function openTempDatabase(): Promise<TempDatabase> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'orrery-jobs-'));
  const handle = openDatabase({ dataDir });
  await runMigrations(handle);
  return {
    ...handle,
    dispose: async () => {
      await handle.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
