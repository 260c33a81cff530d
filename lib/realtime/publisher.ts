import { MAX_PUBLISH_BYTES, PUBLISH_PATH, publishBodySchema } from './publish-schema';
import type { RoomName } from './rooms';

export type PublishError =
  'invalid' | 'too_large' | 'unauthorized' | 'rejected' | 'unreachable' | 'timeout';

export type PublishResult = { ok: true } | { ok: false; error: PublishError; status?: number };

interface WarnLogger {
  warn(object: object, message: string): void;
}

export interface PublisherOptions {
  /** Sidecar base URL as the server reaches it (`REALTIME_URL`). */
  url: string;
  /** Bearer credential from `deriveRealtimeKeys(secret).internalToken`. */
  internalToken: string;
  timeoutMs?: number;
  logger?: WarnLogger;
}

export type Publish = (room: RoomName, event: string, payload?: unknown) => Promise<PublishResult>;

const DEFAULT_TIMEOUT_MS = 1500;

function statusError(status: number): PublishError {
  if (status === 401) return 'unauthorized';
  if (status === 413) return 'too_large';
  if (status === 400) return 'invalid';
  return 'rejected';
}

/**
 * Builds a `publish` bound to one sidecar. Realtime is a nicety on top of durable state,
 * so a failure is logged and returned, never thrown: the caller's work must not fail
 * because a progress bar could not be nudged.
 *
 * @example
 * const publish = createPublisher({ url: 'http://127.0.0.1:3001', internalToken });
 * await publish('batch:b1', 'batch.progress', { done: 3, total: 10 }); // { ok: true }
 */
export function createPublisher(options: PublisherOptions): Publish {
  const endpoint = new URL(PUBLISH_PATH, options.url).toString();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  const fail = (error: PublishError, context: object, status?: number): PublishResult => {
    options.logger?.warn({ ...context, error, status }, 'realtime publish failed');
    return status === undefined ? { ok: false, error } : { ok: false, error, status };
  };

  return async (room, event, payload) => {
    const parsed = publishBodySchema.safeParse({ room, event, payload });
    if (!parsed.success) return fail('invalid', { room, event, issues: parsed.error.issues });
    const body = JSON.stringify(parsed.data);
    if (Buffer.byteLength(body) > MAX_PUBLISH_BYTES) return fail('too_large', { room, event });
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${options.internalToken}`,
          'content-type': 'application/json',
        },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.body?.cancel();
      if (response.ok) return { ok: true };
      return fail(statusError(response.status), { room, event }, response.status);
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      return fail(timedOut ? 'timeout' : 'unreachable', { room, event, cause: String(error) });
    }
  };
}
