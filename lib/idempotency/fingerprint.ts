import { createHash } from 'node:crypto';

/**
 * What makes two requests "the same" for an idempotency key: method, path with query, and
 * the SHA-256 of the body bytes. Reads a clone, so the request stays readable.
 *
 * @example await requestFingerprint(request) // 64 hex characters
 */
export async function requestFingerprint(request: Request): Promise<string> {
  const { pathname, search } = new URL(request.url);
  const body = Buffer.from(await request.clone().arrayBuffer());
  const bodyHash = createHash('sha256').update(body).digest('hex');
  return createHash('sha256')
    .update(`${request.method}\n${pathname}${search}\n${bodyHash}`)
    .digest('hex');
}
