import { appRealtimeKeys } from './app-keys';
import type { RoomGrant } from './grants';
import { DEFAULT_TOKEN_TTL_SECONDS, signRealtimeToken } from './jwt';

export interface CreateRealtimeTokenOptions {
  /** User id, or an anonymous id for visitors. */
  subject: string;
  /** Rooms (or `prefix:*` grants) the holder may join. Decide them from the session. */
  rooms: readonly RoomGrant[];
  /** Defaults to 600 s; at most 3600 s. */
  ttlSeconds?: number;
}

export interface RealtimeToken {
  token: string;
  /** Expiry in epoch milliseconds, for the client to refresh ahead of it. */
  expiresAt: number;
}

/**
 * Issues a short-lived browser token for the sidecar, signed with a key derived from
 * `REALTIME_SECRET`. Server side only: the route `GET /api/realtime/token` calls it after
 * deciding which rooms the session may see.
 *
 * @example await createRealtimeToken({ subject: user.id, rooms: [userRoom(user.id)] })
 */
export async function createRealtimeToken(
  options: CreateRealtimeTokenOptions,
): Promise<RealtimeToken> {
  const ttlSeconds = options.ttlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS;
  const issuedAt = Math.floor(Date.now() / 1000);
  const token = await signRealtimeToken({
    key: appRealtimeKeys().jwtKey,
    subject: options.subject,
    rooms: options.rooms,
    ttlSeconds,
    issuedAt,
  });
  return { token, expiresAt: (issuedAt + ttlSeconds) * 1000 };
}
