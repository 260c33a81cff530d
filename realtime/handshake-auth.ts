import type { ExtendedError } from 'socket.io';
import { verifyRealtimeToken } from '@/lib/realtime/jwt';
import type { AuthErrorCode } from '@/lib/realtime/protocol';
import type { RealtimeSocket } from './types';

const MESSAGES: Record<AuthErrorCode, string> = {
  token_missing: 'Realtime token missing: connect with auth: { token }',
  token_invalid: 'Realtime token invalid (bad signature, issuer, audience or claims)',
  token_expired: 'Realtime token expired: fetch a fresh one and reconnect',
};

/** A handshake refusal the client sees as `connect_error` with `err.data.code`. */
function authError(code: AuthErrorCode): ExtendedError {
  const error: ExtendedError = new Error(MESSAGES[code]);
  error.data = { code };
  return error;
}

/**
 * `io.use` middleware: only a socket carrying a valid token in `handshake.auth.token`
 * gets through, and its claims become `socket.data`.
 */
export function handshakeAuth(jwtKey: Uint8Array) {
  return async (socket: RealtimeSocket, next: (error?: ExtendedError) => void): Promise<void> => {
    const auth: unknown = socket.handshake.auth;
    const token = typeof auth === 'object' && auth !== null && 'token' in auth ? auth.token : null;
    const result = await verifyRealtimeToken(jwtKey, token);
    if (!result.ok) return next(authError(result.error));
    socket.data = {
      subject: result.claims.subject,
      grants: result.claims.rooms,
      expiresAt: result.claims.expiresAt,
    };
    next();
  };
}
