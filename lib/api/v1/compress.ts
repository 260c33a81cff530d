import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';

const brotli = promisify(brotliCompress);

/** Below this, compression costs more than it saves. */
export const COMPRESS_MIN_BYTES = 1024;

function acceptsBrotli(request: Request): boolean {
  const accept = request.headers.get('accept-encoding') ?? '';
  return accept.split(',').some((part) => {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    const refused = params.some((param) => /^\s*q=0(?:\.0*)?\s*$/.test(param));
    return coding.trim() === 'br' && !refused;
  });
}

/**
 * Brotli for large JSON answers. `next start` already gzips every answer (its `compress`
 * option) but never offers br, which shrinks chart JSON noticeably further; an answer that
 * already has a `Content-Encoding` is left alone, so the two never stack.
 *
 * @example return compressAnswer(request, Response.json(chart));
 */
export async function compressAnswer(request: Request, response: Response): Promise<Response> {
  const type = response.headers.get('content-type') ?? '';
  if (
    !response.body ||
    response.headers.has('content-encoding') ||
    !/json/i.test(type) ||
    !acceptsBrotli(request)
  ) {
    return response;
  }
  const bytes = Buffer.from(await response.arrayBuffer());
  const headers = new Headers(response.headers);
  headers.append('vary', 'Accept-Encoding');
  if (bytes.byteLength < COMPRESS_MIN_BYTES) {
    return new Response(bytes, { status: response.status, headers });
  }
  const compressed = await brotli(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 5,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
    },
  });
  headers.set('content-encoding', 'br');
  headers.set('content-length', String(compressed.byteLength));
  return new Response(new Uint8Array(compressed), { status: response.status, headers });
}
