import { parseArgs } from 'node:util';
import { formatBench, runChartBench } from './chart-bench';
import type { CliIo } from './io';
import { UsageError } from './usage-error';

const MIN_COUNT = 10_000;
const DEFAULT_RUNS = 5;

function positiveInteger(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${name} must be a positive integer`);
  return n;
}

/** `astro bench [--count N] [--seed N] [--runs N] [--json]`: microseconds per full chart. */
export function benchCommand(argv: readonly string[], io: CliIo): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        count: { type: 'string' },
        seed: { type: 'string' },
        runs: { type: 'string' },
        json: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const result = runChartBench({
    count: positiveInteger('count', values.count, MIN_COUNT),
    seed: positiveInteger('seed', values.seed, 1),
    runs: positiveInteger('runs', values.runs, DEFAULT_RUNS),
  });
  io.out(values.json ? `${JSON.stringify(result)}\n` : formatBench(result));
  return 0;
}
