import './lib/load-env';
import { openDatabase } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { env } from '@/lib/config/env';
import { printDemoAccounts } from './lib/print-demo-accounts';
import { seedDemoAccounts } from '@/lib/demo/seed-demo-accounts';

const config = env();
const handle = openDatabase({ url: config.DATABASE_URL, dataDir: config.ORRERY_DATA_DIR });
try {
  await runMigrations(handle);
  printDemoAccounts(await seedDemoAccounts(handle.db));
} finally {
  await handle.close();
}
