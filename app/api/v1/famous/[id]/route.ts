import { preflight } from '@/lib/api/v1/cors';
import { matchesIfNoneMatch } from '@/lib/api/v1/etag';
import { famousEtag, famousPersonChart } from '@/lib/api/v1/famous';
import { FamousParamsSchema } from '@/lib/api/v1/famous.schema';
import { FieldsQuerySchema } from '@/lib/api/v1/charts.schema';
import { readQuery } from '@/lib/api/v1/read-query';
import { selectFields } from '@/lib/api/v1/select-fields';
import { v1Route } from '@/lib/api/v1/v1-route';

export const dynamic = 'force-dynamic';

/** A famous person and their chart; `If-None-Match` with the ETag answers 304. */
export const GET = v1Route<{ id: string }>(
  async (request, { params }) => {
    const { id } = FamousParamsSchema.parse(params);
    const { fields = null } = readQuery(request, FieldsQuerySchema);
    const answer = famousPersonChart(id);
    const etag = famousEtag(answer, fields);
    const headers = { etag, 'cache-control': 'private, max-age=86400' };
    if (matchesIfNoneMatch(request.headers.get('if-none-match'), etag)) {
      return new Response(null, { status: 304, headers });
    }
    return Response.json(selectFields(answer, fields), { headers });
  },
  { scope: 'famous:read' },
);

export const OPTIONS = preflight(['GET']);
