import type { ComposeContext } from '../context';
import { toSection, type SectionItem } from '../item';
import { angleItem, bodyItem } from '../placement-items';
import type { ReadingSection } from '../types';
import { overviewClaims } from '../overview-selection';

/**
 * Sun, Moon and Ascendant, always in that order: each in its sign, the Sun and Moon also in their
 * houses. Without a birth time there are no houses and no Ascendant.
 */
export function bigThreeSection(ctx: ComposeContext): ReadingSection {
  const claimed = overviewClaims(ctx);
  const asc = angleItem(ctx, 'asc');
  const items: SectionItem[] = [
    bodyItem(ctx, 'sun', claimed),
    bodyItem(ctx, 'moon', claimed),
    ...(asc ? [asc] : []),
  ];
  return toSection(ctx, 'big-three', items);
}
