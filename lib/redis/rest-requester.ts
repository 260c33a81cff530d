import { errors, type Requester, type UpstashRequest, type UpstashResponse } from '@upstash/redis';
import { Pool, RetryAgent } from 'undici';

export interface RestRequesterOptions {
  /** Upstash's REST URL, or our bridge's. */
  url: string;
  token: string;
  /** Keep-alive connections to the REST server. */
  connections?: number;
}

export interface RestRequester extends Requester {
  close(): Promise<void>;
}

type RestEntry = { result?: unknown; error?: string };

/**
 * A `Requester` for `new Redis(requester)` speaking Upstash's REST protocol over a keep-alive
 * undici pool, as `@upstash/redis`'s own HTTP client does over `fetch`: base64 replies,
 * read-your-writes sync token, errors as `UpstashError` naming the command, and retries of
 * requests that never reached the server (refused or reset connections, as the client retries
 * a `fetch` that throws). Why not the client's own: inside Next, `fetch` is Next's patched one,
 * which traces and considers caching every call; with a Redis script on every API request,
 * that wrapper cost as much CPU as the request to Redis itself.
 *
 * @example
 * const redis = new Redis(createRestRequester({ url, token }));
 */
export function createRestRequester(options: RestRequesterOptions): RestRequester {
  const base = new URL(options.url);
  const prefix = base.pathname.replace(/\/$/, '');
  const pool = new Pool(base.origin, { connections: options.connections ?? 16 });
  const agent = new RetryAgent(pool, {
    methods: ['POST'],
    maxRetries: 3,
    minTimeout: 50,
    statusCodes: [],
    errorCodes: ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET'],
  });
  const requester: RestRequester = {
    readYourWrites: true,
    upstashSyncToken: '',
    async request<TResult>(req: UpstashRequest): Promise<UpstashResponse<TResult>> {
      if (req.isStreaming) throw new errors.UpstashError('streaming commands are not supported');
      const payload = JSON.stringify(req.body);
      const { statusCode, headers, body } = await agent.request({
        method: 'POST',
        path: [prefix, ...(req.path ?? [])].join('/') || '/',
        headers: {
          authorization: `Bearer ${options.token}`,
          'content-type': 'application/json',
          'upstash-encoding': 'base64',
          ...(requester.upstashSyncToken
            ? { 'upstash-sync-token': requester.upstashSyncToken }
            : {}),
          ...req.headers,
        },
        body: payload,
      });
      const text = await body.text();
      const syncToken = headers['upstash-sync-token'];
      if (typeof syncToken === 'string') requester.upstashSyncToken = syncToken;
      let parsed: RestEntry | RestEntry[];
      try {
        parsed = JSON.parse(text) as RestEntry | RestEntry[];
      } catch (cause) {
        throw new errors.UpstashJSONParseError(text, { cause });
      }
      if (statusCode < 200 || statusCode >= 300) {
        const message = Array.isArray(parsed) ? text : parsed.error;
        throw new errors.UpstashError(`${message}, command was: ${payload}`);
      }
      // Pipelines answer with an array although `Requester` types one response, as over fetch.
      const decoded = Array.isArray(parsed)
        ? parsed.map(({ result, error }) => ({ result: decode(result), error }))
        : { result: decode(parsed.result), error: parsed.error };
      return decoded as UpstashResponse<TResult>;
    },
    close: () => agent.close(),
  };
  return requester;
}

/** Upstash's base64 answer encoding undone, the way its own client does it (status `OK` comes plain). */
function decode(raw: unknown): unknown {
  if (typeof raw === 'string') return raw === 'OK' ? 'OK' : fromBase64(raw);
  if (typeof raw === 'number' || raw === undefined) return raw;
  if (!Array.isArray(raw)) return null;
  return raw.map((item: unknown) =>
    typeof item === 'string' ? fromBase64(item) : Array.isArray(item) ? item.map(decode) : item,
  );
}

function fromBase64(text: string): string {
  return Buffer.from(text, 'base64').toString('utf8');
}
