import type { AspectKind } from '@/lib/astro/aspects';
import type { Body } from '@/lib/astro/types';
import { DEFAULT_WHEEL_ASPECTS, aspectLines, aspectsLayer } from './aspects-layer';
import { axesLayer } from './axes-layer';
import { bodyLayer } from './body-layer';
import { chartRingPoints, innerRing, layoutFitting } from './chart-ring';
import { chartWheelDescription } from './describe-chart';
import { ENGLISH_LABELS } from './english-labels';
import { housesLayer } from './houses-layer';
import { AXES, type WheelLabels } from './labels';
import { fitSizes } from './ring-points';
import { FULL_COLUMNS } from './column-styles';
import { el, type SvgElement } from './svg-tree';
import type { WheelPalette, WheelTheme } from './theme';
import { DEFAULT_WHEEL_BODIES, drawnLongitudes, hasHouses, type WheelChart } from './wheel-bodies';
import { cornerNote, wheelFrame } from './wheel-frame';
import { LABEL_SIZES, NATAL_RADII, NATAL_RADII_NO_HOUSES } from './wheel-radii';
import { zodiacLayer } from './zodiac-layer';

export interface ChartWheelOptions {
  labels?: WheelLabels;
  /** Default `auto`: follows the reader's light or dark preference. */
  theme?: WheelTheme;
  /** Bodies to draw; default `DEFAULT_WHEEL_BODIES`. */
  bodies?: readonly Body[];
  /** Aspects to draw as lines; default the majors and the quincunx. */
  aspectKinds?: readonly AspectKind[];
  /** Prefix of element ids, unique on the page. Default `chart-wheel`. */
  id?: string;
  /** Width and height in px; by default the wheel fills its container. */
  size?: number;
  /** Paint with these colours, not CSS variables: for renderers without them (PDF). */
  fixedPalette?: WheelPalette;
}

/**
 * The natal chart wheel as an SVG element tree (render it with `toSvgString` or the React
 * `ChartWheel`): zodiac band with element colours and a degree ruler, house cusps and numbers,
 * the AC–DC and MC–IC axes, every body with glyph, degree, sign, minutes and ℞, spread apart when
 * crowded with leader lines to their true place, and aspect lines coloured by kind. The Ascendant
 * is on the left; without a birth time there are no houses or axes and 0° Aries is on the left,
 * which a corner note says.
 *
 * @example
 * const svg = toSvgString(renderChartWheel(chart, { theme: 'light', labels: ENGLISH_LABELS }));
 */
export function renderChartWheel(chart: WheelChart, options: ChartWheelOptions = {}): SvgElement {
  const labels = options.labels ?? ENGLISH_LABELS;
  const bodies = options.bodies ?? DEFAULT_WHEEL_BODIES;
  const kinds = options.aspectKinds ?? DEFAULT_WHEEL_ASPECTS;
  const known = hasHouses(chart);
  const radii = known ? NATAL_RADII : NATAL_RADII_NO_HOUSES;
  const leftLon = known ? chart.houses.asc : 0;
  const { ring, depth } = innerRing(radii.zodiacInner, radii.houseOuter);
  const sizes = fitSizes(LABEL_SIZES, ring, depth, FULL_COLUMNS);
  const columns = layoutFitting(
    (s) => chartRingPoints(chart, bodies, labels, leftLon, s, ring, FULL_COLUMNS),
    sizes,
    ring,
  );
  const lines = aspectLines(chart.aspects, drawnLongitudes(chart, bodies), kinds);
  const layers: SvgElement[] = [zodiacLayer(radii, leftLon)];
  if (known) layers.push(housesLayer(radii, chart.houses, leftLon));
  layers.push(
    el('circle', { cx: 0, cy: 0, r: radii.aspect, className: 'cw-ring' }),
    aspectsLayer(lines, radii.aspect, leftLon),
  );
  if (known) layers.push(axesLayer(radii, chart.houses, leftLon));
  layers.push(bodyLayer(columns, ring, { className: 'cw-bodies', unmarked: new Set(AXES) }));
  if (!known) layers.push(cornerNote(radii, labels.templates.timeUnknownNote));
  return wheelFrame(
    radii,
    {
      id: options.id ?? 'chart-wheel',
      title: labels.title,
      description: chartWheelDescription(chart, labels, { bodies, aspectKinds: kinds }),
      theme: options.theme ?? 'auto',
      ...(options.size === undefined ? {} : { size: options.size }),
      ...(options.fixedPalette ? { fixedPalette: options.fixedPalette } : {}),
    },
    layers,
  );
}
