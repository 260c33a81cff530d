import { CORPUS_BODIES } from '@/lib/readings/corpus';
import type { ComposeContext } from '../context';
import { byWeight, toSection } from '../item';
import { bodyItem } from '../placement-items';
import type { ReadingSection } from '../types';
import { overviewClaims } from '../overview-selection';

const BIG_THREE_BODIES: ReadonlySet<string> = new Set(['sun', 'moon']);

/**
 * Every body besides the Sun and Moon, in sign and house, heaviest first: angular, tightly
 * aspected and dominant bodies lead, the slow outer bodies usually close.
 */
export function planetsSection(ctx: ComposeContext): ReadingSection {
  const claimed = overviewClaims(ctx);
  const items = CORPUS_BODIES.filter((b) => !BIG_THREE_BODIES.has(b))
    .map((body) => bodyItem(ctx, body, claimed))
    .sort(byWeight);
  return toSection(ctx, 'planets', items);
}
