import { houseOf } from '@/lib/astro/houses';
import type { Body } from '@/lib/astro/types';
import { degreeMinute, formatInSign } from '@/lib/chart-wheel/degree-minute';
import { RETROGRADE_GLYPH } from '@/lib/chart-wheel/glyphs';
import { DEFAULT_WHEEL_BODIES, hasHouses, type WheelChart } from '@/lib/chart-wheel/wheel-bodies';
import styles from './chart.module.css';
import { PointLabel, SignLabel } from './point-label';
import type { ChartTableLabels } from './table-labels';

export interface PositionsTableProps {
  chart: WheelChart;
  labels: ChartTableLabels;
  /** Default: the bodies the wheel draws. */
  bodies?: readonly Body[];
}

/**
 * Each body's sign, degree°minute′ within the sign, house and retrograde motion, then the
 * Ascendant and Midheaven when the birth time is known. Without it there is no house column.
 */
export function PositionsTable({
  chart,
  labels,
  bodies = DEFAULT_WHEEL_BODIES,
}: PositionsTableProps) {
  const known = hasHouses(chart);
  const l = labels.positions;
  const rows = bodies.map((id) => ({ id, ...chart.bodies[id] }));
  return (
    <table className={`${styles.palette} ${styles.table}`}>
      <caption>{l.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{l.body}</th>
          <th scope="col">{l.sign}</th>
          <th scope="col" className={styles.num}>
            {l.position}
          </th>
          {known ? (
            <th scope="col" className={styles.num}>
              {l.house}
            </th>
          ) : null}
          <th scope="col">
            <span className={styles.wideOnly}>{l.motion}</span>
            <span className={styles.narrowOnly} aria-hidden="true">
              {RETROGRADE_GLYPH}
            </span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((b) => (
          <tr key={b.id}>
            <th scope="row">
              <PointLabel id={b.id} labels={labels} />
            </th>
            <td>
              <SignLabel sign={degreeMinute(b.lon).sign} labels={labels} />
            </td>
            <td className={styles.num}>{formatInSign(b.lon)}</td>
            {known ? <td className={styles.num}>{b.house}</td> : null}
            <td>
              {b.retrograde ? (
                <>
                  <span className={styles.retro} aria-hidden="true">
                    {RETROGRADE_GLYPH}
                  </span>
                  <span className={styles.srOnly}>{labels.retrograde}</span>
                </>
              ) : null}
            </td>
          </tr>
        ))}
        {known
          ? (['asc', 'mc'] as const).map((axis) => (
              <tr key={axis} className={styles.axisRow}>
                <th scope="row">
                  <PointLabel id={axis} labels={labels} />
                </th>
                <td>
                  <SignLabel sign={degreeMinute(chart.houses[axis]).sign} labels={labels} />
                </td>
                <td className={styles.num}>{formatInSign(chart.houses[axis])}</td>
                <td className={styles.num}>{houseOf(chart.houses[axis], chart.houses.cusps)}</td>
                <td />
              </tr>
            ))
          : null}
      </tbody>
    </table>
  );
}
