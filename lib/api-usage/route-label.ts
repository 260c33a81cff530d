export type RouteParams = Record<string, string | string[] | undefined>;

const MAX_LABEL_LENGTH = 200;

/**
 * The route pattern a request matched, for usage counts: each dynamic segment of the path
 * is put back as its `[name]` (or `[...name]` for a catch-all), so `/charts/abc` counts
 * under `GET /api/v1/charts/[id]` and ids do not multiply the rows.
 *
 * @example routeLabel('GET', '/api/v1/charts/abc', { id: 'abc' }) // 'GET /api/v1/charts/[id]'
 */
export function routeLabel(method: string, pathname: string, params: RouteParams): string {
  const segments: (string | null)[] = pathname.split('/').map(decodeSegment);
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string') replaceRun(segments, [value], `[${name}]`);
    else if (Array.isArray(value) && value.length > 0) replaceRun(segments, value, `[...${name}]`);
  }
  const label = `${method.toUpperCase()} ${segments.filter((s) => s !== null).join('/')}`;
  return label.slice(0, MAX_LABEL_LENGTH);
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Replaces the last run of segments equal to `values` with `label` (dynamic segments come
 * after the static ones they could collide with); the rest of the run becomes null.
 */
function replaceRun(segments: (string | null)[], values: string[], label: string): void {
  for (let start = segments.length - values.length; start >= 1; start--) {
    if (values.every((v, i) => segments[start + i] === v)) {
      segments[start] = label;
      for (let i = 1; i < values.length; i++) segments[start + i] = null;
      return;
    }
  }
}
