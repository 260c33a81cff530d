import { db } from '@/db/client';
import { revokeApiKey } from '@/lib/api-keys/revoke-api-key';
import { withSession } from '@/lib/auth/with-session';
import { toKeyView } from '../key-view';

export const dynamic = 'force-dynamic';

/** Revokes one of the user's keys for good; repeating it answers the same key. */
export const DELETE = withSession<{ id: string }>(async (_request, { user, params }) => {
  const apiKey = await revokeApiKey(db(), { userId: user.id, keyId: params.id });
  return Response.json({ apiKey: toKeyView(apiKey) });
});
