import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { logger } from '@/lib/logging/logger';
import { IoredisEngine } from '../engine/ioredis-engine';
import { RedisError } from '../reply';
import { RestDispatcher } from '../protocol/dispatcher';
import { toRestResult, type ReplyEncoding } from '../protocol/encode-reply';
import { parseCommand, parseCommandList } from '../protocol/parse-commands';
import { hasBearerToken, HttpFailure, readJson, sendJson } from './http-io';

export interface RedisBridgeOptions {
  /** The Redis to front, e.g. `redis://127.0.0.1:6379`. */
  redisUrl: string;
  /** 0 picks a free port. */
  port: number;
  /** Clients must send `Authorization: Bearer <token>`. */
  token: string;
  /** Interface to listen on; defaults to loopback. */
  host?: string;
  maxBodyBytes?: number;
}

export interface RedisBridge {
  /** What goes in `UPSTASH_REDIS_REST_URL`. */
  url: string;
  close(): Promise<void>;
}

const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

/**
 * Starts an HTTP server that speaks Upstash's REST protocol in front of a real Redis, so
 * `@upstash/redis` works against self-hosted Redis. Resolves once Redis answers a PING.
 *
 * @example
 * const bridge = await startRedisBridge({ redisUrl: 'redis://127.0.0.1:6379', port: 0, token });
 * const redis = new Redis({ url: bridge.url, token });
 */
export async function startRedisBridge(options: RedisBridgeOptions): Promise<RedisBridge> {
  if (!options.token) throw new Error('The Redis bridge needs a token');
  const log = logger.child({ component: 'redis-bridge' });
  const engine = new IoredisEngine(options.redisUrl, (error) =>
    log.warn({ err: error.message }, 'redis connection error'),
  );
  await engine.connect();
  const dispatcher = new RestDispatcher(engine);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const failure = error instanceof HttpFailure ? error : undefined;
      if (!failure) log.error({ err: error }, 'redis bridge request failed');
      if (res.headersSent) return res.destroy();
      const message = error instanceof Error ? error.message : String(error);
      sendJson(res, failure?.status ?? 503, { error: failure ? message : `ERR ${message}` });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hasBearerToken(req, options.token)) return sendJson(res, 401, { error: 'Unauthorized' });
    if (req.method !== 'POST') throw new HttpFailure(405, 'ERR only POST is supported');
    const encoding: ReplyEncoding =
      req.headers['upstash-encoding'] === 'base64' ? 'base64' : 'utf8';
    const path = new URL(req.url ?? '/', 'http://bridge').pathname.replace(/\/+$/, '');
    const body = await readJson(req, maxBodyBytes);

    if (path === '') {
      const args = parseCommand(body);
      if (!args) throw new HttpFailure(400, 'ERR the body must be a JSON array command');
      const result = toRestResult(await dispatcher.single(args), encoding);
      return sendJson(res, 'error' in result ? 400 : 200, result);
    }
    if (path === '/pipeline' || path === '/multi-exec') {
      const commands = parseCommandList(body);
      if (!commands) throw new HttpFailure(400, 'ERR the body must be a JSON array of commands');
      try {
        const settled =
          path === '/pipeline'
            ? await dispatcher.pipeline(commands)
            : await dispatcher.multiExec(commands);
        return sendJson(
          res,
          200,
          settled.map((s) => toRestResult(s, encoding)),
        );
      } catch (error) {
        if (error instanceof RedisError) throw new HttpFailure(400, error.message);
        throw error;
      }
    }
    throw new HttpFailure(
      404,
      `ERR unknown path ${path}: POST commands to /, /pipeline or /multi-exec`,
    );
  }

  const host = options.host ?? '127.0.0.1';
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, host, () => resolve());
    });
  } catch (error) {
    await engine.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  // A wildcard listener is reached locally through loopback.
  const urlHost =
    host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${port}`,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await engine.close();
      })();
      return closing;
    },
  };
}
