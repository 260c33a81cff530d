import type { z } from 'zod';

/**
 * The URL's query parsed with `schema` (the last value wins for a repeated name); failures
 * become 422 with one entry per parameter through the problem mapper.
 *
 * @example const query = readQuery(request, PlacesQuerySchema);
 */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  return schema.parse(Object.fromEntries(new URL(request.url).searchParams));
}
