import type { Database } from '@/db/client';
import { sendEvent } from '@/lib/jobs/send-event';
import { readingRoom, type ReadingRoom } from '@/lib/realtime/rooms';
import { readingState, type ReadingState } from './store/reading-state';
import { claimReading, setReadingStatus } from './store/reading-writes';

export interface RequestedReading extends ReadingState {
  room: ReadingRoom;
}

/**
 * Asks for a chart's reading in a language. The first request starts generation (one event,
 * however many people ask at once); every request gets what is stored so far and the room
 * where the rest will arrive.
 */
export async function requestReading(
  db: Database,
  options: { chartHash: string; locale: string; requestedBy: string | null },
): Promise<RequestedReading> {
  const key = { chartHash: options.chartHash, locale: options.locale };
  const room = readingRoom(key.chartHash, key.locale);
  // Most requests find the reading started or written: they read, and write nothing.
  const stored = await readingState(db, key);
  if (stored.status !== 'none' && stored.status !== 'failed') return { ...stored, room };
  if (await claimReading(db, { ...key, requestedBy: options.requestedBy })) {
    try {
      await sendEvent({ name: 'reading/requested', data: key });
    } catch (error) {
      await setReadingStatus(db, key, 'failed');
      throw error;
    }
  }
  return { ...(await readingState(db, key)), room };
}
