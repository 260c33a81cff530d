import {
  CORPUS_ANGLES,
  CORPUS_BODIES,
  CORPUS_PLANETS,
  type CorpusAngle,
  type CorpusBody,
  type PairKey,
} from './types';

/** A point the aspect table can name: a corpus body or one of the two angles. */
export type CorpusPoint = CorpusBody | CorpusAngle;

const ORDER: readonly CorpusPoint[] = [...CORPUS_BODIES, ...CORPUS_ANGLES];

function buildPairKeys(): readonly PairKey[] {
  const keys: string[] = [];
  CORPUS_BODIES.forEach((first, i) => {
    for (const second of CORPUS_BODIES.slice(i + 1)) keys.push(`${first}_${second}`);
    if ((CORPUS_PLANETS as readonly string[]).includes(first)) {
      for (const angle of CORPUS_ANGLES) keys.push(`${first}_${angle}`);
    }
  });
  return keys as PairKey[];
}

/** Every key of `Corpus['aspect']`, in table order: 66 body pairs and 20 planet–angle pairs. */
export const ASPECT_PAIR_KEYS: readonly PairKey[] = buildPairKeys();

const KEY_SET: ReadonlySet<string> = new Set(ASPECT_PAIR_KEYS);

/**
 * The aspect-table key for two points in either order, or `undefined` when the corpus has no text
 * for that pair (a point with itself, the two angles, or the node or Chiron with an angle).
 *
 * @example
 * pairKey('moon', 'sun'); // 'sun_moon'
 * pairKey('asc', 'venus'); // 'venus_asc'
 * pairKey('chiron', 'mc'); // undefined
 */
export function pairKey(a: CorpusPoint, b: CorpusPoint): PairKey | undefined {
  const [first, second] = ORDER.indexOf(a) <= ORDER.indexOf(b) ? [a, b] : [b, a];
  const key = `${first}_${second}`;
  return KEY_SET.has(key) ? (key as PairKey) : undefined;
}
