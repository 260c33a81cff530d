import { db } from '@/db/client';
import { getApiChart } from '@/lib/api/v1/charts';
import { ChartParamsSchema, FieldsQuerySchema } from '@/lib/api/v1/charts.schema';
import { preflight } from '@/lib/api/v1/cors';
import { chartEtag, matchesIfNoneMatch } from '@/lib/api/v1/etag';
import { readQuery } from '@/lib/api/v1/read-query';
import { selectFields } from '@/lib/api/v1/select-fields';
import { v1Route } from '@/lib/api/v1/v1-route';

export const dynamic = 'force-dynamic';

/** A chart's content never changes under its hash: cache it for a year, privately (keyed). */
const CACHE_CONTROL = 'private, max-age=31536000, immutable';

/** A stored chart by hash; `If-None-Match` with its ETag answers 304. */
export const GET = v1Route<{ hash: string }>(
  async (request, { params }) => {
    const { hash } = ChartParamsSchema.parse(params);
    const { fields = null } = readQuery(request, FieldsQuerySchema);
    const stored = await getApiChart(db(), hash);
    const etag = chartEtag(hash, stored.chart.meta.engineVersion, fields);
    const headers = { etag, 'cache-control': CACHE_CONTROL };
    if (matchesIfNoneMatch(request.headers.get('if-none-match'), etag)) {
      return new Response(null, { status: 304, headers });
    }
    return Response.json(selectFields(stored, fields), { headers });
  },
  { scope: 'charts:read' },
);

export const OPTIONS = preflight(['GET']);
