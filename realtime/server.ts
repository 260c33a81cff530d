import { env } from '@/lib/config/env';
import { logger } from '@/lib/logging/logger';
import { appOrigins } from './cors-origins';
import { startRealtimeServer } from './server-app';

const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const config = env();
  const log = logger.child({ component: 'realtime' });
  const corsOrigins = appOrigins(config);
  const server = await startRealtimeServer({
    port: config.REALTIME_PORT,
    secret: config.REALTIME_SECRET,
    redisUrl: config.REDIS_URL,
    corsOrigins,
    logger: log,
  });
  log.info(
    { port: server.port, adapter: config.REDIS_URL ? 'redis' : 'memory', corsOrigins },
    'realtime sidecar listening',
  );

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'realtime sidecar shutting down');
    setTimeout(() => {
      log.warn('realtime sidecar did not close in time; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'realtime sidecar close failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'realtime sidecar failed to start');
  process.exit(1);
});
