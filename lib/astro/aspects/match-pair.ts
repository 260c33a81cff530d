import { bestAspect, prepareSearch } from './aspect-search';
import type { Aspect, AspectOptions, AspectPoint } from './types';

/**
 * The tightest aspect (among `options.kinds`) two points form within the allowed orb, if any.
 * To search many pairs, `findAspects` works out each point's orbs once instead.
 *
 * @example
 * matchPair({ id: 'sun', lon: 359, speed: 1 }, { id: 'moon', lon: 1, speed: 13 });
 * // { kind: 'conjunction', orb: 2, motion: 'separating', … }
 */
export function matchPair(
  a: AspectPoint,
  b: AspectPoint,
  options: AspectOptions = {},
): Aspect | undefined {
  const search = prepareSearch([a, b], options);
  return bestAspect(search, 0, search, 1);
}
