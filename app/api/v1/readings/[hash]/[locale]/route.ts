import { db } from '@/db/client';
import { preflight } from '@/lib/api/v1/cors';
import { getApiReading } from '@/lib/api/v1/readings';
import { ReadingParamsSchema } from '@/lib/api/v1/readings.schema';
import { FieldsQuerySchema } from '@/lib/api/v1/charts.schema';
import { readQuery } from '@/lib/api/v1/read-query';
import { selectFields } from '@/lib/api/v1/select-fields';
import { v1Route } from '@/lib/api/v1/v1-route';

export const dynamic = 'force-dynamic';

/** A reading's status and the sections written so far. */
export const GET = v1Route<{ hash: string; locale: string }>(
  async (request, { params }) => {
    const { hash, locale } = ReadingParamsSchema.parse(params);
    const { fields = null } = readQuery(request, FieldsQuerySchema);
    const reading = await getApiReading(db(), { chartHash: hash, locale });
    return Response.json(selectFields(reading, fields), {
      headers: { 'cache-control': 'no-store' },
    });
  },
  { scope: 'readings:read' },
);

export const OPTIONS = preflight(['GET']);
