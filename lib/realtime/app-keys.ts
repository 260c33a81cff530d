import { env } from '@/lib/config/env';
import { deriveRealtimeKeys, type RealtimeKeys } from './keys';

let cached: { secret: string; keys: RealtimeKeys } | undefined;

/** The keys derived from the configured `REALTIME_SECRET`, computed once per secret. */
export function appRealtimeKeys(): RealtimeKeys {
  const secret = env().REALTIME_SECRET;
  if (cached?.secret !== secret) cached = { secret, keys: deriveRealtimeKeys(secret) };
  return cached.keys;
}
