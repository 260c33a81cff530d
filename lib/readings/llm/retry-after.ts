/**
 * Milliseconds a `Retry-After` header asks us to wait: delay-seconds or an HTTP date.
 * Undefined when absent or unreadable.
 *
 * @example
 * retryAfterMs('2', Date.now()); // 2000
 * retryAfterMs(null, Date.now()); // undefined
 */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
