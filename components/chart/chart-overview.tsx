import type { Chart } from '@/lib/astro/chart/types';
import { AspectGrid } from './aspect-grid';
import styles from './chart-overview.module.css';
import { ChartWheel } from './chart-wheel';
import { ElementBalance } from './element-balance';
import { HousesTable } from './houses-table';
import { getChartLabels, type WheelTitleValues } from './localized-labels';
import { PatternList } from './pattern-list';
import { PositionsTable } from './positions-table';

export interface ChartOverviewProps {
  chart: Chart;
  locale: string;
  /** Named in the wheel's accessible title. */
  birth: WheelTitleValues;
}

/**
 * The chart page's drawing and tables, localized: the wheel, positions beside houses (stacked
 * on phones), the aspect grid, the element and modality balance, and the aspect patterns.
 */
export async function ChartOverview({ chart, locale, birth }: ChartOverviewProps) {
  const { wheel, tables } = await getChartLabels(locale, birth);
  return (
    <div className={styles.overview} data-testid="chart-overview">
      <div className={styles.wheel}>
        <ChartWheel chart={chart} labels={wheel} theme="auto" />
      </div>
      <div className={styles.pair}>
        <div className={styles.fit}>
          <PositionsTable chart={chart} labels={tables} />
        </div>
        <div className={styles.fit}>
          <HousesTable chart={chart} labels={tables} />
        </div>
      </div>
      <div className={styles.fit}>
        <AspectGrid chart={chart} labels={tables} />
      </div>
      <ElementBalance summary={chart.summary} labels={tables} />
      <PatternList patterns={chart.summary.patterns} labels={tables} />
    </div>
  );
}
