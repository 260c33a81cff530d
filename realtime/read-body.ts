import type { IncomingMessage } from 'node:http';

export type BodyResult = { ok: true; body: Buffer } | { ok: false; error: 'too_large' };

/** Buffers a request body, giving up (and discarding the rest) past `limit` bytes. */
export function readBody(request: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) {
    request.resume();
    return Promise.resolve({ ok: false, error: 'too_large' });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let overflow = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) overflow = true;
      if (!overflow) chunks.push(chunk);
    });
    request.on('end', () =>
      resolve(
        overflow ? { ok: false, error: 'too_large' } : { ok: true, body: Buffer.concat(chunks) },
      ),
    );
    request.on('error', reject);
  });
}
