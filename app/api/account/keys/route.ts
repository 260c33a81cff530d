import { db } from '@/db/client';
import { createApiKey, createApiKeyInputSchema } from '@/lib/api-keys/create-api-key';
import { limitKeyIssuing } from '@/lib/api-keys/issue-limit';
import { listApiKeys } from '@/lib/api-keys/list-api-keys';
import { withSession } from '@/lib/auth/with-session';
import { toKeyView } from './key-view';

export const dynamic = 'force-dynamic';

/** The signed-in user's keys, newest first, revoked ones included. */
export const GET = withSession(async (_request, { user }) => {
  const keys = await listApiKeys(db(), { userId: user.id });
  return Response.json({ keys: keys.map(toKeyView) });
});

/** Issues a key; the answer is the only place the full key ever appears. */
export const POST = withSession(async (request, { user }) => {
  const input = createApiKeyInputSchema.parse(await request.json().catch(() => ({})));
  await limitKeyIssuing(user.id);
  const { apiKey, secret } = await createApiKey(db(), { ...input, userId: user.id });
  return Response.json({ apiKey: toKeyView(apiKey), secret }, { status: 201 });
});
