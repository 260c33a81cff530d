import type { ChartHouses } from '@/lib/astro/chart/types';
import { DEG } from '@/lib/astro/angles';
import { polar, round2, screenAngle } from './geometry';
import { el, type SvgElement } from './svg-tree';
import type { WheelRadii } from './wheel-radii';

const ARROW_LENGTH = 9;
const ARROW_HALF_WIDTH = 3.6;

function arrowHead(base: number, angle: number): SvgElement {
  const tip = polar(base + ARROW_LENGTH, angle);
  const mid = polar(base, angle);
  const dx = Math.cos((angle + 90) * DEG) * ARROW_HALF_WIDTH;
  const dy = -Math.sin((angle + 90) * DEG) * ARROW_HALF_WIDTH;
  const left = `${round2(mid.x + dx)},${round2(mid.y + dy)}`;
  const right = `${round2(mid.x - dx)},${round2(mid.y - dy)}`;
  return el('polygon', {
    points: `${tip.x},${tip.y} ${left} ${right}`,
    className: 'cw-arrow',
  });
}

/**
 * The horizon (AC–DC) and meridian (MC–IC) drawn bold from the aspect circle out through the
 * zodiac, with arrowheads past the rim at the Ascendant and the Midheaven (not on a bi-wheel,
 * whose outer ring is taken).
 *
 * @example
 * axesLayer(NATAL_RADII, chart.houses, chart.houses.asc);
 */
export function axesLayer(radii: WheelRadii, houses: ChartHouses, leftLon: number): SvgElement {
  // A bi-wheel's outer ring holds the second chart's bodies: the axes stop at the zodiac there.
  const arrows = radii.outerRing === null;
  const rim = radii.zodiacOuter;
  const ends = [
    { lon: houses.asc, arrow: arrows },
    { lon: houses.mc, arrow: arrows },
    { lon: houses.asc + 180, arrow: false },
    { lon: houses.mc + 180, arrow: false },
  ];
  const parts: SvgElement[] = [];
  for (const end of ends) {
    const angle = screenAngle(end.lon, leftLon);
    const a = polar(radii.aspect, angle);
    const b = polar(end.arrow ? rim + 1 : rim, angle);
    parts.push(el('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, className: 'cw-axis' }));
    if (end.arrow) parts.push(arrowHead(rim, angle));
  }
  return el('g', { className: 'cw-axes' }, ...parts);
}
