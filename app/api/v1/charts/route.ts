import { db } from '@/db/client';
import { createApiChart } from '@/lib/api/v1/charts';
import { CreateChartRequestSchema } from '@/lib/api/v1/charts.schema';
import { preflight } from '@/lib/api/v1/cors';
import { readBody } from '@/lib/api/v1/read-body';
import { v1Route } from '@/lib/api/v1/v1-route';

export const dynamic = 'force-dynamic';

/** Computes a chart, stores it under its hash and answers it with how its time was read. */
export const POST = v1Route(
  async (request) => {
    const { hash, body } = await createApiChart(
      db(),
      await readBody(request, CreateChartRequestSchema),
    );
    return new Response(body, {
      status: 201,
      headers: {
        'content-type': 'application/json',
        location: `/api/v1/charts/${hash}`,
        'cache-control': 'no-store',
      },
    });
  },
  { scope: 'charts:write' },
);

export const OPTIONS = preflight(['POST']);
