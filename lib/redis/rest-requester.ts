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
 * a `fetch` that throws). Why not the client's own: inside Next, `fetch` is Next's patched
 * one, which traces and considers caching every call; with a Redis script on every API
 * request, that wrapper cost as much CPU as the request to Redis itself.
 *
 * Single commands sent in the same turn of the event loop (an API request's epoch read and
 * minute script, and other requests' at the same time) go as one `/pipeline` request, each
 * still settling on its own: the client only pipelines automatically when it builds its own
 * HTTP client, and each REST call costs the request thread far more CPU than the command it
 * carries.
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
  let queued: Queued[] = [];

  async function post(path: string[], body: unknown, headers?: Record<string, string>) {
    const payload = JSON.stringify(body);
    const response = await agent.request({
      method: 'POST',
      path: [prefix, ...path].join('/') || '/',
      headers: {
        authorization: `Bearer ${options.token}`,
        'content-type': 'application/json',
        'upstash-encoding': 'base64',
        ...(requester.upstashSyncToken ? { 'upstash-sync-token': requester.upstashSyncToken } : {}),
        ...headers,
      },
      body: payload,
    });
    const text = await response.body.text();
    const syncToken = response.headers['upstash-sync-token'];
    if (typeof syncToken === 'string') requester.upstashSyncToken = syncToken;
    let parsed: RestEntry | RestEntry[];
    try {
      parsed = JSON.parse(text) as RestEntry | RestEntry[];
    } catch (cause) {
      throw new errors.UpstashJSONParseError(text, { cause });
    }
    if (response.statusCode < 200 || response.statusCode >= 300) {
      throw commandError(Array.isArray(parsed) ? text : parsed.error, body);
    }
    return parsed;
  }

  /** Sends the commands queued this turn: alone as before, or together as one pipeline. */
  function flush(): void {
    const batch = queued;
    queued = [];
    const [only] = batch;
    if (batch.length === 1 && only) {
      post([], only.command).then(
        (entry) => only.resolve(decoded(entry as RestEntry)),
        only.reject,
      );
      return;
    }
    post(
      ['pipeline'],
      batch.map(({ command }) => command),
    ).then(
      (entries) => {
        batch.forEach(({ command, resolve, reject }, i) => {
          const entry = (entries as RestEntry[])[i] ?? {
            error: 'the pipeline answered too few replies',
          };
          if (entry.error === undefined) resolve(decoded(entry));
          else reject(commandError(entry.error, command));
        });
      },
      (error: unknown) => {
        for (const { reject } of batch) reject(error);
      },
    );
  }

  const requester: RestRequester = {
    readYourWrites: true,
    upstashSyncToken: '',
    async request<TResult>(req: UpstashRequest): Promise<UpstashResponse<TResult>> {
      if (req.isStreaming) throw new errors.UpstashError('streaming commands are not supported');
      // Pipelines, transactions and commands with headers of their own go as they are.
      if ((req.path && req.path.length > 0) || req.headers) {
        // Pipelines answer with an array although `Requester` types one response, as over fetch.
        const parsed = await post(req.path ?? [], req.body, req.headers);
        return (
          Array.isArray(parsed) ? parsed.map(decoded) : decoded(parsed)
        ) as UpstashResponse<TResult>;
      }
      return new Promise((resolve, reject) => {
        queued.push({
          command: req.body,
          resolve: (entry) => resolve(entry as UpstashResponse<TResult>),
          reject,
        });
        if (queued.length === 1) setImmediate(flush);
      });
    },
    close: () => agent.close(),
  };
  return requester;
}

interface Queued {
  command: unknown;
  resolve: (entry: RestEntry) => void;
  reject: (error: unknown) => void;
}

/** An error reply as the client's own HTTP client throws it, naming the command. */
function commandError(message: string | undefined, command: unknown): errors.UpstashError {
  return new errors.UpstashError(`${message}, command was: ${JSON.stringify(command)}`);
}

function decoded({ result, error }: RestEntry): RestEntry {
  return { result: decode(result), error };
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
