import { AppError } from '@/lib/errors/app-error';
import { searchPlaces } from '@/lib/places/search-places';
import { MAX_PLACE_RESULTS, type PlacesPage, type PlacesQuery } from './places.schema';

/** The cursor is the offset into the ranked results, base-36 so it stays short and opaque-ish. */
function offsetOf(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const offset = Number.parseInt(cursor, 36);
  if (!/^[0-9a-z]+$/.test(cursor) || !(offset > 0 && offset < MAX_PLACE_RESULTS)) {
    throw new AppError('validation_failed', 'The cursor is not valid', {
      fields: [{ field: 'cursor', message: 'cursor_invalid' }],
    });
  }
  return offset;
}

/**
 * One page of a place search. Ranking is deterministic, so the page after `offset` is the
 * slice of the top `offset + limit` results; `next` is this URL with the following cursor.
 *
 * @example
 * placesPage({ q: 'Paris', limit: 2, locale: 'en' }, new URL('https://x/api/v1/places?q=Paris&limit=2')).next;
 * // 'https://x/api/v1/places?q=Paris&limit=2&cursor=2'
 */
export function placesPage(query: PlacesQuery, url: URL): PlacesPage {
  const offset = offsetOf(query.cursor);
  const wanted = Math.min(offset + query.limit, MAX_PLACE_RESULTS);
  const ranked = searchPlaces(query.q, {
    limit: wanted + 1,
    locale: query.locale,
    ...(query.country ? { country: query.country } : {}),
  });
  const data = ranked.slice(offset, wanted);
  const more = ranked.length > wanted && wanted < MAX_PLACE_RESULTS;
  let next: string | null = null;
  if (more) {
    const nextUrl = new URL(url);
    nextUrl.searchParams.set('cursor', wanted.toString(36));
    next = nextUrl.toString();
  }
  return { data, next };
}
