import { z } from 'zod';

/** Response headers worth replaying; per-request ones (ids, limits, dates) are set afresh. */
const REPLAYED_HEADERS = ['content-type', 'content-language', 'location', 'etag', 'link'];
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

export const storedResponseSchema = z.object({
  status: z.number().int(),
  headers: z.array(z.tuple([z.string(), z.string()])),
  /** Base64 of the body bytes. */
  body: z.string(),
});
export type StoredResponse = z.infer<typeof storedResponseSchema>;

/**
 * Reads a response into a storable form, and hands back an equivalent response to send
 * (the original's body can be read only once).
 *
 * @example const { stored, response: fresh } = await snapshotResponse(response);
 */
export async function snapshotResponse(
  response: Response,
): Promise<{ stored: StoredResponse; response: Response }> {
  const bytes = Buffer.from(await response.arrayBuffer());
  const stored: StoredResponse = {
    status: response.status,
    headers: REPLAYED_HEADERS.flatMap((name) => {
      const value = response.headers.get(name);
      return value === null ? [] : [[name, value] as [string, string]];
    }),
    body: bytes.toString('base64'),
  };
  const fresh = new Response(bodyFor(response.status, bytes), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  return { stored, response: fresh };
}

/**
 * The stored response again, marked `Idempotent-Replayed: true`.
 *
 * @example return replayResponse(record);
 */
export function replayResponse(stored: StoredResponse): Response {
  const headers = new Headers(stored.headers);
  headers.set('Idempotent-Replayed', 'true');
  const bytes = Buffer.from(stored.body, 'base64');
  return new Response(bodyFor(stored.status, bytes), { status: stored.status, headers });
}

function bodyFor(status: number, bytes: Buffer): Uint8Array<ArrayBuffer> | null {
  return NULL_BODY_STATUSES.has(status) ? null : new Uint8Array(bytes);
}
