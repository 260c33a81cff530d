import { aspectClaim, aspectItems } from '../aspect-items';
import type { ComposeContext } from '../context';
import { toSection } from '../item';
import { isAngle } from '../points';
import type { ReadingSection } from '../types';
import { overviewClaims } from '../overview-selection';

/** Aspects read in the aspects section, tightest first. */
export const MAX_ASPECTS = 12;

/**
 * The tightest aspects between bodies (contacts to the angles are in the angles section), each
 * kind introduced by its lead-in sentence the first time it appears. Undefined when none is left
 * after the overview.
 */
export function aspectsSection(ctx: ComposeContext): ReadingSection | undefined {
  const claimed = overviewClaims(ctx);
  const chosen = ctx.aspects
    .filter((x) => !isAngle(x.a) && !isAngle(x.b) && !claimed.has(aspectClaim(x)))
    .slice(0, MAX_ASPECTS);
  return chosen.length > 0 ? toSection(ctx, 'aspects', aspectItems(ctx, chosen)) : undefined;
}
