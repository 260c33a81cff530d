import { bridgeConfig } from '@/lib/redis/bridge/bridge-config';
import { startRedisBridge } from '@/lib/redis/bridge/server';

/**
 * `npm run redis:bridge`: serves Upstash's REST protocol in front of REDIS_URL so the app
 * (UPSTASH_REDIS_REST_URL = the printed URL, UPSTASH_REDIS_REST_TOKEN = REDIS_BRIDGE_TOKEN)
 * can use a self-hosted Redis. See docs/redis.md.
 */
const config = bridgeConfig(process.env);
const bridge = await startRedisBridge(config);
console.log(`Redis bridge listening on ${bridge.url} → ${new URL(config.redisUrl).host}`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    bridge.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Redis bridge did not close cleanly:', error);
        process.exit(1);
      },
    );
  });
}
