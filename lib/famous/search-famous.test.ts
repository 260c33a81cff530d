import { describe, expect, it } from 'vitest';
import { getFamous } from './get-famous';
import { searchFamous } from './search-famous';

const names = (query: string) => searchFamous(query).map((person) => person.name);

describe('searchFamous', () => {
  it('ignores accents and case', () => {
    expect(names('dali')).toContain('Salvador Dalí');
    expect(names('EDITH PIAF')).toEqual(['Édith Piaf']);
    expect(names('bjork')).toEqual(['Björk']);
    expect(names('Świątek')).toEqual(names('swiatek'));
  });

  it('matches word prefixes in any order, names starting with the query first', () => {
    expect(names('marq gabr')).toEqual(['Gabriel García Márquez']);
    const alberts = names('albert');
    expect(alberts[0]).toBe('Albert Camus');
    expect(alberts).toContain('Albert Einstein');
    const johns = names('john');
    expect(johns.indexOf('John Lennon')).toBeGreaterThanOrEqual(0);
    expect(johns.indexOf('John Lennon')).toBeLessThan(johns.indexOf('Elton John'));
  });

  it('does not match inside a word', () => {
    expect(names('instein')).toEqual([]);
  });

  it('returns nothing for an empty query and honours the limit', () => {
    expect(searchFamous('  ')).toEqual([]);
    expect(searchFamous('a', { limit: 3 })).toHaveLength(3);
  });
});

describe('getFamous', () => {
  it('finds a person by id and returns null for an unknown id', () => {
    expect(getFamous('albert-einstein')?.birthDate).toBe('1879-03-14');
    expect(getFamous('nobody')).toBeNull();
  });
});
