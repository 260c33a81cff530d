import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { apiKeys } from '@/db/schema';
import type { Database } from '@/db/client';

/** `lastUsedAt` is for people ("used 3 minutes ago"); minute precision is plenty. */
export const LAST_USED_RESOLUTION_MS = 60_000;
const MAX_TRACKED = 10_000;

export interface TouchLastUsedOptions {
  keyId: string;
  now?: Date;
  /** Memory of recent writes, per process; tests pass their own. */
  recent?: Map<string, number>;
}

const recentWrites = new Map<string, number>();

/**
 * Records that a key was used, writing at most once per key per minute per process (and
 * only when the stored time is a minute old, so many processes do not all write). Cheap
 * enough to call on every request; callers need not await it.
 *
 * @example void touchLastUsed(db, { keyId: apiKey.id }).catch(logFailure);
 * @returns whether it wrote.
 */
export async function touchLastUsed(db: Database, options: TouchLastUsedOptions): Promise<boolean> {
  const recent = options.recent ?? recentWrites;
  const now = options.now ?? new Date();
  const last = recent.get(options.keyId);
  if (last !== undefined && now.getTime() - last < LAST_USED_RESOLUTION_MS) return false;
  if (recent.size >= MAX_TRACKED) recent.clear();
  recent.set(options.keyId, now.getTime());
  const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  const written = await db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(apiKeys.id, options.keyId),
        or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, staleBefore)),
      ),
    )
    .returning({ id: apiKeys.id });
  return written.length > 0;
}
