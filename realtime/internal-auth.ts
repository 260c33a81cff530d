import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Whether the request carries `Authorization: Bearer <internal token>`. Both sides are
 * hashed first so the comparison is constant-time whatever the presented length.
 */
export function isInternalCaller(request: IncomingMessage, internalToken: string): boolean {
  const header = request.headers.authorization ?? '';
  const presented = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
  return timingSafeEqual(digest(presented), digest(internalToken)) && presented.length > 0;
}
