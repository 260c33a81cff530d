import { env } from '@/lib/config/env';
import { logger } from '@/lib/logging/logger';
import { appRealtimeKeys } from './app-keys';
import { createPublisher, type Publish, type PublishResult } from './publisher';
import type { RoomName } from './rooms';

let cached: { url: string; token: string; publish: Publish } | undefined;

function configured(): Publish {
  const url = env().REALTIME_URL;
  const token = appRealtimeKeys().internalToken;
  if (cached?.url !== url || cached.token !== token) {
    const log = logger.child({ component: 'realtime-publish' });
    cached = { url, token, publish: createPublisher({ url, internalToken: token, logger: log }) };
  }
  return cached.publish;
}

/**
 * Sends an event to every browser in a room, through the sidecar at `REALTIME_URL`.
 * Resolves with a result (never rejects) so jobs and route handlers can fire and forget.
 *
 * @example await publish(batchRoom(batch.id), 'batch.progress', { done, total })
 */
export function publish(room: RoomName, event: string, payload?: unknown): Promise<PublishResult> {
  return configured()(room, event, payload);
}
