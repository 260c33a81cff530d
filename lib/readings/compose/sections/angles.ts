import { aspectClaim, aspectItems } from '../aspect-items';
import type { ComposeContext } from '../context';
import { toSection } from '../item';
import { angleItem } from '../placement-items';
import { isAngle } from '../points';
import type { ReadingSection } from '../types';
import { overviewClaims } from '../overview-selection';

/** Contacts of planets to the Ascendant and Midheaven read here, tightest first. */
export const MAX_ANGLE_CONTACTS = 4;

/**
 * The Midheaven in its sign (the Ascendant's sign is in the big three), then the tightest
 * contacts of planets to either angle. Undefined without a birth time.
 */
export function anglesSection(ctx: ComposeContext): ReadingSection | undefined {
  const mc = angleItem(ctx, 'mc');
  if (!mc) return undefined;
  const claimed = overviewClaims(ctx);
  const contacts = ctx.aspects
    .filter((x) => (isAngle(x.a) || isAngle(x.b)) && !claimed.has(aspectClaim(x)))
    .slice(0, MAX_ANGLE_CONTACTS);
  return toSection(ctx, 'angles', [mc, ...aspectItems(ctx, contacts)]);
}
