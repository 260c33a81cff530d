/**
 * Candidate themes of the overview: the balance of the chart (elements, modalities, hemispheres),
 * retrograde personal planets, aspect patterns and the tight aspects of the luminaries and angles.
 */
import type { PointId } from '@/lib/astro/aspects';
import {
  ELEMENTS,
  HEMISPHERES,
  RETROGRADE_PLANETS,
  type Hemisphere,
  type RetrogradePlanet,
} from '@/lib/readings/corpus';
import { aspectItem } from './aspect-items';
import type { ComposeContext } from './context';
import { leaderBoost, type SectionItem } from './item';
import { RETROGRADE_MARK } from './labels';
import { patternItems } from './pattern-items';

/** Theme weights on the scale of weights.ts. An even element spread has a share of 0.25. */
const THEME = {
  /** A single dominant element from this share on: 5 at 0.30, 10 at 0.50, 12.5 at 0.60. */
  elementMinShare: 0.3,
  elementBase: 5,
  elementSlope: 25,
  /** An element with no weighted point at all. */
  elementLacking: 6,
  /** A single dominant modality from this share on: 3 at 0.40, 5 at 0.50, 7 at 0.60. */
  modalityMinShare: 0.4,
  modalityBase: 3,
  modalitySlope: 20,
  /** Seven of the ten planets on one side of an axis (four charts in five have one): 4, each further planet +2. */
  hemisphereMinPlanets: 7,
  hemisphereBase: 4,
  hemisphereStep: 2,
  /** Rarer retrogrades weigh more: Mercury is retrograde about a fifth of the time, Venus and Mars under a tenth. */
  retrograde: { mercury: 4.5, venus: 5.5, mars: 5 } satisfies Record<RetrogradePlanet, number>,
  /** Only aspects at least this exact (1 = exact, 0 = edge of orb) lead the overview. */
  aspectMinExactness: 0.7,
} as const;

const FOCAL_POINTS: readonly PointId[] = ['sun', 'moon', 'asc', 'mc'];

/** Claim of the retrograde paragraph of a planet. */
export function retrogradeClaim(planet: RetrogradePlanet): string {
  return `retrograde:${planet}`;
}

/** The retrograde paragraph of a planet, as an item. */
export function retrogradeItem(ctx: ComposeContext, planet: RetrogradePlanet): SectionItem {
  return {
    claim: retrogradeClaim(planet),
    weight: THEME.retrograde[planet] * leaderBoost(ctx, [planet]),
    paragraphs: [ctx.corpus.emphasis.retrograde[planet]],
    marks: [
      {
        ref: { kind: 'retrograde', planet },
        label: `${ctx.corpus.names.bodies[planet]} ${RETROGRADE_MARK}`,
      },
    ],
  };
}

function elementThemes(ctx: ComposeContext): SectionItem[] {
  const { elements } = ctx.chart.summary;
  const { emphasis, names } = ctx.corpus;
  const items: SectionItem[] = [];
  const [dominant, ...tied] = elements.dominant;
  const share = dominant ? elements.groups[dominant].share : 0;
  if (dominant && tied.length === 0 && share >= THEME.elementMinShare) {
    items.push({
      claim: `element:${dominant}`,
      weight: THEME.elementBase + THEME.elementSlope * (share - THEME.elementMinShare),
      paragraphs: [emphasis.elementDominant[dominant]],
      marks: [
        {
          ref: { kind: 'element_dominant', element: dominant, share },
          label: names.elements[dominant],
        },
      ],
    });
  }
  for (const element of ELEMENTS.filter((e) => elements.missing.includes(e))) {
    items.push({
      claim: `element-lacking:${element}`,
      weight: THEME.elementLacking,
      paragraphs: [emphasis.elementLacking[element]],
      marks: [{ ref: { kind: 'element_lacking', element }, label: names.elements[element] }],
    });
  }
  return items;
}

function modalityThemes(ctx: ComposeContext): SectionItem[] {
  const { modalities } = ctx.chart.summary;
  const [dominant, ...tied] = modalities.dominant;
  const share = dominant ? modalities.groups[dominant].share : 0;
  if (!dominant || tied.length > 0 || share < THEME.modalityMinShare) return [];
  return [
    {
      claim: `modality:${dominant}`,
      weight: THEME.modalityBase + THEME.modalitySlope * (share - THEME.modalityMinShare),
      paragraphs: [ctx.corpus.emphasis.modalityDominant[dominant]],
      marks: [
        {
          ref: { kind: 'modality_dominant', modality: dominant, share },
          label: ctx.corpus.names.modalities[dominant],
        },
      ],
    },
  ];
}

function hemisphereThemes(ctx: ComposeContext): SectionItem[] {
  const hemispheres = ctx.chart.summary.hemispheres;
  if (!hemispheres.known) return [];
  return HEMISPHERES.filter(
    (h: Hemisphere) => hemispheres[h].length >= THEME.hemisphereMinPlanets,
  ).map((hemisphere) => {
    const planets = hemispheres[hemisphere].length;
    return {
      claim: `hemisphere:${hemisphere}`,
      weight: THEME.hemisphereBase + THEME.hemisphereStep * (planets - THEME.hemisphereMinPlanets),
      paragraphs: [ctx.corpus.emphasis.hemisphere[hemisphere]],
      marks: [{ ref: { kind: 'hemisphere' as const, hemisphere, planets } }],
    };
  });
}

function aspectThemes(ctx: ComposeContext): SectionItem[] {
  // Without a birth time the Moon may lie several degrees from its noon place, so its orbs are
  // not known well enough to call an aspect of it defining.
  const uncertain: readonly PointId[] = ctx.chart.timeUnknown ? ['moon'] : [];
  return ctx.aspects
    .filter(
      (x) =>
        x.exactness >= THEME.aspectMinExactness &&
        (FOCAL_POINTS.includes(x.a) || FOCAL_POINTS.includes(x.b)) &&
        !uncertain.includes(x.a) &&
        !uncertain.includes(x.b),
    )
    .map((x) => aspectItem(ctx, x, false));
}

/**
 * Every theme the overview could open with, unsorted.
 *
 * @example
 * overviewCandidates(ctx).map((t) => t.claim); // e.g. ['element:fire', 'pattern:t_square', …]
 */
export function overviewCandidates(ctx: ComposeContext): SectionItem[] {
  const retrograde = RETROGRADE_PLANETS.filter((p) => ctx.chart.bodies[p].retrograde);
  return [
    ...elementThemes(ctx),
    ...modalityThemes(ctx),
    ...hemisphereThemes(ctx),
    ...retrograde.map((p) => retrogradeItem(ctx, p)),
    ...patternItems(ctx),
    ...aspectThemes(ctx),
  ];
}
