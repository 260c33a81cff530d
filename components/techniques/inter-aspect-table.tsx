import type { Aspect, AspectMotion } from '@/lib/astro/aspects';
import { formatDegreesMinutes } from '@/lib/chart-wheel/degree-minute';
import chartStyles from '@/components/chart/chart.module.css';
import { PointLabel } from '@/components/chart/point-label';
import { ScrollRegion } from '@/components/chart/scroll-region';
import type { ChartTableLabels } from '@/components/chart/table-labels';

export interface InterAspectWords {
  caption: string;
  /** Column heads of the two sides: "Natal" / "Transiting", "First chart" / "Second chart". */
  a: string;
  b: string;
  aspect: string;
  orb: string;
  motion: string;
  motions: Record<AspectMotion, string>;
  none: string;
}

/** Aspects between two sets of points, one per row: both points, the aspect, orb and motion. */
export function InterAspectTable({
  aspects,
  labels,
  words,
  testId,
}: {
  aspects: readonly Aspect[];
  labels: ChartTableLabels;
  words: InterAspectWords;
  testId: string;
}) {
  if (aspects.length === 0) return <p data-testid={testId}>{words.none}</p>;
  return (
    <ScrollRegion label={words.caption}>
      <table className={`${chartStyles.palette} ${chartStyles.table}`} data-testid={testId}>
        <caption>{words.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{words.a}</th>
            <th scope="col">{words.aspect}</th>
            <th scope="col">{words.b}</th>
            <th scope="col" className={chartStyles.num}>
              {words.orb}
            </th>
            <th scope="col">{words.motion}</th>
          </tr>
        </thead>
        <tbody>
          {aspects.map((x) => (
            <tr key={`${x.a}|${x.b}`}>
              <th scope="row">
                <PointLabel id={x.a} labels={labels} />
              </th>
              <td>{labels.aspects[x.kind]}</td>
              <td>
                <PointLabel id={x.b} labels={labels} />
              </td>
              <td className={chartStyles.num}>{formatDegreesMinutes(x.orb)}</td>
              <td>{words.motions[x.motion]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
