import { users, type RoleName, type User } from '@/db/schema';
import type { Database } from '@/db/client';
import { AppError } from '@/lib/errors/app-error';
import { hashPassword } from './password';
import type { SignUpInput } from './credentials-schema';

export type PublicUser = Pick<User, 'id' | 'name' | 'email' | 'role' | 'createdAt'>;

/** Postgres `unique_violation`; PGlite reports the same SQLSTATE. */
function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

/**
 * Creates a password account. The unique index on lower(email) settles races between two
 * sign-ups with one address: the loser gets `email_taken`, nothing half-written.
 */
export async function createUser(
  db: Database,
  input: SignUpInput & { role?: RoleName },
): Promise<PublicUser> {
  const passwordHash = await hashPassword(input.password);
  try {
    const [row] = await db
      .insert(users)
      .values({ name: input.name, email: input.email, passwordHash, role: input.role ?? 'user' })
      .returning({
        id: users.id,
        name: users.name,
        email: users.email,
        role: users.role,
        createdAt: users.createdAt,
      });
    if (!row) throw new AppError('internal', 'User insert returned no row');
    return row;
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('email_taken', 'An account with this email already exists', {
        fields: [{ field: 'email', message: 'email_taken' }],
      });
    }
    throw error;
  }
}
