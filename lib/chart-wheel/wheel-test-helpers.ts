import { computeChart } from '@/lib/astro/chart/compute-chart';
import { placeInSign } from '@/lib/astro/chart/placements';
import type { Chart } from '@/lib/astro/chart/types';
import type { Body } from '@/lib/astro/types';
import type { SvgChild, SvgElement } from './svg-tree';
import { measureText } from './text-metrics';

/** Paris, 1990-05-15 14:30 local: the chart of the brief. */
export function parisChart(options: { timeUnknown?: boolean } = {}): Chart {
  return computeChart({
    utc: new Date('1990-05-15T12:30:00Z'),
    latitude: 48.85341,
    longitude: 2.3488,
    ...options,
  });
}

/** The chart with some bodies moved (and no aspects, which would no longer be true). */
export function withLongitudes(chart: Chart, moves: Partial<Record<Body, number>>): Chart {
  const bodies = { ...chart.bodies };
  for (const [body, lon] of Object.entries(moves) as [Body, number][]) {
    bodies[body] = { ...bodies[body], ...placeInSign(lon) };
  }
  return { ...chart, bodies, aspects: [] };
}

export function findAll(node: SvgChild, match: (e: SvgElement) => boolean): SvgElement[] {
  if (typeof node === 'string') return [];
  const own = match(node) ? [node] : [];
  return [...own, ...node.children.flatMap((c) => findAll(c, match))];
}

export function hasClass(e: SvgElement, name: string): boolean {
  return (e.attrs.className ?? '').split(' ').includes(name);
}

export interface LabelBox {
  id: string;
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** The boxes of the texts of every label column of a ring layer, as drawn. */
export function labelBoxes(tree: SvgElement, layerClass: string): LabelBox[] {
  const layer = findAll(tree, (e) => hasClass(e, layerClass))[0];
  if (!layer) throw new Error(`no ${layerClass} layer`);
  return findAll(layer, (e) => e.tag === 'g' && e.attrs['data-id'] !== undefined).flatMap((g) =>
    findAll(g, (e) => e.tag === 'text').map((t) => {
      const text = t.children.join('');
      const box = measureText(text, t.attrs.fontSize ?? 0);
      const x = t.attrs.x ?? 0;
      const y = t.attrs.y ?? 0;
      return {
        id: g.attrs['data-id'] ?? '',
        text,
        x0: x - box.w / 2,
        x1: x + box.w / 2,
        y0: y - box.h / 2,
        y1: y + box.h / 2,
      };
    }),
  );
}

/** Pairs of boxes of different columns that overlap. */
export function overlaps(boxes: readonly LabelBox[]): [LabelBox, LabelBox][] {
  const found: [LabelBox, LabelBox][] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      if (a.id === b.id) continue;
      if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) found.push([a, b]);
    }
  });
  return found;
}

/** Nearest and farthest distance from the centre of any point of a box. */
export function radialRange(box: LabelBox): [number, number] {
  const corners = [
    [box.x0, box.y0],
    [box.x1, box.y0],
    [box.x0, box.y1],
    [box.x1, box.y1],
  ].map(([x, y]) => Math.hypot(x ?? 0, y ?? 0));
  const nearestX = box.x0 > 0 ? box.x0 : box.x1 < 0 ? box.x1 : 0;
  const nearestY = box.y0 > 0 ? box.y0 : box.y1 < 0 ? box.y1 : 0;
  return [Math.hypot(nearestX, nearestY), Math.max(...corners)];
}

/** Whether the segment from (x1, y1) to (x2, y2) passes through a box (Liang–Barsky clipping). */
export function segmentHitsBox(
  [x1, y1, x2, y2]: [number, number, number, number],
  box: LabelBox,
): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const edges: [number, number][] = [
    [-dx, x1 - box.x0],
    [dx, box.x1 - x1],
    [-dy, y1 - box.y0],
    [dy, box.y1 - y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}
