import { z } from 'zod';

const schema = z.object({
  REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
  REDIS_BRIDGE_PORT: z.coerce.number().int().min(0).max(65535).default(8079),
  REDIS_BRIDGE_HOST: z.string().min(1).default('127.0.0.1'),
  REDIS_BRIDGE_TOKEN: z.string().min(16, 'REDIS_BRIDGE_TOKEN must be at least 16 characters'),
});

export interface BridgeConfig {
  redisUrl: string;
  port: number;
  host: string;
  token: string;
}

/**
 * The bridge's own settings (it runs as a separate process, without the web app's config).
 *
 * @example
 * bridgeConfig({ REDIS_BRIDGE_TOKEN: 'a-long-random-secret' }).port; // 8079
 */
export function bridgeConfig(source: Record<string, string | undefined>): BridgeConfig {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid Redis bridge configuration:\n${lines.join('\n')}`);
  }
  const { REDIS_URL, REDIS_BRIDGE_PORT, REDIS_BRIDGE_HOST, REDIS_BRIDGE_TOKEN } = parsed.data;
  return {
    redisUrl: REDIS_URL,
    port: REDIS_BRIDGE_PORT,
    host: REDIS_BRIDGE_HOST,
    token: REDIS_BRIDGE_TOKEN,
  };
}
