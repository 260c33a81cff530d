'use client';

import { useEffect, useRef, useState } from 'react';
import type { RealtimeEnvelope } from '@/lib/realtime/protocol';
import type { RealtimeConnection, RealtimeStatus } from './realtime-connection';
import type { TokenSource } from './token-source';

export interface UseRealtimeOptions {
  /** Sidecar URL for browsers (the token route can hand out `realtimePublicUrl()`). */
  url: string;
  /** A token, or better a fetcher such as `() => fetchRealtimeToken()` so it can refresh. */
  token: TokenSource;
  rooms: readonly string[];
  onEvent: (envelope: RealtimeEnvelope) => void;
  /** False to stay disconnected (e.g. until the page knows which rooms it needs). */
  enabled?: boolean;
}

/**
 * Follows rooms on the realtime sidecar for as long as the component is mounted.
 * Changing `rooms` joins and leaves on the live connection; changing `url` reconnects;
 * a new `token`/`onEvent` identity is picked up without reconnecting.
 *
 * @example
 * const status = useRealtime({
 *   url, token: fetchToken, rooms: [batchRoom(id)],
 *   onEvent: ({ event, payload }) => event === 'batch.progress' && setProgress(payload),
 * });
 */
export function useRealtime(options: UseRealtimeOptions): RealtimeStatus {
  const { url, enabled = true } = options;
  const [status, setStatus] = useState<RealtimeStatus>({ state: 'connecting', refusedRooms: [] });
  const latest = useRef(options);
  const connection = useRef<RealtimeConnection | null>(null);
  const roomsKey = options.rooms.join('\n');

  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    if (!enabled) return;
    let current: RealtimeConnection | null = null;
    let unmounted = false;
    // socket.io-client loads only when a page goes live, so pages that never do (a
    // finished reading) don't ship it.
    void import('./realtime-connection').then(({ connectRealtime }) => {
      if (unmounted) return;
      const { token } = latest.current;
      current = connectRealtime({
        url,
        token: typeof token === 'string' ? token : () => readToken(latest.current.token),
        rooms: latest.current.rooms,
        onEvent: (envelope) => latest.current.onEvent(envelope),
        onStatus: setStatus,
      });
      connection.current = current;
    });
    return () => {
      unmounted = true;
      current?.close();
      connection.current = null;
    };
  }, [url, enabled]);

  useEffect(() => {
    connection.current?.setRooms(roomsKey === '' ? [] : roomsKey.split('\n'));
  }, [roomsKey]);

  return enabled ? status : { state: 'disconnected', refusedRooms: [] };
}

function readToken(source: TokenSource): Promise<string> {
  return typeof source === 'string' ? Promise.resolve(source) : source();
}
