import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { apiKeys } from '@/db/schema';
import type { Database } from '@/db/client';
import { PLAN_NAMES } from '@/lib/api/plans';
import { recordAudit } from '@/lib/audit/record-audit';
import { AppError } from '@/lib/errors/app-error';
import { API_KEY_INFO_COLUMNS, type ApiKeyInfo } from './api-key-info';
import { bumpKeyEpoch, type KeyEpochTarget } from './key-epoch';

export const setApiKeyPlanInputSchema = z.strictObject({ plan: z.enum(PLAN_NAMES) });

export interface SetApiKeyPlanOptions
  extends z.infer<typeof setApiKeyPlanInputSchema>, KeyEpochTarget {
  keyId: string;
  /** The admin making the change, for the audit log. */
  actorId: string;
}

/**
 * Moves any user's key to another plan (an admin's act: the plan is never the client's
 * choice). The limits change with the next request on every instance (the key's epoch
 * changes, so no cached copy keeps the old plan); the counters are per key, so what was used
 * stays used. Audited as `api_key.plan_changed`.
 *
 * @example await setApiKeyPlan(db, { keyId, plan: 'basic', actorId: admin.id });
 */
export async function setApiKeyPlan(
  db: Database,
  options: SetApiKeyPlanOptions,
): Promise<ApiKeyInfo> {
  const { plan } = setApiKeyPlanInputSchema.parse({ plan: options.plan });
  const [apiKey] = await db
    .update(apiKeys)
    .set({ plan })
    .where(eq(apiKeys.id, options.keyId))
    .returning(API_KEY_INFO_COLUMNS);
  if (!apiKey) throw new AppError('not_found', 'No API key with this id');
  await recordAudit(db, {
    action: 'api_key.plan_changed',
    actorId: options.actorId,
    subject: `api_key:${apiKey.id}`,
    data: { plan },
  });
  await bumpKeyEpoch(apiKey.id, options);
  return apiKey;
}
