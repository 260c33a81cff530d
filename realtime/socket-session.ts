import type { Logger } from 'pino';
import { grantsAllow } from '@/lib/realtime/grants';
import { CLOCK_TOLERANCE_SECONDS, verifyRealtimeToken } from '@/lib/realtime/jwt';
import {
  JOIN,
  LEAVE,
  REAUTH,
  TOKEN_EXPIRED,
  type AuthAck,
  type JoinAck,
} from '@/lib/realtime/protocol';
import { isRoomName, type RoomName } from '@/lib/realtime/rooms';
import type { RealtimeSocket } from './types';

/** Bounds the fan-out one socket can ask for; a page follows a handful of rooms. */
export const MAX_ROOMS_PER_SOCKET = 32;

function expiryDelayMs(expiresAt: number): number {
  return Math.max(0, (expiresAt + CLOCK_TOLERANCE_SECONDS) * 1000 - Date.now());
}

function reply<T>(ack: unknown, result: T): void {
  if (typeof ack === 'function') ack(result);
}

/**
 * Wires one authenticated connection: join/leave checked against the token's grants,
 * re-authentication with a fresh token, and a hard disconnect when the token runs out
 * without being replaced.
 */
export function attachSession(socket: RealtimeSocket, jwtKey: Uint8Array, log: Logger): void {
  let expiryTimer: NodeJS.Timeout | undefined;
  const armExpiry = () => {
    clearTimeout(expiryTimer);
    expiryTimer = setTimeout(() => {
      socket.emit(TOKEN_EXPIRED);
      socket.disconnect(true);
    }, expiryDelayMs(socket.data.expiresAt));
  };
  armExpiry();
  socket.on('disconnect', () => clearTimeout(expiryTimer));

  socket.on(JOIN, async (room: unknown, ack: unknown) => {
    const result = checkJoin(socket, room);
    if (result.ok) await socket.join(result.room);
    else log.debug({ subject: socket.data.subject, room, error: result.error }, 'join refused');
    reply<JoinAck>(ack, result.ok ? { ok: true } : result);
  });

  socket.on(LEAVE, async (room: unknown, ack: unknown) => {
    if (typeof room === 'string' && room !== socket.id) await socket.leave(room);
    reply(ack, { ok: true });
  });

  socket.on(REAUTH, async (token: unknown, ack: unknown) => {
    const verified = await verifyRealtimeToken(jwtKey, token);
    let result: AuthAck;
    if (!verified.ok) {
      result = { ok: false, error: verified.error };
    } else if (verified.claims.subject !== socket.data.subject) {
      result = { ok: false, error: 'subject_mismatch' };
    } else {
      socket.data.grants = verified.claims.rooms;
      socket.data.expiresAt = verified.claims.expiresAt;
      armExpiry();
      await leaveUngranted(socket);
      result = { ok: true, expiresAt: verified.claims.expiresAt * 1000 };
    }
    reply(ack, result);
  });
}

function checkJoin(
  socket: RealtimeSocket,
  room: unknown,
): { ok: true; room: RoomName } | Extract<JoinAck, { ok: false }> {
  if (!isRoomName(room)) return { ok: false, error: 'invalid_room' };
  if (expiryDelayMs(socket.data.expiresAt) === 0) return { ok: false, error: 'token_expired' };
  if (!grantsAllow(socket.data.grants, room)) return { ok: false, error: 'forbidden' };
  const joined = socket.rooms.size - (socket.rooms.has(socket.id) ? 1 : 0);
  if (!socket.rooms.has(room) && joined >= MAX_ROOMS_PER_SOCKET) {
    return { ok: false, error: 'too_many_rooms' };
  }
  return { ok: true, room };
}

/** A fresh token may grant less than the old one; drop the rooms it no longer covers. */
async function leaveUngranted(socket: RealtimeSocket): Promise<void> {
  for (const room of socket.rooms) {
    if (room !== socket.id && isRoomName(room) && !grantsAllow(socket.data.grants, room)) {
      await socket.leave(room);
    }
  }
}
