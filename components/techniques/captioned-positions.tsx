import type { ComponentProps } from 'react';
import { PositionsTable } from '@/components/chart/positions-table';
import type { ChartTableLabels } from '@/components/chart/table-labels';
import styles from './techniques.module.css';

/** A technique's positions table: the chart's labels with the technique's own caption. */
export function CaptionedPositions({
  chart,
  tables,
  caption,
}: {
  chart: ComponentProps<typeof PositionsTable>['chart'];
  tables: ChartTableLabels;
  caption: string;
}) {
  return (
    <div className={styles.fit}>
      <PositionsTable
        chart={chart}
        labels={{ ...tables, positions: { ...tables.positions, caption } }}
      />
    </div>
  );
}
