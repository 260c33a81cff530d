import { ASPECT_KINDS, type Aspect, type AspectKind, type PointId } from '@/lib/astro/aspects';
import type { Body } from '@/lib/astro/types';
import { aspectGlyph } from '@/lib/chart-wheel/aspect-glyphs';
import { ASPECT_STYLES } from '@/lib/chart-wheel/aspect-style';
import { formatDegreesMinutes } from '@/lib/chart-wheel/degree-minute';
import { fillTemplate } from '@/lib/chart-wheel/labels';
import { pointName } from '@/lib/chart-wheel/point-name';
import { DEFAULT_WHEEL_BODIES, hasHouses, type WheelChart } from '@/lib/chart-wheel/wheel-bodies';
import styles from './chart.module.css';
import { PointGlyph } from './point-label';
import { ScrollRegion } from './scroll-region';
import { SvgNode } from './svg-node';
import type { ChartTableLabels } from './table-labels';

export interface AspectGridProps {
  chart: WheelChart;
  labels: ChartTableLabels;
  bodies?: readonly Body[];
  /** Aspects shown; default every kind the chart holds. */
  kinds?: readonly AspectKind[];
}

const pairKey = (a: PointId, b: PointId) => (a < b ? `${a}|${b}` : `${b}|${a}`);

function AspectCell({ aspect, labels }: { aspect: Aspect; labels: ChartTableLabels }) {
  const l = labels.aspectGrid;
  const tone = ASPECT_STYLES[aspect.kind].tone;
  const orb = formatDegreesMinutes(aspect.orb);
  const sentence = fillTemplate(l.cell, {
    a: pointName(aspect.a, labels),
    aspect: labels.aspects[aspect.kind],
    b: pointName(aspect.b, labels),
    orb,
    motion: l.motions[aspect.motion],
  });
  return (
    <span className={`${styles.cell} ${tone ? styles[tone] : ''}`} title={sentence}>
      <SvgNode node={aspectGlyph(aspect.kind, styles.aspectGlyph)} />
      <span className={styles.orb} aria-hidden="true">
        {orb}
        {l.motionMarks[aspect.motion]}
      </span>
      <span className={styles.srOnly}>{sentence}</span>
    </span>
  );
}

/**
 * The classic triangular aspect grid: a row and a column per point (bodies, then AC and MC when
 * the time is known), each cell below the diagonal holding the aspect's symbol, coloured by kind,
 * its orb and whether it is applying or separating. Every cell reads out in words.
 */
export function AspectGrid({
  chart,
  labels,
  bodies = DEFAULT_WHEEL_BODIES,
  kinds = ASPECT_KINDS,
}: AspectGridProps) {
  const points: PointId[] = [...bodies, ...(hasHouses(chart) ? (['asc', 'mc'] as const) : [])];
  const byPair = new Map<string, Aspect>();
  for (const x of chart.aspects) if (kinds.includes(x.kind)) byPair.set(pairKey(x.a, x.b), x);
  const header = (id: PointId) => (
    <>
      <PointGlyph id={id} labels={labels} />
      <span className={styles.srOnly}>{pointName(id, labels)}</span>
    </>
  );
  return (
    <ScrollRegion label={labels.aspectGrid.caption}>
      <table className={`${styles.palette} ${styles.grid}`}>
        <caption>{labels.aspectGrid.caption}</caption>
        <thead>
          <tr>
            <td />
            {points.slice(0, -1).map((id) => (
              <th scope="col" key={id}>
                {header(id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {points.slice(1).map((row, r) => (
            <tr key={row}>
              <th scope="row">{header(row)}</th>
              {points.slice(0, r + 1).map((col) => {
                const aspect = byPair.get(pairKey(row, col));
                return (
                  <td key={col}>
                    {aspect ? <AspectCell aspect={aspect} labels={labels} /> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
