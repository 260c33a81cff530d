import { describe, expect, it } from 'vitest';
import { ASPECT_PAIR_KEYS, pairKey } from './pair-key';
import { CORPUS_BODIES, CORPUS_PLANETS } from './types';

describe('pairKey', () => {
  it('orders two bodies as in BODIES whichever comes first', () => {
    expect(pairKey('moon', 'sun')).toBe('sun_moon');
    expect(pairKey('sun', 'moon')).toBe('sun_moon');
    expect(pairKey('chiron', 'true_node')).toBe('true_node_chiron');
  });

  it('puts the planet before the angle', () => {
    expect(pairKey('asc', 'venus')).toBe('venus_asc');
    expect(pairKey('pluto', 'mc')).toBe('pluto_mc');
  });

  it('has no key for a point with itself, two angles, or the node or Chiron with an angle', () => {
    expect(pairKey('sun', 'sun')).toBeUndefined();
    expect(pairKey('asc', 'mc')).toBeUndefined();
    expect(pairKey('true_node', 'asc')).toBeUndefined();
    expect(pairKey('mc', 'chiron')).toBeUndefined();
  });

  it('lists every unordered body pair and every planet-angle pair exactly once', () => {
    const n = CORPUS_BODIES.length;
    expect(ASPECT_PAIR_KEYS).toHaveLength((n * (n - 1)) / 2 + CORPUS_PLANETS.length * 2);
    expect(new Set(ASPECT_PAIR_KEYS).size).toBe(ASPECT_PAIR_KEYS.length);
    for (const a of CORPUS_BODIES) {
      for (const b of CORPUS_BODIES) {
        if (a !== b) expect(ASPECT_PAIR_KEYS).toContain(pairKey(a, b));
      }
    }
  });
});
