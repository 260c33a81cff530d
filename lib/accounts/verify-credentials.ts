import type { Database } from '@/db/client';
import { findUserByEmail } from './find-user';
import { verifyPassword } from './password';
import type { PublicUser } from './create-user';

// A real hash of a random string: unknown emails cost the same time as wrong passwords,
// so response timing does not reveal which addresses have accounts.
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$Gt5LziImXWWd+BnvIUPP9w$rXxhJaaLIATgHdV0c+GcuOdZ2cJuG2m87S114IAA/uE';

/** Returns the user when email and password match, otherwise null. */
export async function verifyCredentials(
  db: Database,
  email: string,
  password: string,
): Promise<PublicUser | null> {
  const user = await findUserByEmail(db, email);
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !user.passwordHash || !ok) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    createdAt: user.createdAt,
  };
}
