import { AstroError } from '@/lib/astro/errors';
import { benchCommand } from './bench-command';
import { chartCommand } from './chart-command';
import { fixtureCommand } from './fixture-command';
import { HELP } from './help';
import type { CliIo } from './io';
import { UsageError } from './usage-error';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

const COMMANDS: Record<string, (argv: readonly string[], io: CliIo) => number> = {
  chart: chartCommand,
  fixture: fixtureCommand,
  bench: benchCommand,
};

/**
 * The `astro` command line, callable in-process: returns the exit code instead of exiting.
 *
 * @example
 * const code = main(['chart', '--date', '1990-05-15', '--time', '14:30', '--place', 'Paris'], {
 *   out: (s) => process.stdout.write(s),
 *   err: (s) => process.stderr.write(s),
 * });
 */
export function main(argv: readonly string[], io: CliIo): number {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(HELP);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`astro: unknown command "${name}"\n\n${HELP}`);
    return EXIT_USAGE;
  }
  try {
    return command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`astro ${name}: ${error.message}\nRun "astro help" for the options.\n`);
      return EXIT_USAGE;
    }
    // Input the engine refuses (a date out of range, an unknown zone, …) is still bad input.
    if (error instanceof AstroError) {
      io.err(`astro ${name}: ${error.message} (${error.code})\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
