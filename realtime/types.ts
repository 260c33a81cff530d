import type { Server, Socket } from 'socket.io';
import type { RoomGrant } from '@/lib/realtime/grants';
import type { ClientToServerEvents, ServerToClientEvents } from '@/lib/realtime/protocol';

/** What the sidecar remembers about a connection, taken from its verified token. */
export interface SessionData {
  subject: string;
  grants: RoomGrant[];
  /** Token expiry, epoch seconds. */
  expiresAt: number;
}

type NoInterServerEvents = Record<string, never>;

export type RealtimeServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  NoInterServerEvents,
  SessionData
>;

export type RealtimeSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  NoInterServerEvents,
  SessionData
>;
