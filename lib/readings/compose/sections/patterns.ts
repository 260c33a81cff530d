import type { ComposeContext } from '../context';
import { toSection } from '../item';
import { patternItems } from '../pattern-items';
import type { ReadingSection } from '../types';
import { overviewClaims } from '../overview-selection';

/**
 * Each aspect pattern kind in the chart (grand trine with its element, T-square, grand cross, yod,
 * kite, stellium), heaviest first. Undefined when the chart has none the overview has not read.
 */
export function patternsSection(ctx: ComposeContext): ReadingSection | undefined {
  const claimed = overviewClaims(ctx);
  const items = patternItems(ctx).filter((i) => !claimed.has(i.claim));
  return items.length > 0 ? toSection(ctx, 'patterns', items) : undefined;
}
