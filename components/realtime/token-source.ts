import { decodeJwt } from 'jose';

/** A fixed token, or a function that fetches a fresh one (preferred: it allows refresh). */
export type TokenSource = string | (() => Promise<string>);

/**
 * A token and when this browser received it. Timing runs on the token's lifetime
 * (`exp - iat`) from that moment, never on `exp` against the local clock, which may be
 * minutes off the server's.
 */
export interface HeldToken {
  value: string;
  receivedAt: number;
  lifetimeMs: number;
}

/** Below this much remaining life a held token is not reused for a new connection. */
const MIN_REMAINING_MS = 30_000;
/** Refresh this long before expiry, or a fifth of the lifetime for short tokens. */
const MAX_REFRESH_LEAD_MS = 60_000;
/** Never refresh more often than this, whatever the token says. */
const MIN_REFRESH_DELAY_MS = 1000;

/**
 * Records a token as received now; unreadable tokens get a zero lifetime (never reused).
 *
 * @example holdToken(jwt).lifetimeMs // 600_000 for a ten-minute token
 */
export function holdToken(value: string, now = Date.now()): HeldToken {
  try {
    const { exp, iat } = decodeJwt(value);
    const lifetimeMs = typeof exp === 'number' && typeof iat === 'number' ? (exp - iat) * 1000 : 0;
    return { value, receivedAt: now, lifetimeMs: Math.max(0, lifetimeMs) };
  } catch {
    return { value, receivedAt: now, lifetimeMs: 0 };
  }
}

/**
 * How long to wait before swapping in a fresh token: a minute before expiry, a fifth of
 * the lifetime before it for short tokens, and never less than a second.
 *
 * @example refreshDelayMs(holdToken(tenMinuteJwt)) // 540_000
 */
export function refreshDelayMs(held: HeldToken, now = Date.now()): number {
  const lead = Math.min(MAX_REFRESH_LEAD_MS, held.lifetimeMs / 5);
  return Math.max(MIN_REFRESH_DELAY_MS, held.receivedAt + held.lifetimeMs - lead - now);
}

/** Whether a held token is worth presenting on a new connection. */
export function stillFresh(held: HeldToken | undefined, now = Date.now()): held is HeldToken {
  return held !== undefined && held.receivedAt + held.lifetimeMs - now > MIN_REMAINING_MS;
}

/**
 * Fetches a token from the app's token route, which answers `{ token }` for the session.
 *
 * @example useRealtime({ url, token: () => fetchRealtimeToken('/api/realtime/token'), ... })
 */
export async function fetchRealtimeToken(endpoint = '/api/realtime/token'): Promise<string> {
  const response = await fetch(endpoint, { credentials: 'same-origin', cache: 'no-store' });
  if (!response.ok) throw new Error(`Realtime token request failed: HTTP ${response.status}`);
  const body: unknown = await response.json();
  if (
    typeof body === 'object' &&
    body !== null &&
    'token' in body &&
    typeof body.token === 'string'
  ) {
    return body.token;
  }
  throw new Error('Realtime token response has no token');
}
