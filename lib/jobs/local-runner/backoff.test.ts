import { describe, expect, it } from 'vitest';
import { retryDelay } from './backoff';

const options = { baseMs: 1_000, maxMs: 60_000 };

describe('retryDelay', () => {
  it('doubles per retry between the jitter bounds', () => {
    for (const [retry, full] of [
      [1, 1_000],
      [2, 2_000],
      [3, 4_000],
      [6, 32_000],
    ] as const) {
      expect(retryDelay(retry, options, () => 0)).toBe(full / 2);
      expect(retryDelay(retry, options, () => 1)).toBe(full);
    }
  });

  it('never exceeds the ceiling, however many retries', () => {
    expect(retryDelay(40, options, () => 1)).toBe(60_000);
    expect(retryDelay(40, options, () => 0)).toBe(30_000);
  });

  it('spreads delays with real randomness', () => {
    const samples = new Set(Array.from({ length: 50 }, () => retryDelay(5, options)));
    expect(samples.size).toBeGreaterThan(1);
    for (const sample of samples) {
      expect(sample).toBeGreaterThanOrEqual(8_000);
      expect(sample).toBeLessThanOrEqual(16_000);
    }
  });
});
