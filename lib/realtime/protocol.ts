/**
 * The wire vocabulary between browsers and the sidecar. Kept free of Node and zod imports
 * because the client hook ships it to the browser.
 */

/** Client → server: join a room; ack `JoinAck`. */
export const JOIN = 'join';
/** Client → server: leave a room; ack `{ ok: true }`. */
export const LEAVE = 'leave';
/** Client → server: swap in a fresh token on a live connection; ack `AuthAck`. */
export const REAUTH = 'auth';
/** Server → client: a published event, wrapped in `RealtimeEnvelope`. */
export const EVENT = 'event';
/** Server → client: sent just before the server drops a connection whose token ran out. */
export const TOKEN_EXPIRED = 'token_expired';

/** Why a handshake failed (`connect_error` message) or a re-auth was refused. */
export type AuthErrorCode = 'token_missing' | 'token_invalid' | 'token_expired';

export type JoinError = 'forbidden' | 'invalid_room' | 'too_many_rooms' | 'token_expired';
export type JoinAck = { ok: true } | { ok: false; error: JoinError };

export type AuthAck =
  { ok: true; expiresAt: number } | { ok: false; error: AuthErrorCode | 'subject_mismatch' };

export interface RealtimeEnvelope<P = unknown> {
  room: string;
  event: string;
  payload: P;
}

/** Typed socket.io event maps, shared by the sidecar and the browser client. */
export interface ServerToClientEvents {
  [EVENT]: (envelope: RealtimeEnvelope) => void;
  [TOKEN_EXPIRED]: () => void;
}

export interface ClientToServerEvents {
  [JOIN]: (room: string, ack: (result: JoinAck) => void) => void;
  [LEAVE]: (room: string, ack: (result: { ok: true }) => void) => void;
  [REAUTH]: (token: string, ack: (result: AuthAck) => void) => void;
}
