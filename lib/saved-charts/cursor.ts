import { z } from 'zod';

/** Where a page of the newest-first list ended: the last row's creation time and id. */
export interface ListCursor {
  createdAt: Date;
  id: string;
}

const CursorSchema = z.tuple([z.iso.datetime(), z.uuid()]);

/**
 * Encodes a position as an opaque URL-safe token.
 *
 * @example
 * encodeCursor({ createdAt: new Date(0), id: '00000000-0000-4000-8000-000000000000' });
 */
export function encodeCursor(cursor: ListCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt.toISOString(), cursor.id])).toString(
    'base64url',
  );
}

/**
 * Reads a token back; a tampered or foreign token gives null (the list starts over).
 *
 * @example
 * decodeCursor(encodeCursor(position)); // equal to position
 * decodeCursor('garbage'); // null
 */
export function decodeCursor(token: string): ListCursor | null {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const parsed = CursorSchema.safeParse(raw);
  if (!parsed.success) return null;
  return { createdAt: new Date(parsed.data[0]), id: parsed.data[1] };
}
