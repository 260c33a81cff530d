import { formatDms, formatSignPosition } from '@/lib/astro/angles';
import type { Chart } from '@/lib/astro/chart/types';
import type { ResolvedTime } from '@/lib/astro/chart/chart-from-birth';

/** Where and when, as the CLI resolved it, for the header of the printout. */
export interface ChartContext {
  placeLabel: string;
  localDate: string;
  localTime: string | null;
  zone: string;
  time: ResolvedTime;
}

const LABEL: Record<string, string> = {
  mean_node: 'Mean Node',
  true_node: 'True Node',
  mean_lilith: 'Lilith',
  asc: 'Asc',
  mc: 'MC',
  dsc: 'Dsc',
  ic: 'IC',
};

function label(id: string): string {
  return LABEL[id] ?? id.charAt(0).toUpperCase() + id.slice(1).replaceAll('_', ' ');
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = Math.round(abs - h * 60);
  return `UTC${sign}${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

function header(chart: Chart, ctx: ChartContext): string[] {
  const abbr = ctx.time.zoneAbbr ? ` ${ctx.time.zoneAbbr}` : '';
  const local = ctx.localTime ?? 'time unknown (noon chart, no houses)';
  const zodiac =
    chart.zodiac.kind === 'sidereal'
      ? `sidereal (${chart.zodiac.ayanamsa}, ayanamsa ${formatDms(chart.meta.ayanamsa ?? 0)})`
      : 'tropical';
  const lat = `${Math.abs(chart.latitude).toFixed(4)}°${chart.latitude < 0 ? 'S' : 'N'}`;
  const lon = `${Math.abs(chart.longitude).toFixed(4)}°${chart.longitude < 0 ? 'W' : 'E'}`;
  return [
    `Chart    ${ctx.localDate} ${local} ${ctx.zone} (${formatOffset(ctx.time.offsetMinutes)}${abbr}, ${ctx.time.rule}) = ${chart.utc.replace('.000Z', 'Z')} UT`,
    `Place    ${ctx.placeLabel}  ${lat} ${lon}`,
    `Zodiac   ${zodiac}   Houses ${chart.houses ? chart.houses.effectiveSystem : 'none'}`,
    `ΔT ${chart.meta.deltaT.toFixed(1)} s   hash ${chart.hash}   engine ${chart.meta.engineVersion}`,
  ];
}

function bodies(chart: Chart): string[] {
  return Object.values(chart.bodies).map((b) => {
    const house = b.house === null ? '' : `house ${String(b.house).padStart(2)}`;
    return `  ${label(b.body).padEnd(10)} ${formatSignPosition(b.lon).padEnd(13)} ${b.retrograde ? 'R' : ' '}  ${house}`;
  });
}

function houses(chart: Chart): string[] {
  if (!chart.houses || !chart.angles) return ['  (birth time unknown)'];
  const h = chart.houses;
  const lines: string[] = [];
  if (h.fallback) {
    lines.push(
      `  ${h.fallback.from} is undefined here (${h.fallback.reason}): ${h.fallback.to} used`,
    );
  }
  for (let row = 0; row < 6; row++) {
    const cell = (i: number) =>
      `${String(i + 1).padStart(2)}  ${formatSignPosition(h.cusps[i] ?? 0).padEnd(13)}`;
    lines.push(`  ${cell(row)}   ${cell(row + 6)}`);
  }
  const a = chart.angles;
  lines.push(
    `  Asc ${formatSignPosition(a.asc.lon)}   MC ${formatSignPosition(a.mc.lon)}   Vertex ${formatSignPosition(a.vertex.lon)}`,
  );
  return lines;
}

function aspects(chart: Chart): string[] {
  if (chart.aspects.length === 0) return ['  (none)'];
  return chart.aspects.map(
    (x) =>
      `  ${label(x.a).padEnd(10)} ${x.kind.replaceAll('_', '-').padEnd(14)} ${label(x.b).padEnd(10)} orb ${formatDms(x.orb).padStart(9)}  ${x.motion}`,
  );
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function summary(chart: Chart): string[] {
  const s = chart.summary;
  const groups = (g: Record<string, { share: number }>) =>
    Object.entries(g)
      .map(([k, v]) => `${k} ${percent(v.share)}`)
      .join(', ');
  const lines = [
    `  Elements    ${groups(s.elements.groups)}  (dominant: ${s.elements.dominant.join(', ')})`,
    `  Modalities  ${groups(s.modalities.groups)}  (dominant: ${s.modalities.dominant.join(', ')})`,
  ];
  if (s.hemispheres.known) {
    const h = s.hemispheres;
    lines.push(
      `  Hemispheres north ${h.north.length}, south ${h.south.length}, east ${h.east.length}, west ${h.west.length} (of 10 planets)`,
    );
  }
  const top = s.dominants.slice(0, 3).map((d) => `${label(d.planet)} ${d.score.toFixed(1)}`);
  lines.push(`  Dominants   ${top.join(', ')}`);
  for (const p of s.patterns) {
    lines.push(`  Pattern     ${p.kind.replaceAll('_', ' ')}: ${p.members.map(label).join(', ')}`);
  }
  return lines;
}

/**
 * The chart as the CLI prints it: header, positions in sign°′″ with house and R, cusps, aspects.
 *
 * @example
 * formatChart(chart, context); // "Chart    1990-05-15 14:30 Europe/Paris …"
 */
export function formatChart(chart: Chart, ctx: ChartContext): string {
  return [
    ...header(chart, ctx),
    '',
    'Bodies',
    ...bodies(chart),
    '',
    'Houses',
    ...houses(chart),
    '',
    `Aspects (${chart.aspects.length})`,
    ...aspects(chart),
    '',
    'Summary',
    ...summary(chart),
    '',
  ]
    .map((line) => line.trimEnd())
    .join('\n');
}
