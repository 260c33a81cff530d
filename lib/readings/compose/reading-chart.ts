/**
 * The part of a computed chart a reading is written from. Both `computeChart`'s `Chart` and a chart
 * stored as JSON and parsed with `ChartSchema` fit it, so a job can compose from either.
 */
import type { Aspect, PointId } from '@/lib/astro/aspects';
import type { SignPlacement } from '@/lib/astro/chart/placements';
import type { Body, Zodiac } from '@/lib/astro/types';
import type { Element, Hemisphere, Modality } from '@/lib/readings/corpus';

export interface ReadingBody extends SignPlacement {
  speed: number;
  retrograde: boolean;
  house: number | null;
}

interface BalanceData<K extends string> {
  groups: Record<K, { score: number; share: number }>;
  dominant: readonly K[];
  missing: readonly K[];
}

export type ReadingHemispheres =
  { known: false } | ({ known: true } & Record<Hemisphere, readonly PointId[]>);

export interface ReadingPattern {
  kind: 'grand_trine' | 't_square' | 'grand_cross' | 'yod' | 'kite' | 'stellium';
  members: readonly PointId[];
  apex?: PointId | undefined;
  element?: Element | undefined;
  sign?: SignPlacement['sign'] | undefined;
  house?: number | undefined;
}

export interface ReadingChart {
  /** Content hash of the chart: seeds the rotation of connectives. */
  hash: string;
  jdUt: number;
  zodiac: Zodiac;
  timeUnknown: boolean;
  bodies: Record<Body, ReadingBody>;
  angles: { asc: SignPlacement; mc: SignPlacement } | null;
  aspects: readonly Aspect[];
  summary: {
    elements: BalanceData<Element>;
    modalities: BalanceData<Modality>;
    hemispheres: ReadingHemispheres;
    dominants: readonly { planet: PointId; score: number }[];
    patterns: readonly ReadingPattern[];
  };
}
