import type { z } from 'zod';
import type { Database } from '@/db/client';
import { loadChart } from '@/lib/charts/load-chart';
import { AppError } from '@/lib/errors/app-error';
import { realtimePublicUrl } from '@/lib/realtime/public-url';
import { createRealtimeToken } from '@/lib/realtime/token';
import { requestReading } from '@/lib/readings/request-reading';
import { readingState } from '@/lib/readings/store/reading-state';
import type { ReadingAcceptedSchema, ReadingStateSchema } from './readings.schema';

type ReadingKey = { chartHash: string; locale: string };

/** The public id of a reading: one per chart and language. */
export const readingId = (key: ReadingKey) => `${key.chartHash}:${key.locale}`;

/**
 * Starts (or joins) the reading of a stored chart and hands out a realtime token for its
 * room, scoped to that room alone and issued to the API key.
 *
 * @example
 * const accepted = await startApiReading(db, { chartHash, locale: 'en', keyId, requestUrl });
 */
export async function startApiReading(
  db: Database,
  options: ReadingKey & { keyId: string; userId: string; requestUrl: string },
): Promise<z.input<typeof ReadingAcceptedSchema>> {
  const key = { chartHash: options.chartHash, locale: options.locale };
  if (!(await loadChart(db, key.chartHash))) {
    throw new AppError('not_found', 'No chart with that hash; POST /api/v1/charts first');
  }
  const reading = await requestReading(db, { ...key, requestedBy: options.userId });
  const { token, expiresAt } = await createRealtimeToken({
    subject: `apikey-${options.keyId}`,
    rooms: [reading.room],
  });
  const status = reading.status === 'none' ? 'pending' : reading.status;
  return {
    id: readingId(key),
    status,
    sectionsTotal: reading.sectionsTotal,
    sections: reading.sections,
    room: reading.room,
    realtime: { token, expiresAt, url: realtimePublicUrl(options.requestUrl) },
    links: {
      self: new URL(
        `/api/v1/readings/${key.chartHash}/${key.locale}`,
        options.requestUrl,
      ).toString(),
    },
  };
}

/** A reading's status and the sections written so far, or `not_found`. */
export async function getApiReading(
  db: Database,
  key: ReadingKey,
): Promise<z.input<typeof ReadingStateSchema>> {
  const state = await readingState(db, key);
  if (state.status === 'none')
    throw new AppError('not_found', 'No reading requested for that chart and language');
  return {
    id: readingId(key),
    status: state.status,
    sectionsTotal: state.sectionsTotal,
    sections: state.sections,
  };
}
