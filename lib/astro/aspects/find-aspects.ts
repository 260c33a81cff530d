import { AstroError } from '../errors';
import { bestAspect, prepareSearch } from './aspect-search';
import type { Aspect, AspectOptions, AspectPoint } from './types';

function assertUnique(points: readonly AspectPoint[], label: string): void {
  const seen = new Set<string>();
  for (const p of points) {
    if (seen.has(p.id))
      throw new AstroError('invalid_input', `${label}: point ${p.id} given twice`);
    if (!Number.isFinite(p.lon)) {
      throw new AstroError('invalid_input', `${label}: longitude of ${p.id} is not finite`);
    }
    seen.add(p.id);
  }
}

/** Tightest first; ties keep a stable order by point names and kind. */
function byTightness(x: Aspect, y: Aspect): number {
  return x.orb - y.orb || `${x.a}|${x.b}|${x.kind}`.localeCompare(`${y.a}|${y.b}|${y.kind}`);
}

/**
 * Sorts by {@link byTightness} in place. A chart has a few dozen aspects, mostly found in no
 * particular order: insertion sort does that in a fraction of the time of Array.prototype.sort
 * with a comparator, and since the order is total the result is the same.
 */
function sortByTightness(aspects: Aspect[]): Aspect[] {
  for (let i = 1; i < aspects.length; i++) {
    const x = aspects[i]!;
    let j = i - 1;
    while (j >= 0 && byTightness(aspects[j]!, x) > 0) {
      aspects[j + 1] = aspects[j]!;
      j--;
    }
    aspects[j + 1] = x;
  }
  return aspects;
}

/**
 * Aspects within one chart: each unordered pair of distinct points at most once (its tightest
 * aspect), sorted by orb, tightest first. Throws `invalid_input` if a point id repeats.
 *
 * @example
 * findAspects([
 *   { id: 'sun', lon: 10, speed: 1 },
 *   { id: 'mars', lon: 100.5, speed: 0.6 },
 *   { id: 'asc', lon: 190 },
 * ]); // sun square mars (orb 0.5), sun opposition asc (orb 0)
 */
export function findAspects(points: readonly AspectPoint[], options: AspectOptions = {}): Aspect[] {
  assertUnique(points, 'points');
  const search = prepareSearch(points, options);
  const found: Aspect[] = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const aspect = bestAspect(search, i, search, j);
      if (aspect) found.push(aspect);
    }
  }
  return sortByTightness(found);
}

/**
 * Aspects between two charts (synastry, or transits to a natal chart): every point of `pointsA`
 * against every point of `pointsB`, including the same body in both. `a` is always from the first
 * set. Sorted by orb, tightest first.
 *
 * @example
 * findInterAspects([{ id: 'venus', lon: 120, speed: 1.2 }], [{ id: 'venus', lon: 1, speed: 1 }]);
 * // venus trine venus, orb 1
 */
export function findInterAspects(
  pointsA: readonly AspectPoint[],
  pointsB: readonly AspectPoint[],
  options: AspectOptions = {},
): Aspect[] {
  assertUnique(pointsA, 'pointsA');
  assertUnique(pointsB, 'pointsB');
  const searchA = prepareSearch(pointsA, options);
  const searchB = prepareSearch(pointsB, options);
  const found: Aspect[] = [];
  for (let i = 0; i < pointsA.length; i++) {
    for (let j = 0; j < pointsB.length; j++) {
      const aspect = bestAspect(searchA, i, searchB, j);
      if (aspect) found.push(aspect);
    }
  }
  return sortByTightness(found);
}
