import { AppError } from '@/lib/errors/app-error';

/**
 * The offset a page cursor stands for. Cursors are offsets into a deterministic ranking,
 * base-36 so they stay short; anything a page did not hand out is a `cursor` field error.
 *
 * @example offsetFromCursor('a', 50); // 10
 */
export function offsetFromCursor(cursor: string | undefined, max: number): number {
  if (cursor === undefined) return 0;
  const offset = Number.parseInt(cursor, 36);
  if (!/^[0-9a-z]+$/.test(cursor) || !(offset > 0 && offset < max)) {
    throw new AppError('validation_failed', 'The cursor is not valid', {
      fields: [{ field: 'cursor', message: 'cursor_invalid' }],
    });
  }
  return offset;
}

/**
 * This request's URL with the cursor of the page starting at `offset`: the `next` link.
 *
 * @example nextPageUrl(new URL('https://x/api/v1/places?q=a'), 10); // 'https://x/api/v1/places?q=a&cursor=a'
 */
export function nextPageUrl(url: URL, offset: number): string {
  const next = new URL(url);
  next.searchParams.set('cursor', offset.toString(36));
  return next.toString();
}
