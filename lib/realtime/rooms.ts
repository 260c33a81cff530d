/**
 * Room names shared by the app, the jobs and the realtime sidecar. Every name is built
 * here and checked against one grammar, so a room string coming from a token, a socket
 * or an HTTP body is never trusted as-is.
 */

/** Identifiers (user, batch ids) and reading hashes: URL-safe, no separators. */
const ID = '[A-Za-z0-9_-]{1,64}';
const HASH = '[A-Za-z0-9_-]{1,128}';
/** BCP 47 language tag, simplified: `en`, `pt-BR`, `zh-Hant`. */
const LOCALE = '[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?';

const ROOM_PATTERN = new RegExp(`^(?:reading:${HASH}:${LOCALE}|batch:${ID}|user:${ID}|admin)$`);
const ID_PATTERN = new RegExp(`^${ID}$`);
const HASH_PATTERN = new RegExp(`^${HASH}$`);
const LOCALE_PATTERN = new RegExp(`^${LOCALE}$`);

/** Longest possible room name; anything longer is rejected before the pattern runs. */
export const MAX_ROOM_LENGTH = 'reading:'.length + 128 + 1 + 12;

export type ReadingRoom = `reading:${string}:${string}`;
export type BatchRoom = `batch:${string}`;
export type UserRoom = `user:${string}`;
export type AdminRoom = 'admin';
export type RoomName = ReadingRoom | BatchRoom | UserRoom | AdminRoom;

function segment(kind: string, value: string, pattern: RegExp): string {
  if (!pattern.test(value)) throw new RangeError(`Invalid ${kind} for a realtime room: ${value}`);
  return value;
}

/**
 * The room where a reading's progress and result are announced.
 *
 * @example readingRoom('3f9a0c', 'en') // 'reading:3f9a0c:en'
 * @throws RangeError when the hash or locale falls outside the room grammar.
 */
export function readingRoom(hash: string, locale: string): ReadingRoom {
  return `reading:${segment('hash', hash, HASH_PATTERN)}:${segment('locale', locale, LOCALE_PATTERN)}`;
}

/**
 * The room following one batch job.
 *
 * @example batchRoom('b_42') // 'batch:b_42'
 */
export function batchRoom(id: string): BatchRoom {
  return `batch:${segment('batch id', id, ID_PATTERN)}`;
}

/**
 * A user's private room (notifications for every tab the user has open).
 *
 * @example userRoom('u-1') // 'user:u-1'
 */
export function userRoom(id: string): UserRoom {
  return `user:${segment('user id', id, ID_PATTERN)}`;
}

/**
 * The admin dashboard's room (sign-ups and other operator events).
 *
 * @example adminRoom() // 'admin'
 */
export function adminRoom(): AdminRoom {
  return 'admin';
}

/**
 * Whether an untrusted string is a well-formed room name.
 *
 * @example isRoomName('user:u-1') // true
 * @example isRoomName('user:a:b') // false
 */
export function isRoomName(value: unknown): value is RoomName {
  return typeof value === 'string' && value.length <= MAX_ROOM_LENGTH && ROOM_PATTERN.test(value);
}
