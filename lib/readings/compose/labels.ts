/**
 * Highlight labels made only of corpus names and a neutral separator, so they read in any locale
 * without glue words.
 */
import type { PointId } from '@/lib/astro/aspects';
import type { Sign } from '@/lib/astro/types';
import type { Corpus, CorpusPoint, HouseNumber } from '@/lib/readings/corpus';
import { isAngle, isCorpusPoint } from './points';

export const LABEL_SEPARATOR = ' · ';
/** The astronomical sign for retrograde motion, shared by every language. */
export const RETROGRADE_MARK = '℞';

/** Display name of a point, or undefined for one the corpus does not name (Lilith, mean node). */
export function pointName(corpus: Corpus, point: PointId): string | undefined {
  if (!isCorpusPoint(point)) return undefined;
  return isAngle(point) ? corpus.names.angles[point] : corpus.names.bodies[point];
}

export function isHouse(house: number): house is HouseNumber {
  return Number.isInteger(house) && house >= 1 && house <= 12;
}

/** Joins the parts that have a name, e.g. "Mars · Aries · 10th House". */
export function joinLabel(parts: readonly (string | undefined)[]): string {
  return parts.filter((p): p is string => p !== undefined && p !== '').join(LABEL_SEPARATOR);
}

/** The lunar node moves backwards most of the time, so marking it retrograde would tell nothing. */
const ALWAYS_BACKWARDS: ReadonlySet<CorpusPoint> = new Set(['true_node']);

/**
 * "Venus ℞ · Leo · 5th House" for a placement.
 *
 * @example
 * placementLabel(en, 'venus', 'leo', 5, true); // 'Venus ℞ · Leo · 5th House'
 */
export function placementLabel(
  corpus: Corpus,
  point: CorpusPoint,
  sign: Sign,
  house: number | null,
  retrograde: boolean,
): string {
  const name = pointName(corpus, point);
  return joinLabel([
    retrograde && name && !ALWAYS_BACKWARDS.has(point) ? `${name} ${RETROGRADE_MARK}` : name,
    corpus.names.signs[sign],
    house !== null && isHouse(house) ? corpus.names.houses[house] : undefined,
  ]);
}

/** The names of a pattern's members, in the pattern's order. */
export function memberNames(corpus: Corpus, members: readonly PointId[]): (string | undefined)[] {
  return members.map((m) => pointName(corpus, m));
}
