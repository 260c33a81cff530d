import { auditLog } from '@/db/schema';
import type { Database } from '@/db/client';

export interface AuditInput {
  /** Dotted verb, e.g. `user.signed_up`. */
  action: string;
  actorId?: string | null;
  /** What the action was about, e.g. `user:<id>`. */
  subject?: string;
  /**
   * Idempotency key: a second insert with the same key is a no-op. Jobs derive it from the
   * event (`signup:<userId>`) so a retried step writes one row.
   */
  dedupeKey?: string;
  /** Extra facts. Never secrets, hashes or tokens. */
  data?: Record<string, unknown>;
  at?: Date;
}

export interface RecordAuditResult {
  /** False when a row with the same `dedupeKey` already existed. */
  inserted: boolean;
}

/**
 * Appends one audit entry, at most once per `dedupeKey`.
 *
 * @example await recordAudit(db, { action: 'user.signed_up', actorId: id, dedupeKey: `signup:${id}` })
 */
export async function recordAudit(db: Database, input: AuditInput): Promise<RecordAuditResult> {
  const rows = await db
    .insert(auditLog)
    .values({
      action: input.action,
      actorId: input.actorId ?? null,
      subject: input.subject ?? null,
      dedupeKey: input.dedupeKey ?? null,
      data: input.data ?? {},
      ...(input.at ? { at: input.at } : {}),
    })
    .onConflictDoNothing({ target: auditLog.dedupeKey })
    .returning({ id: auditLog.id });
  return { inserted: rows.length > 0 };
}
