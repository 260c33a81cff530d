import type { Database } from '@/db/client';
import { users } from '@/db/schema';

/**
 * Inserts a throwaway user with a unique email and returns its id, for tests that need an
 * owner for keys, charts or audit entries.
 *
 * @example const alice = await insertTestUser(db, 'alice');
 */
export async function insertTestUser(
  db: Database,
  label: string,
  fields: { role?: 'admin' | 'user'; name?: string } = {},
): Promise<string> {
  const [row] = await db
    .insert(users)
    .values({ email: `${label}-${crypto.randomUUID()}@example.test`, ...fields })
    .returning({ id: users.id });
  if (!row) throw new Error('the user insert returned no row');
  return row.id;
}
