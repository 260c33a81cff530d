import { searchPlaces } from '@/lib/places/search-places';
import { nextPageUrl, offsetFromCursor } from './offset-cursor';
import { MAX_PLACE_RESULTS, type PlacesPage, type PlacesQuery } from './places.schema';

/**
 * One page of a place search. Ranking is deterministic, so the page after `offset` is the
 * slice of the top `offset + limit` results; `next` is this URL with the following cursor.
 *
 * @example
 * placesPage({ q: 'Paris', limit: 2, locale: 'en' }, new URL('https://x/api/v1/places?q=Paris&limit=2')).next;
 * // 'https://x/api/v1/places?q=Paris&limit=2&cursor=2'
 */
export function placesPage(query: PlacesQuery, url: URL): PlacesPage {
  const offset = offsetFromCursor(query.cursor, MAX_PLACE_RESULTS);
  const wanted = Math.min(offset + query.limit, MAX_PLACE_RESULTS);
  const ranked = searchPlaces(query.q, {
    limit: wanted + 1,
    locale: query.locale,
    ...(query.country ? { country: query.country } : {}),
  });
  const data = ranked.slice(offset, wanted);
  const more = ranked.length > wanted && wanted < MAX_PLACE_RESULTS;
  return { data, next: more ? nextPageUrl(url, wanted) : null };
}
