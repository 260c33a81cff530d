import { AppError } from '@/lib/errors/app-error';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
const VALID = /^[\x21-\x7e]{1,255}$/;

/**
 * The `Idempotency-Key` of a POST (1–255 visible ASCII characters, e.g. a UUID), or null
 * when there is none or the method is not POST: other methods are idempotent already.
 *
 * @example readIdempotencyKey(request) // 'f1c2…' or null
 * @throws AppError `validation_failed` for a malformed key.
 */
export function readIdempotencyKey(request: Request): string | null {
  if (request.method !== 'POST') return null;
  const key = request.headers.get(IDEMPOTENCY_KEY_HEADER);
  if (key === null) return null;
  if (!VALID.test(key)) {
    throw new AppError('validation_failed', 'Idempotency-Key must be 1–255 visible characters', {
      fields: [{ field: IDEMPOTENCY_KEY_HEADER, message: 'invalid' }],
    });
  }
  return key;
}
