import { randomBytes } from 'node:crypto';
import { startRedisBridge } from '@/lib/redis/bridge/server';

/**
 * When only REDIS_URL is configured, runs the Upstash-REST bridge in front of it and adds
 * the UPSTASH_* variables that point the app's client at the bridge to `env`. Returns the
 * bridge's close function, or undefined when nothing was needed.
 */
export async function bridgeRedisUrl(
  env: NodeJS.ProcessEnv,
): Promise<(() => Promise<void>) | undefined> {
  if (!env.REDIS_URL || env.UPSTASH_REDIS_REST_URL) return undefined;
  const token = randomBytes(24).toString('base64url');
  const bridge = await startRedisBridge({ redisUrl: env.REDIS_URL, port: 0, token });
  env.UPSTASH_REDIS_REST_URL = bridge.url;
  env.UPSTASH_REDIS_REST_TOKEN = token;
  console.log(`Redis bridge ${bridge.url} → ${new URL(env.REDIS_URL).host}`);
  return bridge.close;
}
