import { auth } from '@/lib/auth/auth';

/** The signed-in user's id from the session, or null: actions answer `unauthenticated`. */
export async function currentUserId(): Promise<string | null> {
  const session = await auth();
  return session?.user?.id ?? null;
}
