import { separationDeg } from '@/lib/astro/angles';
import { extentAlong, type ColumnRing } from './column';
import { polar } from './geometry';
import type { PlacedColumn } from './ring-layout';
import { el, type SvgElement } from './svg-tree';

const MARKER_LENGTH = 4;
/** Below this displacement a leader line would be a dot. */
const LEADER_MIN_DEGREES = 0.6;

function line(className: string, r1: number, a1: number, r2: number, a2: number): SvgElement {
  const p = polar(r1, a1);
  const q = polar(r2, a2);
  return el('line', { x1: p.x, y1: p.y, x2: q.x, y2: q.y, className });
}

/**
 * A ring of labelled points: a tick at each true position on the ring's edge, a leader line to
 * the label column when the spreading moved it, and the column's texts. Axis marks (`markers:
 * false` ids) get no tick, their axis line already marks them.
 *
 * @example
 * bodyLayer(layoutRing(points, ring).columns, ring, { className: 'cw-bodies', unmarked: new Set(['asc']) });
 */
export function bodyLayer(
  columns: readonly PlacedColumn[],
  ring: ColumnRing,
  options: { className: string; unmarked: ReadonlySet<string> },
): SvgElement {
  const tip = ring.anchor + ring.direction * MARKER_LENGTH;
  // Columns without items are obstacles (axis lines), not labels.
  const groups = columns
    .filter((c) => c.items.length > 0)
    .map((column) => {
      const marks: SvgElement[] = [];
      if (!options.unmarked.has(column.id)) {
        marks.push(line('cw-marker', ring.anchor, column.trueAngle, tip, column.trueAngle));
        const head = column.items[0];
        if (head && separationDeg(column.angle, column.trueAngle) >= LEADER_MIN_DEGREES) {
          // Ends at the edge of the glyph, so the line points at it rather than running along the rim.
          const end = head.r - ring.direction * (extentAlong(head, column.angle) / 2 + 1);
          marks.push(line('cw-leader', tip, column.trueAngle, end, column.angle));
        }
      }
      const texts = column.items.map((item) =>
        el(
          'text',
          {
            x: item.x,
            y: item.y,
            fontSize: item.size,
            textAnchor: 'middle',
            dominantBaseline: 'central',
            className: item.className,
          },
          item.text,
        ),
      );
      return el('g', { 'data-id': column.id }, ...marks, ...texts);
    });
  return el('g', { className: options.className }, ...groups);
}
