import { checkReadiness } from '@/lib/health/readiness';
import { route } from '@/lib/http/route-handler';

export const dynamic = 'force-dynamic';

export const GET = route(async () => {
  const readiness = await checkReadiness();
  const failing = Object.entries(readiness.components)
    .filter(([, c]) => !c.ok)
    .map(([name]) => name);
  return Response.json(
    { status: readiness.ok ? 'ok' : 'unavailable', failing, components: readiness.components },
    { status: readiness.ok ? 200 : 503, headers: { 'cache-control': 'no-store' } },
  );
});
