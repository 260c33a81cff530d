import { db } from '@/db/client';
import { preflight } from '@/lib/api/v1/cors';
import { readBody } from '@/lib/api/v1/read-body';
import { startApiReading } from '@/lib/api/v1/readings';
import { ReadingRequestSchema } from '@/lib/api/v1/readings.schema';
import { v1Route } from '@/lib/api/v1/v1-route';

export const dynamic = 'force-dynamic';

/** Starts (or joins) a stored chart's reading: 202 with its id, room and a realtime token. */
export const POST = v1Route(
  async (request, { apiKey }) => {
    const body = await readBody(request, ReadingRequestSchema);
    const accepted = await startApiReading(db(), {
      ...body,
      keyId: apiKey.id,
      userId: apiKey.userId,
      requestUrl: request.url,
    });
    return Response.json(accepted, {
      status: 202,
      headers: { location: accepted.links.self, 'cache-control': 'no-store' },
    });
  },
  { scope: 'readings:write' },
);

export const OPTIONS = preflight(['POST']);
