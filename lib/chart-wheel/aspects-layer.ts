import { MAJOR_ASPECTS, type Aspect, type AspectKind, type PointId } from '@/lib/astro/aspects';
import { ASPECT_STYLES, aspectLineClass } from './aspect-style';
import { polar, round2, screenAngle } from './geometry';
import { el, type SvgElement } from './svg-tree';

/** Aspects drawn by default: the five majors (conjunctions are not drawn) and the quincunx. */
export const DEFAULT_WHEEL_ASPECTS: readonly AspectKind[] = [...MAJOR_ASPECTS, 'quincunx'];

/** An aspect to draw, with the longitudes of its two ends. */
export interface AspectLine {
  kind: AspectKind;
  /** 1 when exact, 0 at the edge of the orb. */
  exactness: number;
  from: number;
  to: number;
}

/**
 * The aspects worth a line: of the chosen kinds, drawable (not conjunctions) and between two
 * points whose longitudes are known (points not drawn on the wheel are left out).
 *
 * @example
 * aspectLines(chart.aspects, { sun: 54.4, moon: 297.4 }, DEFAULT_WHEEL_ASPECTS);
 */
export function aspectLines(
  aspects: readonly Aspect[],
  longitudes: Partial<Record<PointId, number>>,
  kinds: readonly AspectKind[],
): AspectLine[] {
  const lines: AspectLine[] = [];
  for (const aspect of aspects) {
    const from = longitudes[aspect.a];
    const to = longitudes[aspect.b];
    if (from === undefined || to === undefined) continue;
    if (!kinds.includes(aspect.kind) || ASPECT_STYLES[aspect.kind].tone === null) continue;
    lines.push({ kind: aspect.kind, exactness: aspect.exactness, from, to });
  }
  return lines;
}

/**
 * Aspect lines across the aspect circle, coloured by kind (see `ASPECT_STYLES`); tighter aspects
 * are drawn bolder and more opaque. Wide ones go first so the tight ones are painted on top.
 *
 * @example
 * aspectsLayer(aspectLines(chart.aspects, longitudes, DEFAULT_WHEEL_ASPECTS), 66, ascLon);
 */
export function aspectsLayer(
  lines: readonly AspectLine[],
  radius: number,
  leftLon: number,
): SvgElement {
  const ordered = [...lines].sort((a, b) => a.exactness - b.exactness);
  return el(
    'g',
    { className: 'cw-aspects' },
    ...ordered.map((line) => {
      const p = polar(radius, screenAngle(line.from, leftLon));
      const q = polar(radius, screenAngle(line.to, leftLon));
      const major = !ASPECT_STYLES[line.kind].dashed;
      return el('line', {
        x1: p.x,
        y1: p.y,
        x2: q.x,
        y2: q.y,
        className: aspectLineClass(line.kind),
        strokeWidth: round2((major ? 0.6 : 0.5) + line.exactness * (major ? 0.8 : 0.3)),
        strokeOpacity: round2(0.4 + 0.6 * line.exactness),
      });
    }),
  );
}
