import { db } from '@/db/client';
import { findUserById } from '@/lib/accounts/find-user';
import { auth } from '@/lib/auth/auth';
import { realtimeGrantsFor } from '@/lib/auth/realtime-grants';
import { AppError } from '@/lib/errors/app-error';
import { route } from '@/lib/http/route-handler';
import { realtimePublicUrl } from '@/lib/realtime/public-url';
import { createRealtimeToken } from '@/lib/realtime/token';

export const dynamic = 'force-dynamic';

/** A short-lived sidecar token for the signed-in user's rooms, and where to connect. */
export const GET = route(async (request) => {
  const session = await auth();
  const user = session?.user?.id ? await findUserById(db(), session.user.id) : undefined;
  if (!user) throw new AppError('unauthenticated', 'Sign in to receive live updates');
  const rooms = realtimeGrantsFor(user);
  const { token, expiresAt } = await createRealtimeToken({ subject: user.id, rooms });
  return Response.json(
    { token, expiresAt, url: realtimePublicUrl(request.url), rooms },
    { headers: { 'cache-control': 'no-store' } },
  );
});
