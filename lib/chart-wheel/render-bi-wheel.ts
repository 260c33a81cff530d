import {
  MAJOR_ASPECTS,
  findInterAspects,
  type Aspect,
  type AspectOptions,
} from '@/lib/astro/aspects';
import type { Body } from '@/lib/astro/types';
import { ASPECT_STYLES } from './aspect-style';
import { aspectsLayer, type AspectLine } from './aspects-layer';
import { axesLayer } from './axes-layer';
import { bodyLayer } from './body-layer';
import { chartRingPoints, innerRing, layoutFitting, RING_GAP } from './chart-ring';
import type { ColumnRing } from './column';
import { biWheelDescription } from './describe-bi-wheel';
import { ENGLISH_LABELS } from './english-labels';
import { screenAngle } from './geometry';
import { housesLayer } from './houses-layer';
import { AXES, type WheelLabels } from './labels';
import { bodyPoint, fitSizes } from './ring-points';
import { COMPACT_COLUMNS } from './column-styles';
import { el, type SvgElement } from './svg-tree';
import type { WheelTheme } from './theme';
import {
  DEFAULT_WHEEL_BODIES,
  drawnLongitudes,
  drawnPoints,
  hasHouses,
  type WheelChart,
} from './wheel-bodies';
import { cornerNote, wheelFrame } from './wheel-frame';
import { BI_WHEEL_RADII, BI_WHEEL_RADII_NO_HOUSES, LABEL_SIZES } from './wheel-radii';
import { zodiacLayer } from './zodiac-layer';

/** A body of the outer ring: another chart's `bodies`, or transiting positions. */
export interface OuterBody {
  lon: number;
  /** Degrees per day; used for applying/separating when the inter-aspects are computed here. */
  speed?: number;
  retrograde?: boolean;
}

export interface BiWheelOptions {
  labels?: WheelLabels;
  theme?: WheelTheme;
  /** Bodies drawn in both rings (those the outer set has); default `DEFAULT_WHEEL_BODIES`. */
  bodies?: readonly Body[];
  /** Who or what the outer ring is ("Transits", "Alex"), for the text alternative. */
  outerName?: string;
  /**
   * Inter-aspects to draw, `a` in the inner chart and `b` in the outer set (as `synastry()`
   * returns them). Computed with `aspectOptions` when omitted.
   */
  aspects?: readonly Aspect[];
  /** Kinds and orbs of the computed inter-aspects; default the five majors at natal orbs. */
  aspectOptions?: AspectOptions;
  id?: string;
  size?: number;
}

/** The outer ring's columns run outwards from the zodiac, with less lead: no house lines there. */
const OUTER_LEAD = 8;

function outerRingOf(anchor: number, rim: number): { ring: ColumnRing; depth: number } {
  return { ring: { anchor, direction: 1, lead: OUTER_LEAD, gap: RING_GAP }, depth: rim - anchor };
}

/**
 * A bi-wheel for synastry or transits: the inner chart as on the natal wheel (houses, axes,
 * bodies inside the zodiac), a second set of bodies in a ring outside the zodiac, and the
 * inter-aspects between the two sets across the centre. Both rings use short labels (glyph,
 * degrees, ℞); minutes belong in the tables.
 *
 * @example
 * const s = synastry(alice, bob);
 * renderBiWheel(alice, bob.bodies, { aspects: s.aspects, outerName: 'Bob' });
 * renderBiWheel(natal, computeChart({ utc: new Date(), latitude, longitude }).bodies, { outerName: 'Transits' });
 */
export function renderBiWheel(
  inner: WheelChart,
  outerBodies: Partial<Record<Body, OuterBody>>,
  options: BiWheelOptions = {},
): SvgElement {
  const labels = options.labels ?? ENGLISH_LABELS;
  const bodies = options.bodies ?? DEFAULT_WHEEL_BODIES;
  const known = hasHouses(inner);
  const radii = known ? BI_WHEEL_RADII : BI_WHEEL_RADII_NO_HOUSES;
  const leftLon = known ? inner.houses.asc : 0;
  const outerName = options.outerName ?? '';

  const inside = innerRing(radii.zodiacInner, radii.houseOuter);
  const insideSizes = fitSizes(LABEL_SIZES, inside.ring, inside.depth, COMPACT_COLUMNS);
  const insideColumns = layoutFitting(
    (sizes) => chartRingPoints(inner, bodies, labels, leftLon, sizes, inside.ring, COMPACT_COLUMNS),
    insideSizes,
    inside.ring,
  );

  const outside = outerRingOf(radii.zodiacOuter, radii.outerRing ?? radii.frame);
  const outsideSizes = fitSizes(LABEL_SIZES, outside.ring, outside.depth, COMPACT_COLUMNS);
  const outerList = bodies.flatMap((body) => {
    const b = outerBodies[body];
    return b ? [{ body, lon: b.lon, retrograde: b.retrograde ?? (b.speed ?? 0) < 0 }] : [];
  });
  const outsideColumns = layoutFitting(
    (sizes) =>
      outerList.map((b) => bodyPoint(b, screenAngle(b.lon, leftLon), sizes, COMPACT_COLUMNS)),
    outsideSizes,
    outside.ring,
  );

  const aspects =
    options.aspects ??
    findInterAspects(
      drawnPoints(inner, bodies),
      outerList.map((b) => ({ id: b.body, lon: b.lon, speed: outerBodies[b.body]?.speed ?? 0 })),
      { kinds: MAJOR_ASPECTS, ...options.aspectOptions },
    );
  const kinds = options.aspectOptions?.kinds ?? MAJOR_ASPECTS;
  const innerLongitudes = drawnLongitudes(inner, bodies);
  const drawn = aspects.filter(
    (x) =>
      kinds.includes(x.kind) &&
      innerLongitudes[x.a] !== undefined &&
      outerList.some((b) => b.body === x.b),
  );
  const lines: AspectLine[] = drawn.flatMap((x) => {
    const from = innerLongitudes[x.a];
    const to = outerBodies[x.b as Body]?.lon;
    if (from === undefined || to === undefined || ASPECT_STYLES[x.kind].tone === null) return [];
    return [{ kind: x.kind, exactness: x.exactness, from, to }];
  });

  const layers: SvgElement[] = [
    el('circle', { cx: 0, cy: 0, r: radii.outerRing ?? radii.frame, className: 'cw-bg' }),
    el('circle', { cx: 0, cy: 0, r: radii.outerRing ?? radii.frame, className: 'cw-ring-thin' }),
    zodiacLayer(radii, leftLon),
  ];
  if (known) layers.push(housesLayer(radii, inner.houses, leftLon));
  layers.push(
    el('circle', { cx: 0, cy: 0, r: radii.aspect, className: 'cw-ring' }),
    aspectsLayer(lines, radii.aspect, leftLon),
  );
  if (known) layers.push(axesLayer(radii, inner.houses, leftLon));
  layers.push(
    bodyLayer(insideColumns, inside.ring, {
      className: 'cw-bodies',
      unmarked: new Set(AXES),
    }),
    bodyLayer(outsideColumns, outside.ring, {
      className: 'cw-outer',
      unmarked: new Set(),
    }),
  );
  if (!known) layers.push(cornerNote(radii, labels.templates.timeUnknownNote));

  const description = biWheelDescription(
    { inner, bodies, outer: outerList, outerName, aspects: drawn },
    labels,
  );

  return wheelFrame(
    radii,
    {
      id: options.id ?? 'bi-wheel',
      title: labels.title,
      description,
      theme: options.theme ?? 'auto',
      ...(options.size === undefined ? {} : { size: options.size }),
    },
    layers,
  );
}
