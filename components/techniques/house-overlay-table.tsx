import type { HouseOverlay } from '@/lib/astro/techniques/synastry';
import type { Body } from '@/lib/astro/types';
import { DEFAULT_WHEEL_BODIES } from '@/lib/chart-wheel/wheel-bodies';
import chartStyles from '@/components/chart/chart.module.css';
import { PointLabel } from '@/components/chart/point-label';
import type { ChartTableLabels } from '@/components/chart/table-labels';

/** One chart's bodies in the other chart's houses; a note instead when that chart has none. */
export function HouseOverlayTable({
  overlay,
  labels,
  words,
  testId,
}: {
  overlay: HouseOverlay;
  labels: ChartTableLabels;
  words: { caption: string; body: string; house: string; noHouses: string };
  testId: string;
}) {
  const bodies: readonly Body[] = DEFAULT_WHEEL_BODIES;
  if (bodies.every((b) => overlay[b] === null)) {
    return (
      <p data-testid={testId}>
        {words.caption}: {words.noHouses}
      </p>
    );
  }
  return (
    <table className={`${chartStyles.palette} ${chartStyles.table}`} data-testid={testId}>
      <caption>{words.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{words.body}</th>
          <th scope="col" className={chartStyles.num}>
            {words.house}
          </th>
        </tr>
      </thead>
      <tbody>
        {bodies.map((b) => (
          <tr key={b}>
            <th scope="row">
              <PointLabel id={b} labels={labels} />
            </th>
            <td className={chartStyles.num}>{overlay[b]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
