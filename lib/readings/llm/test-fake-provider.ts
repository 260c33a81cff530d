import { once } from 'node:events';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake provider received. */
export interface RecordedRequest {
  path: string;
  authorization: string | undefined;
  body: unknown;
}

/** How the fake answers the n-th request (1-based); `requests[n - 1]` is what it received. */
export type Behaviour = (res: ServerResponse, n: number) => void;

export interface FakeProvider {
  /** Base URL to configure, e.g. http://127.0.0.1:41234/v1. */
  baseUrl: string;
  requests: RecordedRequest[];
  behave(behaviour: Behaviour): void;
  close(): Promise<void>;
}

/**
 * A local OpenAI-compatible chat completions endpoint, for tests: each test tells it how to
 * misbehave. Records every request it gets. On an ephemeral port unless `port` is given (the
 * browser tests run it as a server of their own, `e2e/support/fake-llm-server.ts`).
 */
export async function startFakeProvider({
  port = 0,
}: { port?: number } = {}): Promise<FakeProvider> {
  const requests: RecordedRequest[] = [];
  let behaviour: Behaviour = (res) => res.writeHead(500).end();
  const server = createServer((req, res) => {
    // Counted on arrival, so a request the client gives up on while it uploads still counts.
    const recorded: RecordedRequest = {
      path: req.url ?? '',
      authorization: req.headers.authorization,
      body: undefined,
    };
    requests.push(recorded);
    const n = requests.length;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      recorded.body = raw === '' ? undefined : JSON.parse(raw);
      behaviour(res, n);
    });
  });
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${address.port}/v1`,
    requests,
    behave: (next) => {
      behaviour = next;
    },
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

/** SSE `data:` lines carrying `text` as deltas of `size` characters. */
export function sseChunks(text: string, size = 24): string[] {
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += size) {
    const chunk = { choices: [{ index: 0, delta: { content: text.slice(i, i + size) } }] };
    lines.push(`data: ${JSON.stringify(chunk)}\n\n`);
  }
  return lines;
}

/** Answers with `text` as a well-formed stream, ending with `[DONE]`. */
export function streamText(text: string): Behaviour {
  return (res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    for (const line of sseChunks(text)) res.write(line);
    res.write(
      `data: ${JSON.stringify({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`,
    );
    res.end('data: [DONE]\n\n');
  };
}

/** An empty response with this status and headers. */
export function status(code: number, headers: Record<string, string> = {}): Behaviour {
  return (res) => res.writeHead(code, { 'content-type': 'application/json', ...headers }).end('{}');
}

/**
 * Streams `text` one chunk of `size` characters every `everyMs`, then `[DONE]`: slow in total
 * but never silent.
 */
export function dripText(text: string, everyMs: number, size?: number): Behaviour {
  return (res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    const lines = [...sseChunks(text, size), 'data: [DONE]\n\n'];
    const timer = setInterval(() => {
      const line = lines.shift();
      if (line === undefined || res.destroyed) {
        clearInterval(timer);
        res.end();
        return;
      }
      res.write(line);
    }, everyMs);
  };
}
