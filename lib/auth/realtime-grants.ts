import type { RoleName } from '@/db/schema';
import { adminRoom, userRoom, type RoomName } from '@/lib/realtime/rooms';

/** The sidecar rooms a signed-in user may join: their own, plus the admin feed for admins. */
export function realtimeGrantsFor(user: { id: string; role: RoleName }): RoomName[] {
  const rooms: RoomName[] = [userRoom(user.id)];
  if (user.role === 'admin') rooms.push(adminRoom());
  return rooms;
}
