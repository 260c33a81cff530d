import { preflight } from '@/lib/api/v1/cors';
import { placesPage } from '@/lib/api/v1/places';
import { PlacesQuerySchema } from '@/lib/api/v1/places.schema';
import { readQuery } from '@/lib/api/v1/read-query';
import { selectFields } from '@/lib/api/v1/select-fields';
import { v1Route } from '@/lib/api/v1/v1-route';

export const dynamic = 'force-dynamic';

/** Place search, a page at a time; the `next` link (also in `Link: rel="next"`) continues. */
export const GET = v1Route(
  async (request) => {
    const url = new URL(request.url);
    const query = readQuery(request, PlacesQuerySchema);
    const page = placesPage(query, url);
    const headers = new Headers({ 'cache-control': 'private, max-age=86400' });
    if (page.next) headers.set('link', `<${page.next}>; rel="next"`);
    return Response.json(selectFields(page, query.fields ?? null), { headers });
  },
  { scope: 'places:read' },
);

export const OPTIONS = preflight(['GET']);
