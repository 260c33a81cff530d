import { separationDeg } from '@/lib/astro/angles';
import { degreeMinute, formatInSign } from '@/lib/chart-wheel/degree-minute';
import { fillTemplate, type Axis } from '@/lib/chart-wheel/labels';
import { hasHouses, type WheelChart } from '@/lib/chart-wheel/wheel-bodies';
import styles from './chart.module.css';
import { SignLabel } from './point-label';
import type { ChartTableLabels } from './table-labels';

/** The cusps that are axes in quadrant systems, with the axis they are. */
const AXIS_CUSPS: Readonly<Record<number, Axis>> = { 0: 'asc', 3: 'ic', 6: 'dsc', 9: 'mc' };

/**
 * The twelve cusps with sign and degree°minute′, named by house system; when the asked system
 * is undefined at the latitude, says which one is shown instead. Without a birth time, a note.
 */
export function HousesTable({ chart, labels }: { chart: WheelChart; labels: ChartTableLabels }) {
  const l = labels.houses;
  if (!hasHouses(chart)) return <p className={styles.note}>{l.timeUnknown}</p>;
  const { houses, angles } = chart;
  const fallback = houses.fallback;
  return (
    <table className={`${styles.palette} ${styles.table}`}>
      <caption>
        {fillTemplate(l.caption, { system: l.systems[houses.effectiveSystem] })}
        {fallback ? (
          <span className={styles.captionNote}>
            {fillTemplate(l.fallback, {
              from: l.systems[fallback.from],
              to: l.systems[fallback.to],
            })}
          </span>
        ) : null}
      </caption>
      <thead>
        <tr>
          <th scope="col">{l.house}</th>
          <th scope="col">{l.sign}</th>
          <th scope="col" className={styles.num}>
            {l.cusp}
          </th>
        </tr>
      </thead>
      <tbody>
        {houses.cusps.map((cusp, i) => {
          const axis = AXIS_CUSPS[i];
          const onAxis = axis !== undefined && separationDeg(angles[axis].lon, cusp) < 0.01;
          return (
            <tr key={i}>
              <th scope="row">
                {i + 1}
                {onAxis ? (
                  <>
                    {' '}
                    <abbr className={styles.mark} title={labels.axes[axis]}>
                      {labels.axisMarks[axis]}
                    </abbr>
                  </>
                ) : null}
              </th>
              <td>
                <SignLabel sign={degreeMinute(cusp).sign} labels={labels} />
              </td>
              <td className={styles.num}>{formatInSign(cusp)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
