import { isRoomName, MAX_ROOM_LENGTH, type RoomName } from './rooms';

/**
 * What a token lets its holder join: an exact room name, or a prefix ending in `:*`
 * (`batch:*`, `reading:3f9a0c:*`). The prefix form stops at a `:` so `user:1*` can never
 * be written to cover `user:12`.
 */
export type RoomGrant = RoomName | `${string}:*`;

const PREFIX_PATTERN = /^(?:reading|batch|user)(?::[A-Za-z0-9_-]{1,128})?:\*$/;

/**
 * Whether an untrusted string is a valid grant.
 *
 * @example isRoomGrant('reading:3f9a0c:*') // true
 * @example isRoomGrant('*') // false
 */
export function isRoomGrant(value: unknown): value is RoomGrant {
  if (typeof value !== 'string' || value.length > MAX_ROOM_LENGTH) return false;
  return isRoomName(value) || PREFIX_PATTERN.test(value);
}

/**
 * Whether any of the grants covers the room.
 *
 * @example grantsAllow(['batch:*'], 'batch:7') // true
 * @example grantsAllow(['user:1'], 'user:12') // false
 */
export function grantsAllow(grants: readonly RoomGrant[], room: RoomName): boolean {
  return grants.some((grant) =>
    grant.endsWith(':*') ? room.startsWith(grant.slice(0, -1)) : grant === room,
  );
}
