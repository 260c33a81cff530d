import { db } from '@/db/client';
import { setApiKeyPlan, setApiKeyPlanInputSchema } from '@/lib/api-keys/set-api-key-plan';
import { withSession } from '@/lib/auth/with-session';
import { toKeyView } from '@/app/api/account/keys/key-view';

export const dynamic = 'force-dynamic';

/** An admin moves a customer's key to another plan (`{ plan }`); audited. */
export const PATCH = withSession<{ id: string }>(
  async (request, { user, params }) => {
    const input = setApiKeyPlanInputSchema.parse(await request.json().catch(() => ({})));
    const apiKey = await setApiKeyPlan(db(), { ...input, keyId: params.id, actorId: user.id });
    return Response.json({ apiKey: toKeyView(apiKey) });
  },
  { role: 'admin' },
);
