import { route } from '@/lib/http/route-handler';
import { PlacesQuerySchema } from '@/lib/places/places-query';
import { searchPlaces } from '@/lib/places/search-places';

export const dynamic = 'force-dynamic';

/** Place autocomplete for the birth form. */
export const GET = route(async (request) => {
  const url = new URL(request.url);
  const query = PlacesQuerySchema.parse(Object.fromEntries(url.searchParams));
  const places = searchPlaces(query.q, { limit: query.limit, locale: query.locale });
  return Response.json(
    { places },
    { headers: { 'cache-control': 'public, max-age=3600, stale-while-revalidate=86400' } },
  );
});
