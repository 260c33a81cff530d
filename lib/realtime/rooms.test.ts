import { describe, expect, it } from 'vitest';
import { adminRoom, batchRoom, isRoomName, readingRoom, userRoom } from './rooms';

describe('room builders', () => {
  it('build the documented names', () => {
    expect(readingRoom('3f9a0c', 'en')).toBe('reading:3f9a0c:en');
    expect(readingRoom('3f9a0c', 'pt-BR')).toBe('reading:3f9a0c:pt-BR');
    expect(batchRoom('b_42')).toBe('batch:b_42');
    expect(userRoom('0d6c8f5e-7b1a-4c1e-9a57-2f1f0e7a9b3c')).toBe(
      'user:0d6c8f5e-7b1a-4c1e-9a57-2f1f0e7a9b3c',
    );
    expect(adminRoom()).toBe('admin');
  });

  it('refuse segments that could smuggle a separator or another room', () => {
    expect(() => userRoom('a:b')).toThrow(RangeError);
    expect(() => userRoom('')).toThrow(RangeError);
    expect(() => userRoom('x'.repeat(65))).toThrow(RangeError);
    expect(() => batchRoom('a b')).toThrow(RangeError);
    expect(() => readingRoom('abc', 'EN')).toThrow(RangeError);
    expect(() => readingRoom('abc', 'en:x')).toThrow(RangeError);
    expect(() => readingRoom('ab/c', 'en')).toThrow(RangeError);
    expect(() => readingRoom('é', 'en')).toThrow(RangeError);
  });
});

describe('isRoomName', () => {
  it('accepts every builder output', () => {
    for (const room of [readingRoom('h', 'de'), batchRoom('1'), userRoom('u'), adminRoom()]) {
      expect(isRoomName(room)).toBe(true);
    }
  });

  it('rejects unknown kinds, extra segments, prefixes and non-strings', () => {
    for (const value of [
      'admin:x',
      'admins',
      'user:',
      'user:a:b',
      'reading:abc',
      'reading:abc:en:x',
      'batch:*',
      'team:1',
      ' user:1',
      'user:1\n',
      `reading:${'h'.repeat(129)}:en`,
      42,
      null,
    ]) {
      expect(isRoomName(value)).toBe(false);
    }
  });
});
