import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { EVENT } from '@/lib/realtime/protocol';
import { MAX_PUBLISH_BYTES, PUBLISH_PATH, publishBodySchema } from '@/lib/realtime/publish-schema';
import { isInternalCaller } from './internal-auth';
import { readBody } from './read-body';
import type { RealtimeServer } from './types';

export interface InternalHttpOptions {
  io: RealtimeServer;
  internalToken: string;
  adapter: 'memory' | 'redis';
  /** False while the Redis adapter has lost its connection. */
  isAdapterReady: () => boolean;
  log: Logger;
}

function send(response: ServerResponse, status: number, body: object): void {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

function health(options: InternalHttpOptions, response: ServerResponse): void {
  const ready = options.isAdapterReady();
  send(response, ready ? 200 : 503, {
    status: ready ? 'ok' : 'degraded',
    adapter: options.adapter,
    connections: options.io.engine.clientsCount,
  });
}

async function publish(
  options: InternalHttpOptions,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (!isInternalCaller(request, options.internalToken)) {
    request.resume();
    return send(response, 401, { ok: false, error: 'unauthorized' });
  }
  if (!request.headers['content-type']?.startsWith('application/json')) {
    request.resume();
    return send(response, 415, { ok: false, error: 'expected application/json' });
  }
  const read = await readBody(request, MAX_PUBLISH_BYTES);
  if (!read.ok) return send(response, 413, { ok: false, error: 'too_large' });
  let json: unknown;
  try {
    json = JSON.parse(read.body.toString('utf8'));
  } catch {
    return send(response, 400, { ok: false, error: 'invalid_json' });
  }
  const parsed = publishBodySchema.safeParse(json);
  if (!parsed.success) {
    return send(response, 400, { ok: false, error: 'invalid', issues: parsed.error.issues });
  }
  const { room, event, payload = null } = parsed.data;
  options.io.to(room).emit(EVENT, { room, event, payload });
  send(response, 200, { ok: true });
}

/**
 * Handles the plain HTTP requests socket.io leaves alone: `GET /health` (public, no
 * secrets in it) and `POST /internal/publish` (internal bearer only).
 */
export function internalHttpHandler(options: InternalHttpOptions) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    const path = new URL(request.url ?? '/', 'http://sidecar').pathname;
    if (request.method === 'GET' && path === '/health') return health(options, response);
    if (request.method === 'POST' && path === PUBLISH_PATH) {
      publish(options, request, response).catch((error: unknown) => {
        options.log.error({ err: error }, 'publish request failed');
        if (!response.headersSent) send(response, 500, { ok: false, error: 'internal' });
      });
      return;
    }
    send(response, 404, { ok: false, error: 'not_found' });
  };
}
