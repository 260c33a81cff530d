import { build } from 'esbuild';
import { openDatabase } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { env } from '@/lib/config/env';
import { seedDemoAccounts } from '@/lib/demo/seed-demo-accounts';
import { printDemoAccounts } from './print-demo-accounts';
import { bridgeRedisUrl } from './redis-bridge-for-url';
import { runToCompletion, Supervisor, waitForOk } from './supervisor';
import { warmUp } from './warm-up';

const NEXT = 'node_modules/next/dist/bin/next';
const TSX = 'node_modules/tsx/dist/cli.mjs';
/** `scripts/web-server.ts` as plain JavaScript, beside the build it serves. */
const WEB_SERVER = '.next/orrery-web-server.mjs';

/**
 * Compiles the production web server (a few milliseconds) to run on plain Node: under tsx,
 * whose hook sits in front of every `require` and Next's server requires on every request,
 * it answered about a fifth fewer requests.
 */
async function compileWebServer(): Promise<void> {
  await build({
    entryPoints: ['scripts/web-server.ts'],
    outfile: WEB_SERVER,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
}

export interface LaunchOptions {
  mode: 'production' | 'development';
  build: boolean;
}

/**
 * Brings up the whole product: database migrated and seeded, Redis bridge when only
 * REDIS_URL is given, the realtime sidecar, and the web app (which runs the job runner
 * in-process). Used by `npm start` and `npm run dev`.
 */
export async function launch(options: LaunchOptions): Promise<void> {
  const config = env();
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: options.mode,
    // Generated secrets are shared with the children so tokens and sessions agree.
    AUTH_SECRET: config.AUTH_SECRET,
    REALTIME_SECRET: config.REALTIME_SECRET,
  };

  if (options.build) {
    console.log('Building the web app…');
    await runToCompletion('next build', [NEXT, 'build'], { ...childEnv, NODE_ENV: 'production' });
  }

  const handle = openDatabase({ url: config.DATABASE_URL, dataDir: config.ORRERY_DATA_DIR });
  try {
    await runMigrations(handle);
    printDemoAccounts(await seedDemoAccounts(handle.db));
  } finally {
    await handle.close();
  }
  console.log(`Database ready (${handle.driver}).`);
  if (options.mode === 'production') await compileWebServer();

  const stopBridge = await bridgeRedisUrl(childEnv);

  const supervisor = new Supervisor(async () => {
    await stopBridge?.();
  });
  supervisor.start('realtime sidecar', [TSX, 'realtime/server.ts'], {
    ...childEnv,
    ORRERY_SERVICE: 'realtime',
  });
  const webArgs =
    options.mode === 'production' ? [WEB_SERVER] : [NEXT, 'dev', '-p', String(config.PORT)];
  supervisor.start('web app', webArgs, { ...childEnv, PORT: String(config.PORT) });

  const base = `http://localhost:${config.PORT}`;
  try {
    await waitForOk(`${base}/api/health/ready`, options.mode === 'production' ? 60_000 : 180_000);
    // A development server compiles on demand: warming it would compile pages nobody asked for.
    if (options.mode === 'production') await warmUp(base);
    console.log(`\nOrrery is up: ${base}  (also ${base}/es, /de, /fr, /pt)`);
    console.log(`Realtime sidecar on port ${config.REALTIME_PORT}. Ctrl+C stops everything.\n`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await supervisor.stop(1);
  }
}
