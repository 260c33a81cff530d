import { describe, expect, it } from 'vitest';
import { scoreBand } from './score-band';

describe('scoreBand', () => {
  it('reads the neutral middle as balanced', () => {
    expect(scoreBand(50)).toBe('balanced');
    expect(scoreBand(45)).toBe('balanced');
    expect(scoreBand(54.9)).toBe('balanced');
  });

  it('reads scores above neutral as harmony and below as tension, stronger further out', () => {
    expect(scoreBand(60)).toBe('harmonious');
    expect(scoreBand(90)).toBe('veryHarmonious');
    expect(scoreBand(40)).toBe('tense');
    expect(scoreBand(10)).toBe('veryTense');
  });

  it('covers the whole 0–100 range', () => {
    expect(scoreBand(0)).toBe('veryTense');
    expect(scoreBand(100)).toBe('veryHarmonious');
  });

  it('never reads a higher score as more tense than a lower one', () => {
    const order = ['veryTense', 'tense', 'balanced', 'harmonious', 'veryHarmonious'];
    let previous = 0;
    for (let score = 0; score <= 100; score += 0.5) {
      const rank = order.indexOf(scoreBand(score));
      expect(rank).toBeGreaterThanOrEqual(previous);
      previous = rank;
    }
  });
});
