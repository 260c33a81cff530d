import type { PointId } from '@/lib/astro/aspects';
import { houseOf } from '@/lib/astro/houses';
import { ELEMENTS, MODALITIES, type BalanceEntry, type ChartSummary } from '@/lib/astro/summary';
import type { Chart } from '@/lib/astro/chart/types';
import type { ChartTableLabels } from '@/components/chart/table-labels';
import { degreeMinute, formatDegreesMinutes, formatInSign } from '@/lib/chart-wheel/degree-minute';
import { BODY_GLYPHS, RETROGRADE_GLYPH, SIGN_GLYPHS } from '@/lib/chart-wheel/glyphs';
import { fillTemplate, type Axis } from '@/lib/chart-wheel/labels';
import { patternTitle } from '@/lib/chart-wheel/pattern-title';
import { isBody, pointName } from '@/lib/chart-wheel/point-name';
import { DEFAULT_WHEEL_BODIES, hasHouses } from '@/lib/chart-wheel/wheel-bodies';

/** A table as text: header cells, then body rows of the same length. */
export interface TextTable {
  caption: string;
  header: string[];
  rows: string[][];
}

/** The points the page's tables list: the wheel's bodies, then AC and MC when the time is known. */
function tablePoints(chart: Chart): PointId[] {
  return [...DEFAULT_WHEEL_BODIES, ...(hasHouses(chart) ? (['asc', 'mc'] as const) : [])];
}

/** A body's glyph, or the axis mark (AC, MC). */
function pointSymbol(id: PointId, labels: ChartTableLabels): string {
  return isBody(id, labels) ? BODY_GLYPHS[id] : labels.axisMarks[id as Axis];
}

function pointLabel(id: PointId, labels: ChartTableLabels): string {
  return `${pointSymbol(id, labels)} ${pointName(id, labels)}`;
}

function signLabel(lon: number, labels: ChartTableLabels): string {
  const sign = degreeMinute(lon).sign;
  return `${SIGN_GLYPHS[sign]} ${labels.signs[sign]}`;
}

/**
 * The positions table as the page shows it: sign, degree°minute′ within the sign, house and ℞
 * for each body, then the Ascendant and Midheaven; no house column without a birth time.
 *
 * @example
 * positionsTable(chart, labels).rows[0]; // ['☉︎ Sun', '♉︎ Taurus', '24°24′', '9', '']
 */
export function positionsTable(chart: Chart, labels: ChartTableLabels): TextTable {
  const l = labels.positions;
  const houses = chart.houses;
  const withHouse = (cells: string[], house: number) =>
    houses ? [...cells, String(house)] : cells;
  const rows = tablePoints(chart).map((id) => {
    if (isBody(id, labels)) {
      const b = chart.bodies[id];
      const cells = [pointLabel(id, labels), signLabel(b.lon, labels), formatInSign(b.lon)];
      return [...withHouse(cells, b.house ?? 0), b.retrograde ? RETROGRADE_GLYPH : ''];
    }
    const lon = houses ? houses[id as 'asc' | 'mc'] : 0;
    const cells = [pointLabel(id, labels), signLabel(lon, labels), formatInSign(lon)];
    return [...withHouse(cells, houses ? houseOf(lon, houses.cusps) : 0), ''];
  });
  const header = houses
    ? [l.body, l.sign, l.position, l.house, l.motion]
    : [l.body, l.sign, l.position, l.motion];
  return { caption: l.caption, header, rows };
}

/**
 * The twelve cusps, named by the house system in effect; null without a birth time.
 *
 * @example
 * housesTable(chart, labels)?.caption; // 'Houses (Placidus)'
 */
export function housesTable(chart: Chart, labels: ChartTableLabels): TextTable | null {
  if (!chart.houses) return null;
  const l = labels.houses;
  return {
    caption: fillTemplate(l.caption, { system: l.systems[chart.houses.effectiveSystem] }),
    header: [l.house, l.sign, l.cusp],
    rows: chart.houses.cusps.map((cusp, i) => [
      String(i + 1),
      signLabel(cusp, labels),
      formatInSign(cusp),
    ]),
  };
}

/**
 * Each aspect between the tables' points, tightest first, as the aspect grid reads it out:
 * "Sun trine Moon, orb 3°00′, separating".
 */
export function aspectSentences(chart: Chart, labels: ChartTableLabels): string[] {
  const points = new Set(tablePoints(chart));
  const l = labels.aspectGrid;
  return chart.aspects
    .filter((a) => points.has(a.a) && points.has(a.b))
    .map((a) =>
      fillTemplate(l.cell, {
        a: pointName(a.a, labels),
        aspect: labels.aspects[a.kind],
        b: pointName(a.b, labels),
        orb: formatDegreesMinutes(a.orb),
        motion: l.motions[a.motion],
      }),
    );
}

/** The element and the modality balance: group, its points' glyphs, score and share. */
export function balanceTables(
  summary: Pick<ChartSummary, 'elements' | 'modalities'>,
  labels: ChartTableLabels,
): [TextTable, TextTable] {
  const l = labels.balance;
  const header = [l.group, l.points, l.score, l.share];
  const row = (name: string, entry: BalanceEntry) => [
    name,
    entry.points.map((id) => pointSymbol(id, labels)).join(' '),
    String(entry.score),
    `${Math.round(entry.share * 100)}%`,
  ];
  return [
    {
      caption: l.elements,
      header,
      rows: ELEMENTS.map((k) => row(labels.elements[k], summary.elements.groups[k])),
    },
    {
      caption: l.modalities,
      header,
      rows: MODALITIES.map((k) => row(labels.modalities[k], summary.modalities.groups[k])),
    },
  ];
}

/** One line per aspect pattern: its title and members; the "none" note when there is none. */
export function patternLines(chart: Chart, labels: ChartTableLabels): string[] {
  const patterns = chart.summary.patterns;
  if (patterns.length === 0) return [labels.patternList.none];
  return patterns.map(
    (p) => `${patternTitle(p, labels)}: ${p.members.map((m) => pointName(m, labels)).join(', ')}`,
  );
}
