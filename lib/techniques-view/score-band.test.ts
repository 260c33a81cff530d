import { describe, expect, it } from 'vitest';
import { SCORE_BANDS, scoreBand } from './score-band';

describe('scoreBand', () => {
  it('reads the typical middle as balanced', () => {
    expect([45, 50, 55].map(scoreBand)).toEqual(['balanced', 'balanced', 'balanced']);
  });

  it('covers the whole 0–100 range from challenging to very harmonious', () => {
    expect(scoreBand(0)).toBe('challenging');
    expect(scoreBand(100)).toBe('veryHarmonious');
  });

  it('never reads a higher score as more tense than a lower one', () => {
    let previous = 0;
    for (let score = 0; score <= 100; score += 0.5) {
      const rank = SCORE_BANDS.indexOf(scoreBand(score));
      expect(rank).toBeGreaterThanOrEqual(previous);
      previous = rank;
    }
  });
});
