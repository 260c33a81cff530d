import type { AspectMotion } from '@/lib/astro/aspects';
import type { HouseSystem } from '@/lib/astro/types';
import type { AstroLabels } from '@/lib/chart-wheel/labels';

/**
 * Localized texts of the chart tables, filled by the caller (next-intl). Strings with
 * `{placeholders}` are templates, as they come from the message catalogue (`t.raw(...)`).
 */
export interface ChartTableLabels extends AstroLabels {
  positions: {
    caption: string;
    body: string;
    sign: string;
    position: string;
    house: string;
    motion: string;
  };
  houses: {
    /** `{system}` */
    caption: string;
    house: string;
    sign: string;
    cusp: string;
    /** Shown instead of the table when the birth time is unknown. */
    timeUnknown: string;
    /** `{from}`, `{to}`: the asked system is undefined at this latitude. */
    fallback: string;
    systems: Record<HouseSystem, string>;
  };
  aspectGrid: {
    caption: string;
    /** `{a}`, `{aspect}`, `{b}`, `{orb}`, `{motion}`: read out for each cell. */
    cell: string;
    motions: Record<AspectMotion, string>;
    /** Shown after the orb: "a", "s", … */
    motionMarks: Record<AspectMotion, string>;
  };
  balance: {
    elements: string;
    modalities: string;
    group: string;
    points: string;
    score: string;
    share: string;
  };
  patternList: {
    caption: string;
    none: string;
    /** `{pattern}`, `{element}` */
    withElement: string;
    /** `{pattern}`, `{apex}` */
    withApex: string;
    /** `{pattern}`, `{sign}` */
    inSign: string;
    /** `{pattern}`, `{house}` */
    inHouse: string;
  };
}
