import './lib/load-env';
import { openDatabase } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { env } from '@/lib/config/env';

const config = env();
const handle = openDatabase({ url: config.DATABASE_URL, dataDir: config.ORRERY_DATA_DIR });
try {
  await runMigrations(handle);
  console.log(`Migrations applied (${handle.driver}).`);
} finally {
  await handle.close();
}
