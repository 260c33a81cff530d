import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ENGLISH_LABELS } from '@/lib/chart-wheel/english-labels';
import { renderChartWheel } from '@/lib/chart-wheel/render-chart-wheel';
import { toSvgString } from '@/lib/chart-wheel/svg-string';
import { DARK_PALETTE, LIGHT_PALETTE, type WheelPalette } from '@/lib/chart-wheel/theme';
import { parisChart } from '@/lib/chart-wheel/wheel-test-helpers';
import { BiWheel } from './bi-wheel';
import { ChartWheel } from './chart-wheel';

const paris = parisChart();

/** The SVG of a rendered component, with React's and the serializer's id prefixes made equal. */
function svgOf(html: string, id: string): string {
  const start = html.indexOf('<svg');
  const svg = html.slice(start, html.lastIndexOf('</svg>') + 6);
  const prefix = /id="([^"]+)-title"/.exec(svg)?.[1] ?? '';
  return svg.split(prefix).join(id);
}

describe('ChartWheel', () => {
  it('renders the same SVG as the string serializer, element for element', () => {
    const html = renderToStaticMarkup(
      <ChartWheel chart={paris} labels={ENGLISH_LABELS} theme="light" />,
    );
    const expected = toSvgString(
      renderChartWheel(paris, { labels: ENGLISH_LABELS, theme: 'light', id: 'w' }),
    );
    // React writes empty elements as <x></x> and the serializer as <x/>, and leaves <style> text
    // raw (an HTML raw-text element) where XML escapes quotes: both are the same SVG.
    const normalize = (s: string) =>
      s
        .replace(/<(\w+)([^<>]*)><\/\1>/g, '<$1$2/>')
        .replace(/&#x27;|&#39;/g, "'")
        .replace(/&quot;/g, '"');
    expect(normalize(svgOf(html, 'w'))).toBe(normalize(expected));
  });

  it('gives two wheels on one page distinct title and description ids', () => {
    const html = renderToStaticMarkup(
      <>
        <ChartWheel chart={paris} labels={ENGLISH_LABELS} />
        <BiWheel
          inner={paris}
          outerBodies={paris.bodies}
          outerName="Again"
          labels={ENGLISH_LABELS}
        />
      </>,
    );
    const ids = [...html.matchAll(/<title id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    for (const id of ids)
      expect(html).toContain(`aria-labelledby="${id} ${id?.replace(/-title$/, '-desc')}"`);
  });
});

describe('table palette', () => {
  it('uses the wheel’s element and aspect colours in both schemes', () => {
    const css = readFileSync(new URL('./chart.module.css', import.meta.url), 'utf8');
    const [light, dark] = css.split('@media screen and (prefers-color-scheme: dark)');
    const names: (keyof WheelPalette)[] = [
      'fire',
      'earth',
      'air',
      'water',
      'blue',
      'green',
      'red',
      'grey',
    ];
    for (const name of names) {
      expect(light).toContain(`--ct-${name}: ${LIGHT_PALETTE[name]};`);
      expect(dark).toContain(`--ct-${name}: ${DARK_PALETTE[name]};`);
    }
  });
});
