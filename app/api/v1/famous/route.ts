import { preflight } from '@/lib/api/v1/cors';
import { famousPage } from '@/lib/api/v1/famous';
import { FamousQuerySchema } from '@/lib/api/v1/famous.schema';
import { readQuery } from '@/lib/api/v1/read-query';
import { selectFields } from '@/lib/api/v1/select-fields';
import { v1Route } from '@/lib/api/v1/v1-route';

export const dynamic = 'force-dynamic';

/** Famous people, searched or listed a page at a time; `next` (also `Link: rel="next"`) continues. */
export const GET = v1Route(
  async (request) => {
    const query = readQuery(request, FamousQuerySchema);
    const page = famousPage(query, new URL(request.url));
    const headers = new Headers({ 'cache-control': 'private, max-age=3600' });
    if (page.next) headers.set('link', `<${page.next}>; rel="next"`);
    return Response.json(selectFields(page, query.fields ?? null), { headers });
  },
  { scope: 'famous:read' },
);

export const OPTIONS = preflight(['GET']);
