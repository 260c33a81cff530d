const VALID = /^[A-Za-z0-9._-]{8,128}$/;

/** Reuses a caller's well-formed X-Request-Id (for tracing across services), else mints one. */
export function requestIdOf(headers: Headers): string {
  const given = headers.get('x-request-id');
  return given && VALID.test(given) ? given : crypto.randomUUID();
}
