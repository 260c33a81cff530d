/**
 * The production web server: Next's request handler behind the `compression` middleware,
 * which answers in brotli (quality 4) or gzip, as the client prefers. `next start` cannot:
 * its bundled copy of the middleware knows gzip only, and Next drops the `Content-Encoding` a
 * route handler sets (docs/api-v1.md). Started by `scripts/lib/launch.ts` with the built app;
 * listens on PORT on every interface, as `next start` does.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Duplex } from 'node:stream';
import compression from 'compression';
import next from 'next';

const port = Number(process.env.PORT ?? 3000);

// Content types as the middleware's `compressible` list says. Its 1 KiB threshold only holds
// for answers with a Content-Length, which Next's streamed answers lack: small ones are
// compressed too.
const compress = compression() as unknown as (
  req: IncomingMessage,
  res: ServerResponse,
  then: () => void,
) => void;

/**
 * When a client hangs up mid-answer the middleware never ends its zlib stream, which then
 * outlives the request (Next's own server releases it the same way, router-server.js).
 */
function releaseCompressionOnHangUp(res: ServerResponse): void {
  res.once('close', () => {
    if (res.writableFinished) return;
    const noop = () => {};
    const stream: unknown = res.on('drain', noop);
    res.off('drain', noop);
    if (stream !== res && stream instanceof Duplex) stream.destroy();
  });
}

const app = next({ dev: false, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  compress(req, res, () => {
    releaseCompressionOnHangUp(res);
    void handle(req, res);
  });
});
server.listen(port, () => {
  console.log(`web app listening on port ${port}`);
});

async function shutDown(): Promise<void> {
  server.close();
  server.closeAllConnections();
  await app.close();
  process.exit(0);
}
process.once('SIGTERM', () => void shutDown());
process.once('SIGINT', () => void shutDown());
