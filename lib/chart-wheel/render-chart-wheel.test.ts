import { describe, expect, it } from 'vitest';
import { computeChart } from '@/lib/astro/chart/compute-chart';
import type { Body } from '@/lib/astro/types';
import { ASPECT_STYLES } from './aspect-style';
import { ENGLISH_LABELS } from './english-labels';
import { renderChartWheel } from './render-chart-wheel';
import { toSvgString } from './svg-string';
import { textsOf } from './svg-tree';
import { DEFAULT_WHEEL_BODIES } from './wheel-bodies';
import { NATAL_RADII, NATAL_RADII_NO_HOUSES } from './wheel-radii';
import {
  findAll,
  hasClass,
  labelBoxes,
  overlaps,
  parisChart,
  radialRange,
  segmentHitsBox,
  withLongitudes,
} from './wheel-test-helpers';

const paris = parisChart();

/** Moves `bodies` into a cluster of `width` degrees starting at `start`. */
function stellium(start: number, width: number, bodies: readonly Body[]) {
  const moves: Partial<Record<Body, number>> = {};
  bodies.forEach((b, i) => (moves[b] = start + (width * i) / (bodies.length - 1)));
  return moves;
}

describe('renderChartWheel orientation', () => {
  it('draws the Ascendant axis to the left of the centre, on the horizontal', () => {
    const tree = renderChartWheel(paris);
    const axes = findAll(tree, (e) => e.tag === 'line' && hasClass(e, 'cw-axis'));
    expect(axes).toHaveLength(4);
    const asc = axes[0];
    expect(asc?.attrs.x2).toBeLessThan(-NATAL_RADII.zodiacOuter + 1e-6);
    expect(Math.abs(asc?.attrs.y2 ?? 1)).toBeLessThan(0.01);
  });

  it('marks each body at its true longitude, measured from the Ascendant', () => {
    const tree = renderChartWheel(paris);
    const asc = paris.houses?.asc ?? 0;
    for (const body of DEFAULT_WHEEL_BODIES) {
      const group = findAll(tree, (e) => e.attrs['data-id'] === body)[0];
      const marker = group && findAll(group, (e) => hasClass(e, 'cw-marker'))[0];
      const x = marker?.attrs.x1 ?? 0;
      const y = marker?.attrs.y1 ?? 0;
      const angle = (Math.atan2(-y, x) * 180) / Math.PI;
      const expected = 180 + paris.bodies[body].lon - asc;
      const diff = ((((angle - expected) % 360) + 540) % 360) - 180;
      expect(Math.abs(diff), body).toBeLessThan(0.02);
    }
  });

  it('puts 0° Aries on the left when the birth time is unknown, with a note and no houses', () => {
    const chart = parisChart({ timeUnknown: true });
    const tree = renderChartWheel(chart);
    expect(findAll(tree, (e) => hasClass(e, 'cw-axis'))).toHaveLength(0);
    expect(findAll(tree, (e) => hasClass(e, 'cw-houses'))).toHaveLength(0);
    const edges = findAll(tree, (e) => hasClass(e, 'cw-sign-edge'))[0];
    expect(edges?.attrs.d).toMatch(new RegExp(`^M-${NATAL_RADII_NO_HOUSES.zodiacInner} 0L`));
    expect(textsOf(tree)).toContain('0° Aries on the left');
  });
});

describe('renderChartWheel labels', () => {
  const cases: [string, Partial<Record<Body, number>>][] = [
    ['6 bodies within 8° at the left', stellium(158, 8, DEFAULT_WHEEL_BODIES.slice(0, 6))],
    ['6 bodies within 8° at the top', stellium(68, 8, DEFAULT_WHEEL_BODIES.slice(0, 6))],
    ['6 bodies within 8° on a diagonal', stellium(110, 8, DEFAULT_WHEEL_BODIES.slice(0, 6))],
    ['6 bodies within 8° across 0° Aries', stellium(356, 8, DEFAULT_WHEEL_BODIES.slice(0, 6))],
    ['8 bodies within 10° on the Ascendant', stellium(155, 10, DEFAULT_WHEEL_BODIES.slice(2, 10))],
    ['all 13 bodies within 12°', stellium(40, 12, DEFAULT_WHEEL_BODIES)],
    ['all bodies exactly conjunct', stellium(200, 0, DEFAULT_WHEEL_BODIES.slice(0, 7))],
  ];

  it.each(cases)('keeps the labels of %s apart and inside the body ring', (_, moves) => {
    for (const timeUnknown of [false, true]) {
      const chart = withLongitudes(parisChart({ timeUnknown }), moves);
      const radii = timeUnknown ? NATAL_RADII_NO_HOUSES : NATAL_RADII;
      const boxes = labelBoxes(renderChartWheel(chart), 'cw-bodies');
      expect(overlaps(boxes).map(([a, b]) => `${a.id}:${a.text} × ${b.id}:${b.text}`)).toEqual([]);
      for (const box of boxes) {
        const [near, far] = radialRange(box);
        expect(near, `${box.id} ${box.text}`).toBeGreaterThan(radii.houseOuter);
        expect(far, `${box.id} ${box.text}`).toBeLessThan(radii.zodiacInner);
      }
    }
  });

  it.each(cases)('keeps the labels of %s off the axis lines', (_, moves) => {
    const tree = renderChartWheel(withLongitudes(paris, moves));
    const boxes = labelBoxes(tree, 'cw-bodies');
    const axes = findAll(tree, (e) => e.tag === 'line' && hasClass(e, 'cw-axis'));
    expect(axes).toHaveLength(4);
    for (const axis of axes) {
      const { x1 = 0, y1 = 0, x2 = 0, y2 = 0 } = axis.attrs;
      const struck = boxes.filter((box) => segmentHitsBox([x1, y1, x2, y2], box));
      expect(struck.map((b) => `${b.id}:${b.text}`)).toEqual([]);
    }
  });

  it('draws a leader line for every body moved off its place, and none otherwise', () => {
    const chart = withLongitudes(paris, stellium(20, 4, ['sun', 'moon', 'mercury', 'venus']));
    const tree = renderChartWheel(chart);
    for (const body of ['sun', 'moon', 'mercury', 'venus']) {
      const group = findAll(tree, (e) => e.attrs['data-id'] === body)[0];
      expect(group && findAll(group, (e) => hasClass(e, 'cw-leader')), body).toHaveLength(1);
    }
    // Mars (18° Pisces) has the sky to itself in this chart.
    const mars = findAll(tree, (e) => e.attrs['data-id'] === 'mars')[0];
    expect(mars && findAll(mars, (e) => hasClass(e, 'cw-leader'))).toHaveLength(0);
  });

  it('labels each body with glyph, degrees, sign, minutes, and ℞ only when retrograde', () => {
    const tree = renderChartWheel(paris);
    const texts = (id: string) => {
      const group = findAll(tree, (e) => e.attrs['data-id'] === id)[0];
      return group ? textsOf(group) : [];
    };
    expect(texts('sun')).toEqual(['\u2609\uFE0E', '24°', '\u2649\uFE0E', '24′']);
    expect(texts('mercury')).toEqual(['\u263F\uFE0E', '8°', '\u2649\uFE0E', '00′', '\u211E\uFE0E']);
    expect(texts('asc')).toEqual(['AC', '10°', '\u264D\uFE0E', '14′']);
    expect(texts('dsc')).toEqual(['DC']);
  });
});

describe('renderChartWheel aspects', () => {
  it('draws each aspect in its kind’s colour, minors dashed, conjunctions not at all', () => {
    const kinds = Object.keys(ASPECT_STYLES) as (keyof typeof ASPECT_STYLES)[];
    const tree = renderChartWheel(paris, { aspectKinds: kinds });
    const lines = findAll(tree, (e) => e.tag === 'line' && hasClass(e, 'cw-asp'));
    const drawnKinds = new Set<string>();
    for (const line of lines) {
      const kind = kinds.find((k) => hasClass(line, `cw-asp-${k}`));
      expect(kind).toBeDefined();
      if (!kind) continue;
      drawnKinds.add(kind);
      const style = ASPECT_STYLES[kind];
      expect(hasClass(line, `cw-tone-${style.tone}`), kind).toBe(true);
      expect(hasClass(line, 'cw-dashed'), kind).toBe(style.dashed);
    }
    expect(drawnKinds.has('conjunction')).toBe(false);
    expect(drawnKinds).toEqual(
      new Set([
        'trine',
        'sextile',
        'square',
        'opposition',
        'quincunx',
        'semi_sextile',
        'semi_square',
        'sesquiquadrate',
        'quintile',
        'bi_quintile',
      ]),
    );
  });

  it('draws only aspects between drawn points, of the chosen kinds', () => {
    const tree = renderChartWheel(paris, {
      bodies: ['sun', 'moon', 'saturn'],
      aspectKinds: ['trine'],
    });
    const lines = findAll(tree, (e) => e.tag === 'line' && hasClass(e, 'cw-asp'));
    const expected = paris.aspects.filter(
      (x) =>
        x.kind === 'trine' &&
        [x.a, x.b].every((p) => ['sun', 'moon', 'saturn', 'asc', 'mc'].includes(p)),
    );
    expect(lines).toHaveLength(expected.length);
    expect(expected.length).toBeGreaterThan(0);
  });
});

describe('renderChartWheel output', () => {
  const latitudes = [-89.9, -78.2, -66.6, 0, 45, 66.6, 70, 78.2, 89.9];

  it.each(latitudes)('has no NaN or Infinity at latitude %f, timed or not', (latitude) => {
    for (const timeUnknown of [false, true]) {
      const chart = computeChart({
        utc: new Date('2001-12-21T09:00:00Z'),
        latitude,
        longitude: 15.65,
        timeUnknown,
      });
      const svg = toSvgString(renderChartWheel(chart));
      expect(svg).not.toMatch(/NaN|Infinity|undefined/);
    }
  });

  it('escapes every label, title and template text', () => {
    const hostile = '<script>alert("x")</script> & \'q\'';
    const labels = {
      ...ENGLISH_LABELS,
      title: hostile,
      bodies: { ...ENGLISH_LABELS.bodies, sun: hostile },
      axisMarks: { ...ENGLISH_LABELS.axisMarks, asc: hostile },
      templates: { ...ENGLISH_LABELS.templates, timeUnknownNote: hostile },
    };
    for (const chart of [paris, parisChart({ timeUnknown: true })]) {
      const tree = renderChartWheel(chart, { labels, id: `x"><script>` });
      const svg = toSvgString(tree);
      expect(svg).not.toContain('<script');
      expect(svg).not.toContain('"x"');
      expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;');
      // Every text of the tree comes out escaped: no raw markup characters between tags.
      for (const text of svg.split(/<[^<>]*>/)) expect(text).not.toMatch(/[<>"']/);
    }
  });

  it('paints only through classes: no colour is written into the geometry', () => {
    const tree = renderChartWheel(paris);
    const painted = findAll(tree, (e) => e.tag !== 'style');
    for (const e of painted) {
      for (const value of Object.values(e.attrs)) {
        expect(String(value)).not.toMatch(/#[0-9a-f]{3,8}\b|rgb\(|hsl\(/i);
      }
    }
  });

  it('names itself for assistive technology with a title and a description', () => {
    const tree = renderChartWheel(paris, { id: 'w1', theme: 'dark' });
    expect(tree.attrs.role).toBe('img');
    expect(tree.attrs['aria-labelledby']).toBe('w1-title w1-desc');
    expect(tree.attrs['data-theme']).toBe('dark');
    const desc = findAll(tree, (e) => e.tag === 'desc')[0];
    expect(desc?.attrs.id).toBe('w1-desc');
    expect(desc?.children.join('')).toContain('Sun in Taurus at 24°24′, house 9.');
  });
});
