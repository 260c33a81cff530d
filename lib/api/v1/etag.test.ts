import { describe, expect, it } from 'vitest';
import { chartEtag, matchesIfNoneMatch } from './etag';

describe('chartEtag', () => {
  it('is a strong quoted tag that changes with the engine and the selection', () => {
    const base = chartEtag('abc12345', '1.0.0', null);
    expect(base).toMatch(/^"abc12345-[A-Za-z0-9_-]{12}"$/);
    expect(chartEtag('abc12345', '1.0.0', null)).toBe(base);
    expect(chartEtag('abc12345', '1.0.1', null)).not.toBe(base);
    expect(chartEtag('abc12345', '1.0.0', 'hash')).not.toBe(base);
  });
});

describe('matchesIfNoneMatch', () => {
  const etag = '"abc-1"';
  it.each([
    ['"abc-1"', true],
    ['W/"abc-1"', true],
    ['"x", "abc-1"', true],
    ['*', true],
    ['"abc-2"', false],
    ['abc-1', false],
    ['', false],
  ])('%j → %s', (header, expected) => {
    expect(matchesIfNoneMatch(header, etag)).toBe(expected);
  });

  it('is false without the header', () => {
    expect(matchesIfNoneMatch(null, etag)).toBe(false);
  });
});
