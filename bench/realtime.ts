/**
 * Realtime fan-out benchmark: one sidecar (a child process, as in production), N socket.io
 * clients in one room, M events published through the internal HTTP API. Prints delivered
 * messages per second and publish→receive latency.
 *
 *   npx tsx bench/realtime.ts [--clients 100] [--messages 2000] [--concurrency 16] [--redis]
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import { io, type Socket } from 'socket.io-client';
import { signRealtimeToken } from '@/lib/realtime/jwt';
import { deriveRealtimeKeys } from '@/lib/realtime/keys';
import { EVENT, JOIN, type RealtimeEnvelope } from '@/lib/realtime/protocol';
import { createPublisher } from '@/lib/realtime/publisher';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '100' },
    messages: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '16' },
    redis: { type: 'boolean', default: false },
  },
});
const CLIENTS = Number(values.clients);
const MESSAGES = Number(values.messages);
const CONCURRENCY = Number(values.concurrency);
const ROOM = 'batch:bench';
const SECRET = randomBytes(32).toString('base64url');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

async function waitHealthy(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const ok = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('sidecar did not become healthy');
}

/** CPU seconds a process has used so far (Linux /proc; clock ticks are 1/100 s). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;
}

async function main(): Promise<void> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    REALTIME_PORT: String(port),
    REALTIME_SECRET: SECRET,
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    LOG_LEVEL: 'warn',
  };
  if (values.redis) childEnv.REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  else delete childEnv.REDIS_URL;
  const sidecar = spawn(process.execPath, ['--import', 'tsx', 'realtime/server.ts'], {
    env: childEnv,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    await waitHealthy(url);
    const keys = deriveRealtimeKeys(SECRET);
    const token = await signRealtimeToken({ key: keys.jwtKey, subject: 'bench', rooms: [ROOM] });

    const latencies: number[] = [];
    let delivered = 0;
    let resolveAll: () => void = () => undefined;
    const allDelivered = new Promise<void>((resolve) => (resolveAll = resolve));
    const onEvent = ({ payload }: RealtimeEnvelope) => {
      if (typeof payload === 'object' && payload !== null && 'sentAt' in payload) {
        latencies.push(performance.now() - Number(payload.sentAt));
      }
      delivered += 1;
      if (delivered === CLIENTS * MESSAGES) resolveAll();
    };

    const sockets: Socket[] = [];
    for (let i = 0; i < CLIENTS; i += 1) {
      const socket = io(url, { auth: { token }, transports: ['websocket'], forceNew: true });
      sockets.push(socket);
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', () => resolve());
        socket.once('connect_error', reject);
      });
      const ack: unknown = await socket.emitWithAck(JOIN, ROOM);
      if (!(typeof ack === 'object' && ack !== null && 'ok' in ack && ack.ok === true)) {
        throw new Error('join refused');
      }
      socket.on(EVENT, onEvent);
    }

    const publish = createPublisher({ url, internalToken: keys.internalToken, timeoutMs: 10_000 });
    let next = 0;
    let failed = 0;
    const sidecarPid = sidecar.pid ?? 0;
    const sidecarCpuBefore = cpuSeconds(sidecarPid);
    const benchCpuBefore = process.cpuUsage();
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < MESSAGES) {
          next += 1;
          const result = await publish(ROOM, 'bench', { sentAt: performance.now() });
          if (!result.ok) failed += 1;
        }
      }),
    );
    const published = performance.now() - started;
    if (failed === 0) await allDelivered;
    const elapsed = (performance.now() - started) / 1000;
    const sidecarCpu = cpuSeconds(sidecarPid) - sidecarCpuBefore;
    const benchCpuUsage = process.cpuUsage(benchCpuBefore);
    const benchCpu = (benchCpuUsage.user + benchCpuUsage.system) / 1e6;
    for (const socket of sockets) socket.disconnect();

    latencies.sort((a, b) => a - b);
    const mode = values.redis ? 'redis adapter' : 'in-memory adapter';
    console.log(
      `realtime fan-out (${mode}): ${CLIENTS} clients, ${MESSAGES} events, ${CONCURRENCY} concurrent publishers`,
    );
    console.log(
      `  publishes/s:          ${Math.round(MESSAGES / (published / 1000))}${failed ? ` (${failed} failed)` : ''}`,
    );
    console.log(
      `  delivered messages/s: ${Math.round(delivered / elapsed)} (${delivered} in ${elapsed.toFixed(2)} s)`,
    );
    console.log(
      `  sidecar CPU: ${sidecarCpu.toFixed(2)} s → ${Math.round(delivered / sidecarCpu)} deliveries per sidecar CPU-second`,
    );
    console.log(`  client+publisher CPU (this process): ${benchCpu.toFixed(2)} s`);
    console.log(
      `  latency ms: p50 ${percentile(latencies, 50).toFixed(1)}, p99 ${percentile(latencies, 99).toFixed(1)}`,
    );
  } finally {
    sidecar.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
