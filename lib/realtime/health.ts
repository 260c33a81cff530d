import { env } from '@/lib/config/env';

export interface RealtimeHealth {
  ok: boolean;
  /** Round trip to the sidecar, when it answered. */
  latencyMs?: number;
  /** What the sidecar reported, or why it could not be reached. */
  detail: string;
}

/**
 * Asks the sidecar's `GET /health` whether it can take connections (and, with Redis, reach
 * the adapter). For the app's readiness check; never throws.
 *
 * @example const { ok } = await checkRealtime();
 */
export async function checkRealtime(
  options: { url?: string; timeoutMs?: number } = {},
): Promise<RealtimeHealth> {
  const url = new URL('/health', options.url ?? env().REALTIME_URL);
  const started = performance.now();
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 1000) });
    const latencyMs = Math.round(performance.now() - started);
    const body = (await response.json().catch(() => ({}))) as { status?: unknown };
    const detail = typeof body.status === 'string' ? body.status : `HTTP ${response.status}`;
    return { ok: response.ok, latencyMs, detail };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}
