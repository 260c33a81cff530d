import type { Aspect, PointId } from '@/lib/astro/aspects';
import {
  ASPECT_KIND_KEYS,
  CORPUS_ANGLES,
  CORPUS_BODIES,
  pairKey,
  type AspectKindKey,
  type AspectTexts,
  type CorpusAngle,
  type CorpusPoint,
  type PairKey,
} from '@/lib/readings/corpus';

const CORPUS_POINTS: ReadonlySet<string> = new Set([...CORPUS_BODIES, ...CORPUS_ANGLES]);
const KIND_KEYS: ReadonlySet<string> = new Set(ASPECT_KIND_KEYS);

export function isCorpusPoint(id: PointId): id is CorpusPoint {
  return CORPUS_POINTS.has(id);
}

export function isAngle(id: PointId): id is CorpusAngle {
  return id === 'asc' || id === 'mc';
}

/** An aspect the corpus can voice: both points have texts and the kind has a reading. */
export interface VoicedAspect {
  a: CorpusPoint;
  b: CorpusPoint;
  kind: AspectKindKey;
  key: PairKey;
  orb: number;
  exactness: number;
  source: Aspect;
}

/**
 * The aspect as the corpus names it, or undefined for points or kinds the corpus does not write
 * about (Lilith, the mean node, the minor aspects other than the quincunx, two angles).
 *
 * @example
 * voiced(sunSquareMoon)?.key; // 'sun_moon'
 */
export function voiced(aspect: Aspect): VoicedAspect | undefined {
  const { a, b, kind } = aspect;
  if (!isCorpusPoint(a) || !isCorpusPoint(b) || !KIND_KEYS.has(kind)) return undefined;
  const key = pairKey(a, b);
  if (!key) return undefined;
  const [first, second] = key.startsWith(`${a}_`) ? [a, b] : [b, a];
  return {
    a: first,
    b: second,
    kind: kind as AspectKindKey,
    key,
    orb: aspect.orb,
    exactness: aspect.exactness,
    source: aspect,
  };
}

/** The pair text that fits an aspect kind: trine and sextile are harmonious, the rest challenging. */
export function toneOf(kind: AspectKindKey): keyof AspectTexts {
  if (kind === 'conjunction') return 'conjunction';
  return kind === 'trine' || kind === 'sextile' ? 'harmonious' : 'challenging';
}
