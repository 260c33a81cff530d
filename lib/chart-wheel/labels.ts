import type { AspectKind } from '@/lib/astro/aspects';
import type { Element, Modality, PatternKind } from '@/lib/astro/summary';
import type { Body, Sign } from '@/lib/astro/types';

/** The four chart axes drawn on the wheel. */
export const AXES = ['asc', 'mc', 'dsc', 'ic'] as const;
export type Axis = (typeof AXES)[number];

/**
 * Localized names of the astrological vocabulary. The caller fills them (next-intl on the web,
 * `ENGLISH_LABELS` elsewhere); this module never translates anything itself.
 */
export interface AstroLabels {
  bodies: Record<Body, string>;
  signs: Record<Sign, string>;
  aspects: Record<AspectKind, string>;
  /** Full names: "Ascendant", "Midheaven", … */
  axes: Record<Axis, string>;
  /** The short marks drawn on the wheel: "AC", "MC", "DC", "IC". */
  axisMarks: Record<Axis, string>;
  elements: Record<Element, string>;
  modalities: Record<Modality, string>;
  patterns: Record<PatternKind, string>;
  /** "retrograde" */
  retrograde: string;
}

/**
 * Sentences of the wheel's text alternative, with `{placeholders}`. Templates rather than
 * functions so that they can come straight from a message catalogue (`t.raw(...)`).
 */
export interface WheelTemplates {
  /** `{body}`, `{sign}`, `{degree}` */
  placement: string;
  /** `{body}`, `{sign}`, `{degree}`, `{house}` */
  placementInHouse: string;
  /** `{axis}`, `{sign}`, `{degree}` */
  axis: string;
  /** `{a}`, `{aspect}`, `{b}`, `{orb}` */
  aspect: string;
  /** `{list}`: the aspects, already joined */
  aspects: string;
  /** Said when the birth time is unknown (no houses, no angles, 0° Aries on the left). */
  timeUnknown: string;
  /** The same, short, drawn in the wheel's corner; a line break splits it into lines. */
  timeUnknownNote: string;
  /** `{name}`: the second set of bodies of a bi-wheel ("Transits", "Alex") */
  outerRing: string;
  /** `{body}`, `{name}`: a body of the outer ring in an aspect, "Venus (Transits)" */
  outerBody: string;
}

export interface WheelLabels extends AstroLabels {
  /** The wheel's accessible name, e.g. "Natal chart of Alex". */
  title: string;
  templates: WheelTemplates;
}

/**
 * Fills `{name}` placeholders; unknown placeholders are left as they are so a missing value shows.
 *
 * @example
 * fillTemplate('{body} in {sign}', { body: 'Sun', sign: 'Taurus' }); // 'Sun in Taurus'
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}
