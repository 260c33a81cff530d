import { setTimeout as sleep } from 'node:timers/promises';
import { AppError } from '@/lib/errors/app-error';
import { logger } from '@/lib/logging/logger';
import type { IdempotencyClaim, IdempotencyStore } from './idempotency-store';
import { replayResponse, snapshotResponse } from './stored-response';

export interface RunIdempotentOptions {
  store: IdempotencyStore;
  /** Whose keys these are (the API key id): clients never share idempotency keys. */
  scope: string;
  /** The client's `Idempotency-Key`. */
  key: string;
  /** See `requestFingerprint`. */
  fingerprint: string;
  /** How long a duplicate waits for the first request before `idempotency_in_progress`. */
  waitMs?: number;
  pollMs?: number;
}

export const WAIT_MS = 2_000;
const POLL_MS = 50;

/**
 * Runs `execute` at most once per (scope, key), with Stripe's semantics: the first response
 * with a status below 500 is stored for 24 hours and replayed, marked
 * `Idempotent-Replayed: true`, to any retry with the same fingerprint; a retry with a
 * different request is `idempotency_mismatch` (422). A duplicate arriving while the first
 * runs waits up to `waitMs` for its answer, then gets `idempotency_in_progress` (409).
 * Failures (5xx or thrown) store nothing, so the client may retry them.
 *
 * @example
 * return runIdempotent({ store, scope: apiKey.id, key, fingerprint }, () => handler(request));
 */
export async function runIdempotent(
  options: RunIdempotentOptions,
  execute: () => Promise<Response>,
): Promise<Response> {
  const deadline = Date.now() + (options.waitMs ?? WAIT_MS);
  for (;;) {
    const attempt = await options.store.acquire(options.scope, options.key, options.fingerprint);
    if (attempt.kind === 'acquired') return executeOnce(options.store, attempt.claim, execute);
    const { record } = attempt;
    if (record.fingerprint !== options.fingerprint) {
      throw new AppError(
        'idempotency_mismatch',
        'This Idempotency-Key was used with a different request; use a new key',
      );
    }
    if (record.state === 'done') return replayResponse(record);
    if (Date.now() >= deadline) {
      throw new AppError(
        'idempotency_in_progress',
        'A request with this Idempotency-Key is still running; retry shortly',
        { retryAfterSeconds: 1 },
      );
    }
    await sleep(options.pollMs ?? POLL_MS);
  }
}

async function executeOnce(
  store: IdempotencyStore,
  claim: IdempotencyClaim,
  execute: () => Promise<Response>,
): Promise<Response> {
  let response: Response;
  try {
    response = await execute();
  } catch (error) {
    await store.release(claim).catch(logStoreFailure);
    throw error;
  }
  if (response.status >= 500) {
    await store.release(claim).catch(logStoreFailure);
    return response;
  }
  const snapshot = await snapshotResponse(response);
  // The work is done: a failure to store it must not turn success into an error.
  await store.complete(claim, snapshot.stored).catch(async (error: unknown) => {
    logStoreFailure(error);
    await store.release(claim).catch(logStoreFailure);
  });
  return snapshot.response;
}

function logStoreFailure(error: unknown): void {
  logger.warn({ err: error }, 'idempotency store failed');
}
