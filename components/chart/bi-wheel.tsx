import { useId } from 'react';
import type { Aspect, AspectOptions } from '@/lib/astro/aspects';
import type { Body } from '@/lib/astro/types';
import type { WheelLabels } from '@/lib/chart-wheel/labels';
import { renderBiWheel, type OuterBody } from '@/lib/chart-wheel/render-bi-wheel';
import type { WheelTheme } from '@/lib/chart-wheel/theme';
import type { WheelChart } from '@/lib/chart-wheel/wheel-bodies';
import styles from './chart.module.css';
import { SvgNode } from './svg-node';

export interface BiWheelProps {
  inner: WheelChart;
  /** Another chart's `bodies`, or transiting positions. */
  outerBodies: Partial<Record<Body, OuterBody>>;
  /** Who or what the outer ring is, for the text alternative ("Transits", a partner's name). */
  outerName: string;
  labels: WheelLabels;
  theme?: WheelTheme;
  /** Inter-aspects (`a` inner, `b` outer), e.g. `synastry(a, b).aspects`; computed if omitted. */
  aspects?: readonly Aspect[];
  aspectOptions?: AspectOptions;
}

/** Synastry or transits: the inner chart with a second ring of bodies and the inter-aspects. */
export function BiWheel({
  inner,
  outerBodies,
  outerName,
  labels,
  theme,
  aspects,
  aspectOptions,
}: BiWheelProps) {
  const id = `biwheel${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const tree = renderBiWheel(inner, outerBodies, {
    labels,
    id,
    outerName,
    ...(theme ? { theme } : {}),
    ...(aspects ? { aspects } : {}),
    ...(aspectOptions ? { aspectOptions } : {}),
  });
  return (
    <div className={styles.wheel}>
      <SvgNode node={tree} />
    </div>
  );
}
