import { describe, expect, it } from 'vitest';
import { grantsAllow, isRoomGrant } from './grants';

describe('isRoomGrant', () => {
  it('accepts rooms and colon-terminated prefixes', () => {
    for (const grant of ['admin', 'user:u1', 'batch:*', 'reading:*', 'reading:abc:*']) {
      expect(isRoomGrant(grant)).toBe(true);
    }
  });

  it('rejects wildcards that are not a whole segment or cover everything', () => {
    for (const grant of ['*', 'user:u*', 'admin:*', 'reading:abc:e*', 'team:*', 'user:**']) {
      expect(isRoomGrant(grant)).toBe(false);
    }
  });
});

describe('grantsAllow', () => {
  it('matches exact rooms only when no prefix is granted', () => {
    expect(grantsAllow(['user:1'], 'user:1')).toBe(true);
    expect(grantsAllow(['user:1'], 'user:12')).toBe(false);
    expect(grantsAllow([], 'admin')).toBe(false);
  });

  it('matches a prefix on segment boundaries', () => {
    expect(grantsAllow(['reading:abc:*'], 'reading:abc:en')).toBe(true);
    expect(grantsAllow(['reading:abc:*'], 'reading:abcd:en')).toBe(false);
    expect(grantsAllow(['batch:*'], 'batch:9')).toBe(true);
    expect(grantsAllow(['batch:*'], 'user:9')).toBe(false);
  });
});
