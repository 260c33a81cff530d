/**
 * Which themes the overview reads. Computed apart from the overview's text because every other
 * section needs it too: a paragraph the overview reads is left out of the section it comes from.
 */
import type { ComposeContext } from './context';
import { byWeight, type SectionItem } from './item';
import { overviewCandidates } from './themes';

/** The overview ties three to five themes together. */
const MIN_THEMES = 3;
const MAX_THEMES = 5;
/** Beyond the third, a theme must weigh this much to be worth the reader's attention up front. */
const MIN_EXTRA_WEIGHT = 5;
/**
 * Each further theme of a family (aspects, patterns, …) counts for this share of the one before,
 * so the overview mixes kinds of feature rather than listing five aspects.
 */
const REPEAT_FACTOR = 0.7;

function familyOf(item: SectionItem): string {
  return item.claim.slice(0, item.claim.indexOf(':'));
}

/**
 * The overview's themes, heaviest first: the three heaviest always, then up to five while they
 * weigh at least MIN_EXTRA_WEIGHT. A theme's weight here is discounted by REPEAT_FACTOR for each
 * theme of its family already chosen, and the discounted weight is the one the overview reports.
 */
export function overviewThemes(ctx: ComposeContext): SectionItem[] {
  const remaining = overviewCandidates(ctx).sort(byWeight);
  const chosen: SectionItem[] = [];
  const perFamily = new Map<string, number>();
  const discounted = (item: SectionItem): SectionItem => ({
    ...item,
    weight: item.weight * REPEAT_FACTOR ** (perFamily.get(familyOf(item)) ?? 0),
  });
  while (chosen.length < MAX_THEMES && remaining.length > 0) {
    const next = remaining.map(discounted).sort(byWeight)[0];
    if (!next || (chosen.length >= MIN_THEMES && next.weight < MIN_EXTRA_WEIGHT)) break;
    remaining.splice(
      remaining.findIndex((i) => i.claim === next.claim),
      1,
    );
    perFamily.set(familyOf(next), (perFamily.get(familyOf(next)) ?? 0) + 1);
    chosen.push(next);
  }
  return chosen;
}

const claimsByContext = new WeakMap<ComposeContext, ReadonlySet<string>>();

/** Claims the overview voices; other sections leave these texts out. */
export function overviewClaims(ctx: ComposeContext): ReadonlySet<string> {
  let claims = claimsByContext.get(ctx);
  if (!claims) {
    claims = new Set(overviewThemes(ctx).map((t) => t.claim));
    claimsByContext.set(ctx, claims);
  }
  return claims;
}
