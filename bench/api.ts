/**
 * Throughput and latency of `POST /api/v1/charts` against a trivial route of the same
 * production server (the ceiling), in one run on this machine: DURATION seconds per route at
 * CONNECTIONS connections with autocannon, after a short warm-up of each, in ROUNDS
 * interleaved slices (ceiling, new input, same input, ceiling, …) so that a machine whose
 * speed drifts (shared cores) skews every route alike. Goals: the chart endpoint at least
 * 0.8× the ceiling's req/s, and its p95 at most 1.25× the ceiling's.
 *
 *   npx tsx bench/api.ts               # starts `npm start -- --no-build` on BENCH_PORT (3700)
 *   npx tsx bench/api.ts http://host   # a running server; ADMIN_EMAIL/ADMIN_PASSWORD sign in
 *
 * Needs a production build (`npx next build`). The server it starts runs on the embedded
 * defaults in a throwaway data folder, or on the real PostgreSQL/Redis when DATABASE_URL /
 * REDIS_URL are set (then DEMO_ADMIN_PASSWORD must be the seeded admin's password). The
 * bench signs in as the admin over Auth.js's credentials endpoint, issues a key through the
 * account API, and moves it to a plan raised out of the bench's reach with API_PLAN_LIMITS
 * through the admin API: every call still passes the rate limit and quota checks.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { figuresOf, slice, type BenchRoute, type Figures } from './load-slices';
import { listeningPid } from './process-cpu';

const DURATION = Number(process.env.BENCH_DURATION ?? 20);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const WARM_UP_SECONDS = 3;
const SETTLE_MS = 1_000;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PORT = Number(process.env.BENCH_PORT ?? 3700);
const ADMIN_EMAIL = process.env.ADMIN_EMAIL ?? 'admin@orrery.local';
const ADMIN_PASSWORD =
  process.env.ADMIN_PASSWORD ??
  process.env.DEMO_ADMIN_PASSWORD ??
  randomBytes(12).toString('base64url');
/** The plan the bench key is moved to, with limits no bench run can reach. */
const BENCH_PLAN = 'premium';
const BENCH_PLAN_LIMITS = { [BENCH_PLAN]: { perMinute: 10_000_000, perMonth: 1_000_000_000 } };
const GOAL_THROUGHPUT = 0.8;
const GOAL_P95 = 1.25;
/** Liveness answers from the same Next server through the same routing, with no I/O. */
const CEILING_PATH = '/api/health/live';
const PLACES = [2988507, 2643743, 5128581, 1850147, 3448439]; // Paris, London, New York, Tokyo, São Paulo

/** Starts the product on its production build and waits until it is ready. */
async function startServer(): Promise<{ base: string; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'orrery-bench-api-'));
  const log = openSync(path.join(dataDir, 'server.log'), 'a');
  const base = `http://localhost:${PORT}`;
  const child: ChildProcess = spawn(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'scripts/start.ts', '--no-build'],
    {
      stdio: ['ignore', log, log],
      env: {
        ...process.env,
        PORT: String(PORT),
        REALTIME_PORT: String(PORT + 1),
        REALTIME_URL: `http://127.0.0.1:${PORT + 1}`,
        ORRERY_DATA_DIR: dataDir,
        DEMO_ADMIN_PASSWORD: ADMIN_PASSWORD,
        API_PLAN_LIMITS: JSON.stringify(BENCH_PLAN_LIMITS),
      },
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited; see ${dataDir}/server.log`);
    const ready = await fetch(`${base}/api/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`server not ready; see ${dataDir}/server.log`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    base,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Cookies from `set-cookie` fields, merged into a jar. */
function keepCookies(jar: Map<string, string>, response: Response): void {
  for (const field of response.headers.getSetCookie()) {
    const [pair] = field.split(';');
    const at = pair?.indexOf('=') ?? -1;
    if (pair && at > 0) jar.set(pair.slice(0, at), pair.slice(at + 1));
  }
}

function cookieHeader(jar: Map<string, string>): string {
  return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
}

/** Signs in through Auth.js's credentials endpoint (CSRF token first), as a browser form does. */
async function signIn(base: string): Promise<Map<string, string>> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keepCookies(jar, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(jar) },
    body: new URLSearchParams({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD, csrfToken }),
  });
  keepCookies(jar, response);
  if (![...jar.keys()].some((name) => name.includes('session-token'))) {
    throw new Error(`sign-in as ${ADMIN_EMAIL} failed (${response.headers.get('location')})`);
  }
  return jar;
}

/** A cookie-authenticated JSON write, with the Origin the CSRF check wants. */
async function sessionJson(
  base: string,
  jar: Map<string, string>,
  method: string,
  url: string,
  body: unknown,
) {
  const response = await fetch(`${base}${url}`, {
    method,
    headers: { 'content-type': 'application/json', origin: base, cookie: cookieHeader(jar) },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

/** A key with `charts:write`, issued by the account API and moved to the bench plan by the admin API. */
async function issueBenchKey(base: string): Promise<string> {
  const jar = await signIn(base);
  const issued = await sessionJson(base, jar, 'POST', '/api/account/keys', {
    name: `bench ${new Date().toISOString()}`,
    scopes: ['charts:write'],
  });
  const { id } = issued.apiKey as { id: string };
  await sessionJson(base, jar, 'PATCH', `/api/admin/api-keys/${id}`, { plan: BENCH_PLAN });
  return issued.secret as string;
}

function birth(n: number): string {
  const day = new Date(Date.UTC(1900, 0, 1) + (n % 73_000) * 86_400_000);
  const minutes = Math.floor(n / 73_000) % 1_440;
  return JSON.stringify({
    date: day.toISOString().slice(0, 10),
    time: `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
    placeId: PLACES[n % PLACES.length],
  });
}

function row(figures: Figures, ceiling: Figures): string {
  return [
    figures.name.padEnd(36),
    figures.rps.toFixed(0).padStart(7),
    ...[figures.p50, figures.p95, figures.p99].map((ms) => ms.toFixed(1).padStart(6)),
    String(figures.refused).padStart(8),
    `${(figures.rps / ceiling.rps).toFixed(2)}×`.padStart(7),
    `${(figures.p95 / ceiling.p95).toFixed(2)}×`.padStart(7),
    ...cpuColumns(figures.cpuMs, ceiling.cpuMs),
    ...cpuColumns(figures.threadCpuMs, ceiling.threadCpuMs),
  ].join(' ');
}

/** CPU per request and the ceiling's over it (the req/s ratio that CPU alone allows). */
function cpuColumns(route: number | null, ceiling: number | null): string[] {
  return [
    (route === null ? '–' : route.toFixed(2)).padStart(7),
    (route === null || ceiling === null ? '' : `${(ceiling / route).toFixed(2)}×`).padStart(7),
  ];
}

const external = process.argv[2];
const server = external ? { base: external, stop: async () => {} } : await startServer();
try {
  const key = await issueBenchKey(server.base);
  const chartRequest = {
    method: 'POST' as const,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
  };
  console.log(
    `Server: ${external ?? `${server.base} (started here)`}; database ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite'}, Redis ${process.env.REDIS_URL ? 'real (REDIS_URL, through the REST bridge)' : process.env.UPSTASH_REDIS_REST_URL ? 'Upstash REST' : 'in-memory stand-in'}.`,
  );
  console.log(
    `Ceiling: GET ${CEILING_PATH}, the cheapest answer of the same Next server (route handler, no I/O, no auth).`,
  );
  console.log(
    `${CONNECTIONS} connections, ${DURATION} s per route in ${ROUNDS} interleaved slices after a ${WARM_UP_SECONDS} s warm-up; the machine is shared, so compare ratios.\n`,
  );

  const pid = listeningPid(server.base);
  let n = 0;
  const routes: BenchRoute[] = [
    {
      name: `GET ${CEILING_PATH} (ceiling)`,
      options: { url: `${server.base}${CEILING_PATH}` },
      slices: [],
    },
    {
      name: 'POST /api/v1/charts, new input',
      options: {
        url: `${server.base}/api/v1/charts`,
        requests: [
          { ...chartRequest, setupRequest: (request) => ({ ...request, body: birth(n++) }) },
        ],
      },
      slices: [],
    },
    {
      name: 'POST /api/v1/charts, same input',
      options: {
        url: `${server.base}/api/v1/charts`,
        requests: [{ ...chartRequest, body: birth(0) }],
      },
      slices: [],
    },
  ];
  const load = (route: BenchRoute, seconds: number) =>
    slice({ connections: CONNECTIONS, ...route.options }, seconds, pid);
  for (const route of routes) await load(route, WARM_UP_SECONDS);
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const route of routes) {
      route.slices.push(await load(route, DURATION / ROUNDS));
      // Requests autocannon gave up on at the end are still being answered: let them drain.
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    }
  }
  const [ceiling, fresh, repeated] = routes.map(figuresOf) as [Figures, Figures, Figures];

  console.log(
    `${'route'.padEnd(36)} ${'req/s'.padStart(7)} ${'p50'.padStart(6)} ${'p95'.padStart(6)} ${'p99'.padStart(6)} ${'non-2xx'.padStart(8)} ${'×req/s'.padStart(7)} ${'×p95'.padStart(7)} ${'CPU/req'.padStart(7)} ${'×CPU'.padStart(7)} ${'thread'.padStart(7)} ${'×thread'.padStart(7)}`,
  );
  for (const figures of [ceiling, fresh, repeated]) console.log(row(figures, ceiling));
  console.log(
    "(latencies and server CPU per request in ms; ×req/s and ×p95 are ratios to the ceiling; CPU/req is the whole server process (all threads), thread its request thread alone; ×CPU and ×thread are the ceiling's over the route's: the req/s ratio the server's cores, or its request thread, allow on a quiet machine)\n",
  );
  for (const figures of [fresh, repeated]) {
    const throughput = figures.rps / ceiling.rps;
    const p95 = figures.p95 / ceiling.p95;
    console.log(
      `${figures.name}: req/s ${throughput.toFixed(2)}× (goal ≥ ${GOAL_THROUGHPUT}) ${throughput >= GOAL_THROUGHPUT ? 'PASS' : 'MISS'}; p95 ${p95.toFixed(2)}× (goal ≤ ${GOAL_P95}) ${p95 <= GOAL_P95 ? 'PASS' : 'MISS'}`,
    );
  }
} finally {
  await server.stop();
}
