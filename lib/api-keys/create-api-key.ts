import { and, count, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { apiKeys, users } from '@/db/schema';
import type { Database } from '@/db/client';
import { AppError } from '@/lib/errors/app-error';
import { PLAN_NAMES, type PlanName } from '@/lib/api/plans';
import { API_KEY_INFO_COLUMNS, type IssuedApiKey } from './api-key-info';
import { hashApiKey } from './hash-api-key';
import { API_KEY_ENVIRONMENTS, displayPrefix, generateApiKey } from './key-format';
import { apiScopesSchema } from './scopes';

/** What a client may choose for a new key; the plan is set by the platform, not the request. */
export const createApiKeyInputSchema = z.object({
  name: z.string().trim().min(1).max(100),
  scopes: apiScopesSchema,
  environment: z.enum(API_KEY_ENVIRONMENTS).default('live'),
});
export type CreateApiKeyInput = z.input<typeof createApiKeyInputSchema>;

export interface CreateApiKeyOptions extends CreateApiKeyInput {
  userId: string;
  plan?: PlanName;
}

/** Active (unrevoked) keys one account may hold; revoking one frees a place. */
export const MAX_ACTIVE_KEYS = 25;

/**
 * Issues a key for a user. Only its hash and display prefix are stored; the secret is in
 * the answer and nowhere else. Past {@link MAX_ACTIVE_KEYS} active keys the answer is
 * `api_key_limit_reached`; the user's row is locked while counting, so concurrent requests
 * cannot overshoot the cap.
 *
 * @example
 * const { secret, apiKey } = await createApiKey(db, { userId, name: 'CI', scopes: ['charts:read'] });
 */
export async function createApiKey(
  db: Database,
  options: CreateApiKeyOptions,
): Promise<IssuedApiKey> {
  const input = createApiKeyInputSchema.parse(options);
  const plan = z.enum(PLAN_NAMES).parse(options.plan ?? 'free');
  const secret = generateApiKey(input.environment);
  const apiKey = await db.transaction(async (tx) => {
    await tx.select({ id: users.id }).from(users).where(eq(users.id, options.userId)).for('update');
    const [active] = await tx
      .select({ n: count() })
      .from(apiKeys)
      .where(and(eq(apiKeys.userId, options.userId), isNull(apiKeys.revokedAt)));
    if ((active?.n ?? 0) >= MAX_ACTIVE_KEYS) {
      throw new AppError(
        'api_key_limit_reached',
        `This account has ${MAX_ACTIVE_KEYS} active keys, the most it may hold; revoke one it no longer uses first.`,
        { limit: MAX_ACTIVE_KEYS },
      );
    }
    const [row] = await tx
      .insert(apiKeys)
      .values({
        userId: options.userId,
        name: input.name,
        scopes: input.scopes,
        environment: input.environment,
        plan,
        prefix: displayPrefix(secret),
        hash: hashApiKey(secret),
      })
      .returning(API_KEY_INFO_COLUMNS);
    return row;
  });
  if (!apiKey) throw new AppError('internal', 'API key insert returned no row');
  return { apiKey, secret };
}
