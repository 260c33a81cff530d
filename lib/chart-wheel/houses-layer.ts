import { normalizeDeg, separationDeg } from '@/lib/astro/angles';
import type { ChartHouses } from '@/lib/astro/chart/types';
import { polar, screenAngle } from './geometry';
import { el, type SvgElement } from './svg-tree';
import type { WheelRadii } from './wheel-radii';

/** A cusp this close to an axis is that axis (quadrant systems), drawn once, as the axis. */
const ON_AXIS_DEGREES = 0.01;

/**
 * House cusps from the aspect circle to the zodiac, and the house numbers in the small ring
 * around the aspect circle, each in the middle of its house.
 *
 * @example
 * housesLayer(NATAL_RADII, chart.houses, chart.houses.asc);
 */
export function housesLayer(radii: WheelRadii, houses: ChartHouses, leftLon: number): SvgElement {
  const axes = [houses.asc, houses.mc, houses.asc + 180, houses.mc + 180];
  const cusps: string[] = [];
  const numbers: SvgElement[] = [];
  const numberRadius = (radii.houseOuter + radii.aspect) / 2;
  const numberSize = Math.min(9.5, (radii.houseOuter - radii.aspect) * 0.7);
  houses.cusps.forEach((cusp, i) => {
    const next = houses.cusps[(i + 1) % 12] ?? cusp;
    if (!axes.some((a) => separationDeg(a, cusp) < ON_AXIS_DEGREES)) {
      const a = polar(radii.aspect, screenAngle(cusp, leftLon));
      const b = polar(radii.zodiacInner, screenAngle(cusp, leftLon));
      cusps.push(`M${a.x} ${a.y}L${b.x} ${b.y}`);
    }
    const middle = cusp + normalizeDeg(next - cusp) / 2;
    const at = polar(numberRadius, screenAngle(middle, leftLon));
    numbers.push(
      el(
        'text',
        {
          x: at.x,
          y: at.y,
          fontSize: numberSize,
          textAnchor: 'middle',
          dominantBaseline: 'central',
          className: 'cw-house-num',
        },
        String(i + 1),
      ),
    );
  });
  return el(
    'g',
    { className: 'cw-houses' },
    el('path', { d: cusps.join(''), className: 'cw-cusp' }),
    el('circle', { cx: 0, cy: 0, r: radii.houseOuter, className: 'cw-ring-thin' }),
    ...numbers,
  );
}
