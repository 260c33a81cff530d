export const dynamic = 'force-dynamic';

/** Liveness: the process answers. Dependencies are the readiness check's business. */
export function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
}
