/**
 * The caller's IP as the reverse proxy reports it. Only the first hop of X-Forwarded-For is
 * the client; without a proxy header all local requests share one bucket, which is safe.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip') || 'unknown';
}
