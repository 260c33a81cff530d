import { z } from 'zod';
import { isRoomName, type RoomName } from './rooms';

/** The internal publish endpoint on the sidecar. */
export const PUBLISH_PATH = '/internal/publish';
/** Largest accepted request body; realtime events carry ids and progress, not documents. */
export const MAX_PUBLISH_BYTES = 64 * 1024;

const EVENT_NAME = /^[a-z][a-z0-9._:-]{0,63}$/i;

/** Body of `POST /internal/publish`. */
export const publishBodySchema = z
  .object({
    room: z.custom<RoomName>(isRoomName, 'Invalid room name'),
    event: z.string().regex(EVENT_NAME, 'Event names are 1-64 chars of [A-Za-z0-9._:-]'),
    payload: z.json().optional(),
  })
  .strict();

export type PublishBody = z.infer<typeof publishBodySchema>;
