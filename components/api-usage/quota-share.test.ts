import { describe, expect, it } from 'vitest';
import { quotaShare } from './quota-share';

describe('quotaShare', () => {
  it('is 0 with nothing used and 100 at or past the quota', () => {
    expect(quotaShare(0, 1000)).toBe(0);
    expect(quotaShare(1000, 1000)).toBe(100);
    expect(quotaShare(5000, 1000)).toBe(100);
  });

  it('never shows a used quota as 0 % or a nearly spent one as 100 %', () => {
    expect(quotaShare(1, 1_000_000)).toBe(1);
    expect(quotaShare(999, 1000)).toBe(99);
    expect(quotaShare(250, 1000)).toBe(25);
  });
});
