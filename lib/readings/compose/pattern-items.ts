import { ELEMENTS, PATTERN_KEYS, type Element, type PatternKey } from '@/lib/readings/corpus';
import type { ComposeContext } from './context';
import { byWeight, leaderBoost, type Mark, type SectionItem } from './item';
import { isHouse, joinLabel, memberNames } from './labels';
import type { ReadingPattern } from './reading-chart';
import {
  ELEMENT_TRINE_BONUS,
  LUMINARY_PATTERN_BONUS,
  PATTERN_WEIGHT,
  STELLIUM_MEMBER_BONUS,
} from './weights';

function patternWeight(ctx: ComposeContext, pattern: ReadingPattern): number {
  let weight = PATTERN_WEIGHT[pattern.kind];
  if (pattern.kind === 'grand_trine' && pattern.element) weight += ELEMENT_TRINE_BONUS;
  if (pattern.kind === 'stellium') {
    weight += STELLIUM_MEMBER_BONUS * Math.max(0, pattern.members.length - 3);
  }
  if (pattern.members.includes('sun') || pattern.members.includes('moon')) {
    weight += LUMINARY_PATTERN_BONUS;
  }
  return weight * leaderBoost(ctx, pattern.members);
}

function patternMark(ctx: ComposeContext, pattern: ReadingPattern): Mark {
  const { names } = ctx.corpus;
  const where = pattern.element
    ? names.elements[pattern.element]
    : pattern.sign
      ? names.signs[pattern.sign]
      : pattern.house !== undefined && isHouse(pattern.house)
        ? names.houses[pattern.house]
        : undefined;
  return {
    ref: {
      kind: 'pattern',
      pattern: pattern.kind,
      members: [...pattern.members],
      ...(pattern.apex ? { apex: pattern.apex } : {}),
      ...(pattern.element ? { element: pattern.element } : {}),
      ...(pattern.sign ? { sign: pattern.sign } : {}),
      ...(pattern.house !== undefined ? { house: pattern.house } : {}),
    },
    label: joinLabel([
      names.patterns[pattern.kind],
      where,
      ...memberNames(ctx.corpus, pattern.members),
    ]),
  };
}

/** Claim of a pattern kind's text: each kind is read once, however many times it occurs. */
export function patternClaim(kind: PatternKey): string {
  return `pattern:${kind}`;
}

function itemOf(
  ctx: ComposeContext,
  kind: PatternKey,
  found: readonly ReadingPattern[],
): SectionItem {
  const { corpus } = ctx;
  const elements = new Set(found.map((p) => p.element).filter((e): e is Element => !!e));
  return {
    claim: patternClaim(kind),
    weight: Math.max(...found.map((p) => patternWeight(ctx, p))),
    paragraphs: [
      corpus.pattern[kind],
      ...ELEMENTS.filter((e) => elements.has(e)).map((e) => corpus.grandTrineElement[e]),
    ],
    marks: found.map((p) => patternMark(ctx, p)),
  };
}

/**
 * One item per pattern kind present in the chart, heaviest first. A grand trine in one element
 * adds that element's paragraph after the pattern's own.
 *
 * @example
 * patternItems(ctx).map((i) => i.claim); // e.g. ['pattern:t_square', 'pattern:stellium']
 */
export function patternItems(ctx: ComposeContext): SectionItem[] {
  const patterns = ctx.chart.summary.patterns;
  return PATTERN_KEYS.map((kind) => [kind, patterns.filter((p) => p.kind === kind)] as const)
    .filter(([, found]) => found.length > 0)
    .map(([kind, found]) => itemOf(ctx, kind, found))
    .sort(byWeight);
}
