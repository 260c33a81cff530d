import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { computeChart } from '@/lib/astro/chart/compute-chart';
import { parisChart } from '@/lib/chart-wheel/wheel-test-helpers';
import { AspectGrid } from './aspect-grid';
import styles from './chart.module.css';
import { ElementBalance } from './element-balance';
import { ENGLISH_TABLE_LABELS as L } from './english-table-labels';
import { HousesTable } from './houses-table';
import { PatternList } from './pattern-list';
import { PositionsTable } from './positions-table';

const paris = parisChart();

/** Rows of the table body, each as its cells' text content. */
function bodyRows(html: string): string[][] {
  const tbody = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'));
  return tbody
    .split('<tr')
    .slice(1)
    .map((row) =>
      [...row.matchAll(/<t([hd])[^>]*>(.*?)<\/t\1>/g)].map((m) =>
        (m[2] ?? '').replace(/<[^>]+>/g, '').trim(),
      ),
    );
}

describe('PositionsTable', () => {
  it('has a caption and header cells scoped to columns and rows', () => {
    const html = renderToStaticMarkup(<PositionsTable chart={paris} labels={L} />);
    expect(html).toContain('<caption>Positions</caption>');
    expect(html.match(/<th scope="col"/g)).toHaveLength(5);
    expect(html.match(/<th scope="row"/g)).toHaveLength(13 + 2);
  });

  it('gives sign, degree°minute′ in the sign, house and ℞ for each body', () => {
    const rows = bodyRows(renderToStaticMarkup(<PositionsTable chart={paris} labels={L} />));
    const sun = rows.find((r) => r[0]?.includes('Sun'));
    expect(sun?.slice(1)).toEqual(['\u2649\uFE0E Taurus', '24°24′', '9', '']);
    const mercury = rows.find((r) => r[0]?.includes('Mercury'));
    expect(mercury?.[4]).toBe('\u211E\uFE0Eretrograde');
    const asc = rows.find((r) => r[0]?.includes('Ascendant'));
    expect(asc?.slice(1, 4)).toEqual(['\u264D\uFE0E Virgo', '10°14′', '1']);
  });

  it('drops the house column and the axes when the birth time is unknown', () => {
    const html = renderToStaticMarkup(
      <PositionsTable chart={parisChart({ timeUnknown: true })} labels={L} />,
    );
    expect(html).not.toContain('House');
    expect(html).not.toContain('Ascendant');
  });

  it('escapes the labels it is given', () => {
    const labels = { ...L, bodies: { ...L.bodies, sun: '<img src=x onerror=alert(1)>' } };
    const html = renderToStaticMarkup(<PositionsTable chart={paris} labels={labels} />);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('HousesTable', () => {
  it('lists the twelve cusps, marking the axes, under the system’s name', () => {
    const html = renderToStaticMarkup(<HousesTable chart={paris} labels={L} />);
    expect(html).toContain('<caption>Houses (Placidus)</caption>');
    const rows = bodyRows(html);
    expect(rows).toHaveLength(12);
    expect(rows[0]).toEqual(['1 AC', '\u264D\uFE0E Virgo', '10°14′']);
    expect(rows[9]?.[0]).toBe('10 MC');
    expect(rows[1]?.[0]).toBe('2');
  });

  it('says which system replaced one undefined at a polar latitude', () => {
    const polar = computeChart({
      utc: new Date('2001-12-21T09:00:00Z'),
      latitude: 78.22,
      longitude: 15.65,
    });
    const html = renderToStaticMarkup(<HousesTable chart={polar} labels={L} />);
    expect(html).toContain('Houses (Porphyry)');
    expect(html).toContain(
      'Placidus houses are undefined at this latitude; Porphyry houses are shown.',
    );
  });

  it('shows a note instead of a table without a birth time', () => {
    const html = renderToStaticMarkup(
      <HousesTable chart={parisChart({ timeUnknown: true })} labels={L} />,
    );
    expect(html).not.toContain('<table');
    expect(html).toContain(L.houses.timeUnknown);
  });
});

describe('AspectGrid', () => {
  it('is a lower triangle: row i has i cells, one per earlier point', () => {
    const html = renderToStaticMarkup(<AspectGrid chart={paris} labels={L} />);
    const rows = bodyRows(html);
    // 13 bodies + AC + MC: the Sun has no row, the MC no column.
    expect(rows).toHaveLength(14);
    rows.forEach((row, i) => expect(row).toHaveLength(1 + i + 1));
    expect(html.match(/<th scope="col"/g)).toHaveLength(14);
  });

  it('reads each aspect in words, with its orb and motion, coloured by kind', () => {
    const html = renderToStaticMarkup(<AspectGrid chart={paris} labels={L} />);
    const sunMoon = paris.aspects.find((x) => x.a === 'sun' && x.b === 'moon');
    expect(sunMoon?.kind).toBe('trine');
    expect(html).toContain(`Sun trine Moon, orb 3°00′, ${sunMoon?.motion}`);
    expect(html).toContain(`<span class="${styles.cell} ${styles.blue}" title="Sun trine Moon`);
  });

  it('shows only the chosen kinds', () => {
    const html = renderToStaticMarkup(<AspectGrid chart={paris} labels={L} kinds={['square']} />);
    const squares = paris.aspects.filter(
      (x) => x.kind === 'square' && x.a !== 'mean_node' && x.b !== 'mean_node',
    );
    const cells = html.split(`<span class="${styles.cell} ${styles.red}"`).length - 1;
    expect(cells).toBe(squares.length);
    expect(html).not.toContain(' trine ');
  });
});

describe('ElementBalance', () => {
  it('gives each element and modality its score and share', () => {
    const html = renderToStaticMarkup(<ElementBalance summary={paris.summary} labels={L} />);
    expect(html).toContain('<caption>Elements</caption>');
    expect(html).toContain('<caption>Modalities</caption>');
    const earth = paris.summary.elements.groups.earth;
    expect(html).toContain(`${Math.round(earth.share * 100)}%`);
    expect(paris.summary.elements.dominant).toEqual(['earth']);
    expect(html).toContain(
      `<tr class="${styles.dominant}"><th scope="row" class="${styles.earth}">Earth</th>`,
    );
  });
});

describe('PatternList', () => {
  it('names each pattern with its qualifier and members', () => {
    const html = renderToStaticMarkup(<PatternList patterns={paris.summary.patterns} labels={L} />);
    const text = html.replace(/<[^>]+>/g, '');
    expect(text).toContain('Grand trine in Water: ');
    expect(text).toContain('T-square, apex Venus: ');
    expect(text).toContain('Stellium in Capricorn: ');
    expect(text).toContain('Stellium in house 5: ');
    expect(html).toMatch(/<ul aria-labelledby="[^"]+"/);
  });

  it('says so when there is no pattern', () => {
    const html = renderToStaticMarkup(<PatternList patterns={[]} labels={L} />);
    expect(html).toContain(L.patternList.none);
    expect(html).not.toContain('<ul');
  });
});
