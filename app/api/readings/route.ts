import { randomUUID } from 'node:crypto';
import { db } from '@/db/client';
import { auth } from '@/lib/auth/auth';
import { loadChart } from '@/lib/charts/load-chart';
import { AppError } from '@/lib/errors/app-error';
import { route } from '@/lib/http/route-handler';
import { realtimePublicUrl } from '@/lib/realtime/public-url';
import { createRealtimeToken } from '@/lib/realtime/token';
import { ReadingRequestSchema } from '@/lib/readings/reading-request-schema';
import { requestReading } from '@/lib/readings/request-reading';

export const dynamic = 'force-dynamic';

/**
 * Asks for a chart's reading: answers what is stored so far, plus a token for the room
 * where the remaining sections will arrive. Knowing the chart's hash is what grants it.
 */
export const POST = route(async (request) => {
  const body = ReadingRequestSchema.parse(await request.json().catch(() => ({})));
  if (!(await loadChart(db(), body.chartHash))) {
    throw new AppError('not_found', 'No chart with that hash');
  }
  const session = await auth();
  const userId = session?.user?.id ?? null;
  const reading = await requestReading(db(), { ...body, requestedBy: userId });
  const { token } = await createRealtimeToken({
    subject: userId ?? `anon-${randomUUID()}`,
    rooms: [reading.room],
  });
  return Response.json(
    { ...reading, realtime: { token, url: realtimePublicUrl(request.url) } },
    { headers: { 'cache-control': 'no-store' } },
  );
});
