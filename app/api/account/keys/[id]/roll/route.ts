import { db } from '@/db/client';
import { limitKeyIssuing } from '@/lib/api-keys/issue-limit';
import { rollApiKey } from '@/lib/api-keys/roll-api-key';
import { withSession } from '@/lib/auth/with-session';
import { toKeyView } from '../../key-view';

export const dynamic = 'force-dynamic';

/** A new secret for one of the user's keys; the old one stops working at once. */
export const POST = withSession<{ id: string }>(async (_request, { user, params }) => {
  await limitKeyIssuing(user.id);
  const { apiKey, secret } = await rollApiKey(db(), { userId: user.id, keyId: params.id });
  return Response.json({ apiKey: toKeyView(apiKey), secret });
});
