import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { computeBodies } from '@/lib/astro/ephemeris';
import { julianDayFromDate } from '@/lib/astro/frame/julian-day';
import { housesAt } from '@/lib/astro/houses';
import { BODIES, HOUSE_SYSTEMS } from '@/lib/astro/types';
import { ENGINE_VERSION } from '@/lib/astro/chart/engine-version';
import type { CliIo } from './io';
import { UsageError } from './usage-error';

const CasesSchema = z.object({
  cases: z.array(
    z.object({
      id: z.string(),
      utc: z.iso.datetime(),
      lat: z.number().min(-90).max(90),
      lon: z.number().min(-180).max(180),
    }),
  ),
});
type FixtureCase = z.infer<typeof CasesSchema>['cases'][number];

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** One case in the reference fixture's shape: 14 bodies and all seven house systems. */
export function fixtureCase(c: FixtureCase) {
  const jdUt = julianDayFromDate(new Date(c.utc));
  const positions = computeBodies(jdUt);
  const bodies = Object.fromEntries(
    BODIES.map((b) => {
      const p = positions[b];
      return [b, { lon: round(p.lon), lat: round(p.lat), speed: round(p.speed) }];
    }),
  );
  const houses = Object.fromEntries(
    HOUSE_SYSTEMS.map((system) => {
      const h = housesAt(jdUt, c.lat, c.lon, system);
      return [
        system,
        {
          cusps: h.cusps.map(round),
          asc: round(h.asc),
          mc: round(h.mc),
          armc: round(h.armc),
          vertex: round(h.vertex),
        },
      ];
    }),
  );
  return { id: c.id, utc: c.utc, lat: c.lat, lon: c.lon, jd_ut: round(jdUt), bodies, houses };
}

function readCases(path: string): FixtureCase[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${error instanceof Error ? error.message : error}`);
  }
  const parsed = CasesSchema.safeParse(raw);
  if (!parsed.success) {
    throw new UsageError(
      `${path} is not a list of cases { id, utc, lat, lon }: ${parsed.error.message}`,
    );
  }
  return parsed.data.cases;
}

/**
 * `astro fixture IN.json OUT.json`: the engine's answer for every case of IN, in the shape of the
 * Swiss Ephemeris reference so that `ephemeris-diff.mjs REF OUT` compares them.
 */
export function fixtureCommand(argv: readonly string[], io: CliIo): number {
  if (argv.length !== 2) throw new UsageError('usage: astro fixture IN.json OUT.json');
  const [input, output] = argv as [string, string];
  const cases = readCases(input).map(fixtureCase);
  const document = {
    generator: `orrery astro engine ${ENGINE_VERSION}`,
    zodiac: 'tropical',
    frame: 'geocentric apparent ecliptic of date',
    time: 'utc is UT; jd_ut is the UT Julian day',
    units: 'degrees; speed in degrees/day',
    cases,
  };
  writeFileSync(output, `${JSON.stringify(document)}\n`);
  io.out(`wrote ${cases.length} cases to ${output}\n`);
  return 0;
}
