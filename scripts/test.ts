import { rmSync } from 'node:fs';
import { ensureChromium } from './lib/ensure-chromium';
import { bridgeRedisUrl } from './lib/redis-bridge-for-url';
import { runToCompletion } from './lib/supervisor';
import { playwrightCounts, vitestCounts, type Counts } from './lib/test-counts';

/**
 * `npm test`: everything CI checks, in order of cost — types, lint, format, unit and
 * integration tests, a production build, then the browser tests against it. With
 * DATABASE_URL / REDIS_URL set (CI), integration tests also run on those servers.
 */
const BIN = {
  tsc: 'node_modules/typescript/bin/tsc',
  eslint: 'node_modules/eslint/bin/eslint.js',
  prettier: 'node_modules/prettier/bin/prettier.cjs',
  vitest: 'node_modules/vitest/vitest.mjs',
  next: 'node_modules/next/dist/bin/next',
  playwright: 'node_modules/@playwright/test/cli.js',
};
const VITEST_REPORT = 'test-results/vitest.json';
const E2E_REPORT = 'test-results/e2e-report.json';

const env: NodeJS.ProcessEnv = { ...process.env, CHROMIUM_PATH: ensureChromium() };
const timings: string[] = [];
let failure: Error | undefined;

async function step(name: string, args: string[], stepEnv: NodeJS.ProcessEnv = env): Promise<void> {
  if (failure) return;
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  try {
    await runToCompletion(name, args, stepEnv);
  } catch (error) {
    failure = error as Error;
  }
  timings.push(`${name} ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

rmSync('test-results', { recursive: true, force: true });
rmSync(`.data/e2e-${process.env.E2E_PORT ?? 3100}`, { recursive: true, force: true });

const closeBridge = await bridgeRedisUrl(env);

await step('type check', [BIN.tsc, '--noEmit']);
await step('lint', [BIN.eslint, '.', '--max-warnings=0']);
await step('format', [BIN.prettier, '--check', '.', '--log-level=warn']);
await step('unit and integration tests', [
  BIN.vitest,
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${VITEST_REPORT}`,
]);
await step('production build', [BIN.next, 'build'], { ...env, NODE_ENV: 'production' });
await step('browser tests', [BIN.playwright, 'test']);
await closeBridge?.();

const total = [vitestCounts(VITEST_REPORT), playwrightCounts(E2E_REPORT)].reduce<Counts>(
  (sum, c) => ({
    passed: sum.passed + c.passed,
    failed: sum.failed + c.failed,
    skipped: sum.skipped + c.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log(`\nTimings: ${timings.join(' · ')}`);
if (failure) console.error(`\n✖ ${failure.message}`);
const failed = total.failed + (failure && total.failed === 0 ? 1 : 0);
console.log(`${total.passed} passed, ${failed} failed, ${total.skipped} skipped`);
process.exit(failure ? 1 : 0);
