import { describe, expect, it } from 'vitest';
import people from './data/people.json';
import { FamousCursorError, listFamous } from './list-famous';

describe('listFamous', () => {
  it('pages through everyone exactly once, in name order', () => {
    const seen: string[] = [];
    const names: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = listFamous({ limit: 50, ...(cursor ? { cursor } : {}) });
      seen.push(...page.people.map((person) => person.id));
      names.push(...page.people.map((person) => person.name));
      if (page.nextCursor === null) break;
      cursor = page.nextCursor;
    }
    expect([...seen].sort()).toEqual(people.map((person) => person.id).sort());
    const collator = new Intl.Collator('en', { sensitivity: 'base' });
    for (let i = 1; i < names.length; i += 1) {
      expect(collator.compare(names[i - 1] ?? '', names[i] ?? '')).toBeLessThanOrEqual(0);
    }
  });

  it('filters by category and pages within it', () => {
    const first = listFamous({ category: 'sport', limit: 10 });
    expect(first.people).toHaveLength(10);
    expect(first.people.every((person) => person.categories.includes('sport'))).toBe(true);
    const second = listFamous({ category: 'sport', limit: 10, cursor: first.nextCursor ?? '' });
    expect(second.people[0]?.id).not.toBe(first.people[9]?.id);
    expect(second.people.every((person) => person.categories.includes('sport'))).toBe(true);
  });

  it('clamps the page size', () => {
    expect(listFamous({ limit: 1000 }).people).toHaveLength(100);
    expect(listFamous({ limit: 0 }).people).toHaveLength(1);
  });

  it('rejects a cursor it never handed out, or one from another category', () => {
    expect(() => listFamous({ limit: 10, cursor: 'nobody' })).toThrow(FamousCursorError);
    expect(() => listFamous({ category: 'sport', limit: 10, cursor: 'albert-einstein' })).toThrow(
      FamousCursorError,
    );
  });
});
