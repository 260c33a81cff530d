import { useId } from 'react';
import type { AspectKind } from '@/lib/astro/aspects';
import type { Body } from '@/lib/astro/types';
import type { WheelLabels } from '@/lib/chart-wheel/labels';
import { renderChartWheel } from '@/lib/chart-wheel/render-chart-wheel';
import type { WheelTheme } from '@/lib/chart-wheel/theme';
import type { WheelChart } from '@/lib/chart-wheel/wheel-bodies';
import styles from './chart.module.css';
import { SvgNode } from './svg-node';

export interface ChartWheelProps {
  chart: WheelChart;
  /** Localized by the caller (next-intl); see docs/chart-wheel.md for the message keys. */
  labels: WheelLabels;
  /** Default `auto`: follows the reader's colour scheme. */
  theme?: WheelTheme;
  bodies?: readonly Body[];
  aspectKinds?: readonly AspectKind[];
}

/**
 * The natal chart wheel, server-rendered as inline SVG that scales to its container. Its
 * accessible name and description come from the labels and the chart.
 */
export function ChartWheel({ chart, labels, theme, bodies, aspectKinds }: ChartWheelProps) {
  const id = `wheel${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const tree = renderChartWheel(chart, {
    labels,
    id,
    ...(theme ? { theme } : {}),
    ...(bodies ? { bodies } : {}),
    ...(aspectKinds ? { aspectKinds } : {}),
  });
  return (
    <div className={styles.wheel}>
      <SvgNode node={tree} />
    </div>
  );
}
