/**
 * `response` with `fields` set on it, copied first if its headers are immutable (a redirect,
 * an answer from `fetch`).
 *
 * @example return withHeaders(response, { 'access-control-allow-origin': '*' });
 */
export function withHeaders(
  response: Response,
  fields: Headers | Readonly<Record<string, string>>,
): Response {
  const entries = fields instanceof Headers ? [...fields] : Object.entries(fields);
  let target = response;
  try {
    for (const [name, value] of entries) target.headers.set(name, value);
  } catch {
    target = new Response(response.body, response);
    for (const [name, value] of entries) target.headers.set(name, value);
  }
  return target;
}
