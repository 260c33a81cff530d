import { SIGNS } from '@/lib/astro/types';
import { elementOf } from '@/lib/astro/summary';
import { annularSector, polar, screenAngle } from './geometry';
import { SIGN_GLYPHS } from './glyphs';
import { el, type SvgElement } from './svg-tree';
import type { WheelRadii } from './wheel-radii';

const TICK_LENGTHS = { 1: 3, 5: 5.5, 10: 8 } as const;

function tickPath(radii: WheelRadii, leftLon: number, step: 1 | 5 | 10): string {
  const parts: string[] = [];
  for (let lon = 0; lon < 360; lon += 1) {
    if (lon % 30 === 0) continue;
    const kind = lon % 10 === 0 ? 10 : lon % 5 === 0 ? 5 : 1;
    if (kind !== step) continue;
    const angle = screenAngle(lon, leftLon);
    const a = polar(radii.zodiacInner, angle);
    const b = polar(radii.zodiacInner + TICK_LENGTHS[step], angle);
    parts.push(`M${a.x} ${a.y}L${b.x} ${b.y}`);
  }
  return parts.join('');
}

/**
 * The zodiac band: twelve sign sectors tinted by element, sign glyphs, sign boundaries and a
 * degree ruler (1°, 5°, 10°) on its inner edge, with `leftLon` on the left.
 *
 * @example
 * zodiacLayer(NATAL_RADII, chart.angles?.asc.lon ?? 0);
 */
export function zodiacLayer(radii: WheelRadii, leftLon: number): SvgElement {
  const { zodiacInner: inner, zodiacOuter: outer } = radii;
  const glyphRadius = (inner + TICK_LENGTHS[10] + outer) / 2;
  const glyphSize = Math.min(18, (outer - inner - TICK_LENGTHS[10]) * 0.72);
  const sectors: SvgElement[] = [];
  const glyphs: SvgElement[] = [];
  const edges: string[] = [];
  SIGNS.forEach((sign, i) => {
    const element = elementOf(sign);
    const from = screenAngle(i * 30, leftLon);
    sectors.push(
      el('path', {
        d: annularSector(inner, outer, from, from + 30),
        className: `cw-band cw-el-${element}`,
      }),
    );
    const at = polar(glyphRadius, from + 15);
    glyphs.push(
      el(
        'text',
        {
          x: at.x,
          y: at.y,
          fontSize: glyphSize,
          textAnchor: 'middle',
          dominantBaseline: 'central',
          className: `cw-sign cw-el-${element}`,
        },
        SIGN_GLYPHS[sign],
      ),
    );
    const a = polar(inner, from);
    const b = polar(outer, from);
    edges.push(`M${a.x} ${a.y}L${b.x} ${b.y}`);
  });
  return el(
    'g',
    { className: 'cw-zodiac' },
    el('circle', { cx: 0, cy: 0, r: outer, className: 'cw-bg' }),
    ...sectors,
    el('path', { d: tickPath(radii, leftLon, 1), className: 'cw-tick' }),
    el('path', { d: tickPath(radii, leftLon, 5), className: 'cw-tick cw-tick-5' }),
    el('path', { d: tickPath(radii, leftLon, 10), className: 'cw-tick cw-tick-10' }),
    el('path', { d: edges.join(''), className: 'cw-sign-edge' }),
    el('circle', { cx: 0, cy: 0, r: outer, className: 'cw-ring' }),
    el('circle', { cx: 0, cy: 0, r: inner, className: 'cw-ring' }),
    ...glyphs,
  );
}
