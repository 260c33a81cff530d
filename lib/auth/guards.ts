import { forbidden } from 'next/navigation';
import type { User } from '@/db/schema';
import { db } from '@/db/client';
import { findUserById } from '@/lib/accounts/find-user';
import { redirect } from '@/lib/i18n/navigation';
import { auth } from './auth';

/** The signed-in user, fresh from the database; sends anyone else to sign-in. */
export async function requireUser(locale: string, returnTo: string): Promise<User> {
  const session = await auth();
  const user = session?.user?.id ? await findUserById(db(), session.user.id) : undefined;
  if (!user) {
    return redirect({ href: { pathname: '/sign-in', query: { next: returnTo } }, locale });
  }
  return user;
}

/**
 * An admin, checked against the database rather than the token so a demoted admin loses
 * access at once. A signed-in non-admin gets a 403 page, not a redirect loop.
 */
export async function requireAdmin(locale: string, returnTo: string): Promise<User> {
  const user = await requireUser(locale, returnTo);
  if (user.role !== 'admin') forbidden();
  return user;
}
