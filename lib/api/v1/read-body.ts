import type { z } from 'zod';
import { AppError } from '@/lib/errors/app-error';

/** Bodies are small JSON documents; anything bigger is refused before parsing. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * The request's JSON body parsed with `schema`. Wrong media type → 415, too big → 413,
 * malformed JSON → 422 on `(body)`, schema failures → 422 with one entry per field; a client
 * that hangs up mid-body → 499 (`client_closed_request`), logged as such rather than as a fault.
 *
 * @example const input = await readBody(request, ChartRequestSchema);
 */
export async function readBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<z.output<S>> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) {
    throw new AppError('unsupported_media_type', 'Send the body as application/json');
  }
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const text = await request.text().catch((error: unknown) => {
    if (!clientHungUp(request, error)) throw error;
    throw new AppError('client_closed_request', 'The client closed the connection mid-body');
  });
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw tooLarge();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('validation_failed', 'The body is not valid JSON', {
      fields: [{ field: '(body)', message: 'invalid_json' }],
    });
  }
  return schema.parse(json);
}

/** Node fails an unfinished request body with `ECONNRESET` ("aborted") when its socket closes. */
function clientHungUp(request: Request, error: unknown): boolean {
  return (
    request.signal.aborted ||
    (error instanceof Error && (error as NodeJS.ErrnoException).code === 'ECONNRESET')
  );
}

function tooLarge(): AppError {
  return new AppError('payload_too_large', `The body is over ${MAX_BODY_BYTES} bytes`);
}
