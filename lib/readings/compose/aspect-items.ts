import type { AspectKindKey } from '@/lib/readings/corpus';
import type { ComposeContext } from './context';
import { leaderBoost, type SectionItem } from './item';
import { joinLabel, pointName } from './labels';
import { toneOf, type VoicedAspect } from './points';
import { aspectWeight } from './weights';

/** Claim of an aspect's pair text. */
export function aspectClaim(aspect: VoicedAspect): string {
  return `aspect:${aspect.key}`;
}

/**
 * An aspect as a reading item: the pair text in the tone the kind calls for, led by the kind's
 * sentence when `leadIn` is set (the first aspect of each kind in a section, where it tells the
 * reader what a square or a trine is).
 */
export function aspectItem(
  ctx: ComposeContext,
  aspect: VoicedAspect,
  leadIn: boolean,
): SectionItem {
  const { corpus } = ctx;
  const text = corpus.aspect[aspect.key][toneOf(aspect.kind)];
  return {
    claim: aspectClaim(aspect),
    weight: aspectWeight(aspect) * leaderBoost(ctx, [aspect.a, aspect.b]),
    paragraphs: [leadIn ? `${corpus.aspectKind[aspect.kind]} ${text}` : text],
    marks: [
      {
        ref: { kind: 'aspect', a: aspect.a, b: aspect.b, aspect: aspect.kind, orb: aspect.orb },
        label: joinLabel([
          pointName(corpus, aspect.a),
          corpus.names.aspects[aspect.kind],
          pointName(corpus, aspect.b),
        ]),
      },
    ],
  };
}

/**
 * Items for aspects in the order given, the first of each kind with its lead-in sentence.
 *
 * @example
 * aspectItems(ctx, ctx.aspects.slice(0, 3)).map((i) => i.claim); // ['aspect:sun_moon', …]
 */
export function aspectItems(ctx: ComposeContext, aspects: readonly VoicedAspect[]): SectionItem[] {
  const introduced = new Set<AspectKindKey>();
  return aspects.map((aspect) => {
    const leadIn = !introduced.has(aspect.kind);
    introduced.add(aspect.kind);
    return aspectItem(ctx, aspect, leadIn);
  });
}
