import {
  RETROGRADE_PLANETS,
  type CorpusAngle,
  type CorpusBody,
  type RetrogradePlanet,
} from '@/lib/readings/corpus';
import type { ComposeContext } from './context';
import type { SectionItem } from './item';
import { isHouse, placementLabel } from './labels';
import { retrogradeItem } from './themes';
import { placementWeight } from './weights';

function isRetrogradePlanet(body: CorpusBody): body is RetrogradePlanet {
  return (RETROGRADE_PLANETS as readonly string[]).includes(body);
}

/**
 * A body in its sign and, when the birth time is known, its house. A retrograde Mercury, Venus or
 * Mars adds its retrograde paragraph unless `claimed` says the overview already read it.
 *
 * @example
 * bodyItem(ctx, 'mars', new Set()).paragraphs.length; // 2 with a birth time, 3 if retrograde
 */
export function bodyItem(
  ctx: ComposeContext,
  body: CorpusBody,
  claimed: ReadonlySet<string>,
): SectionItem {
  const { chart, corpus } = ctx;
  const placement = chart.bodies[body];
  const house = placement.house !== null && isHouse(placement.house) ? placement.house : null;
  const item: SectionItem = {
    claim: `placement:${body}`,
    weight: placementWeight(chart, body, ctx.aspects, ctx.dominance),
    paragraphs: [
      corpus.planetInSign[body][placement.sign],
      ...(house !== null ? [corpus.planetInHouse[body][house]] : []),
    ],
    marks: [
      {
        ref: {
          kind: 'placement',
          point: body,
          sign: placement.sign,
          house,
          retrograde: placement.retrograde,
        },
        label: placementLabel(corpus, body, placement.sign, house, placement.retrograde),
      },
    ],
  };
  if (!placement.retrograde || !isRetrogradePlanet(body)) return item;
  const retrograde = retrogradeItem(ctx, body);
  if (claimed.has(retrograde.claim)) return item;
  return {
    ...item,
    paragraphs: [...item.paragraphs, ...retrograde.paragraphs],
    marks: [...item.marks, ...retrograde.marks],
  };
}

/** An angle in its sign; undefined when the birth time, and so the angle, is unknown. */
export function angleItem(ctx: ComposeContext, angle: CorpusAngle): SectionItem | undefined {
  const { chart, corpus } = ctx;
  const placement = chart.angles?.[angle];
  if (!placement) return undefined;
  return {
    claim: `placement:${angle}`,
    weight: placementWeight(chart, angle, ctx.aspects, ctx.dominance),
    paragraphs: [corpus.angleInSign[angle][placement.sign]],
    marks: [
      {
        ref: {
          kind: 'placement',
          point: angle,
          sign: placement.sign,
          house: null,
          retrograde: false,
        },
        label: placementLabel(corpus, angle, placement.sign, null, false),
      },
    ],
  };
}
