import { chartFromBirth, type BirthChartResult } from '@/lib/astro/chart/chart-from-birth';
import type { Disambiguation } from '@/lib/astro/chart/schema';
import { searchPlaces } from '@/lib/places/search-places';
import { parseChartArgs, type ChartArgs } from './chart-args';
import { formatChart } from './format-chart';
import type { CliIo } from './io';
import { UsageError } from './usage-error';

/** Exit code when the local time falls in a DST gap or overlap and the user must choose. */
export const EXIT_NEEDS_CHOICE = 3;

interface ResolvedPlace {
  label: string;
  latitude: number;
  longitude: number;
  zone: string;
}

function resolvePlace(args: ChartArgs): ResolvedPlace {
  if ('place' in args.location) {
    const found = searchPlaces(args.location.place, { limit: 1 })[0];
    if (!found) {
      throw new UsageError(
        `no place matches "${args.location.place}"; try "City, CC" or give --lat/--lon/--zone`,
      );
    }
    return { label: found.label, latitude: found.lat, longitude: found.lon, zone: found.timeZone };
  }
  const { lat, lon, zone } = args.location;
  return { label: `${lat}, ${lon}`, latitude: lat, longitude: lon, zone };
}

function disambiguation(args: ChartArgs): Disambiguation | undefined {
  if (args.fold) return { fold: args.fold };
  if (args.offsetMinutes !== null) return { offsetMinutes: args.offsetMinutes };
  return undefined;
}

function offsetArg(minutes: number): string {
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(Math.round(abs % 60)).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${hh}:${mm}`;
}

function choiceMessage(
  args: ChartArgs,
  place: ResolvedPlace,
  result: Exclude<BirthChartResult, { kind: 'chart' }>,
): string {
  const what =
    result.kind === 'gap'
      ? 'did not exist: the clocks jumped forward over it'
      : 'happened twice: the clocks were turned back over it';
  const [earlier, later] = result.candidates;
  const line = (name: string, c: typeof earlier) =>
    `  --fold ${name.padEnd(7)} ${c.utc.toISOString().replace('.000Z', 'Z')} UT  (offset ${offsetArg(c.offsetMinutes)}${c.zoneAbbr ? ` ${c.zoneAbbr}` : ''}; or --offset=${offsetArg(c.offsetMinutes)})`;
  return [
    `${args.date} ${args.time} in ${place.zone} ${what}.`,
    'It could mean either of these instants; run again with one of:',
    line('earlier', earlier),
    line('later', later),
    '',
  ].join('\n');
}

/**
 * `astro chart`: computes a chart from birth data and prints it (text, or JSON with --json).
 * Exit 3 with both candidates listed when the local time is in a DST gap or overlap.
 */
export function chartCommand(argv: readonly string[], io: CliIo): number {
  const args = parseChartArgs(argv);
  const place = resolvePlace(args);
  const choice = disambiguation(args);
  const result = chartFromBirth({
    date: args.date,
    time: args.time,
    location: { latitude: place.latitude, longitude: place.longitude, zone: place.zone },
    houseSystem: args.houseSystem,
    zodiac: args.zodiac,
    ...(choice ? { disambiguation: choice } : {}),
  });
  if (result.kind !== 'chart') {
    io.err(choiceMessage(args, place, result));
    return EXIT_NEEDS_CHOICE;
  }
  const context = {
    placeLabel: place.label,
    localDate: args.date,
    localTime: args.time,
    zone: place.zone,
    time: result.time,
  };
  if (args.json) {
    io.out(`${JSON.stringify({ place, time: result.time, chart: result.chart }, null, 2)}\n`);
  } else {
    io.out(formatChart(result.chart, context));
  }
  return 0;
}
