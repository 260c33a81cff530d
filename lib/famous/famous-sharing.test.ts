import { describe, expect, it } from 'vitest';
import { famousDataset } from './dataset';
import { famousSharing } from './famous-sharing';
import { famousSigns } from './famous-signs';

describe('famousSharing', () => {
  it('puts those sharing all three placements first', () => {
    const matches = famousSharing(
      { sunSign: 'pisces', moonSign: 'sagittarius', ascSign: 'cancer' },
      { limit: 100 },
    );
    expect(matches[0]?.person.id).toBe('albert-einstein');
    expect(matches[0]?.shared).toEqual(['sun', 'moon', 'asc']);
    const counts = matches.map((match) => match.shared.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('returns only people who really share the asked placements', () => {
    const matches = famousSharing({ sunSign: 'leo', ascSign: 'virgo' }, { limit: 100 });
    expect(matches.length).toBeGreaterThan(0);
    for (const { person, shared } of matches) {
      const signs = famousSigns(person);
      expect(shared.includes('sun')).toBe(signs.sun === 'leo');
      expect(shared.includes('asc')).toBe(signs.asc === 'virgo');
      expect(shared).not.toContain('moon');
    }
  });

  it('finds everyone with the Sun sign in a category', () => {
    const scientists = famousDataset().people.filter((p) => p.categories.includes('science'));
    const expected = scientists.filter((p) => famousSigns(p).sun === 'aries').map((p) => p.id);
    const found = famousSharing({ sunSign: 'aries' }, { category: 'science', limit: 100 });
    expect(found.map((match) => match.person.id).sort()).toEqual([...expected].sort());
  });

  it('never matches an unknown-time person on the Ascendant', () => {
    for (const sign of ['aries', 'cancer', 'libra', 'capricorn'] as const) {
      for (const { person } of famousSharing({ ascSign: sign }, { limit: 100 })) {
        expect(person.birthTime).not.toBeNull();
      }
    }
  });

  it('leaves out the excluded person and honours the limit', () => {
    const query = { sunSign: 'pisces' as const, moonSign: 'sagittarius' as const };
    const matches = famousSharing(query, { excludeId: 'albert-einstein', limit: 3 });
    expect(matches).toHaveLength(3);
    expect(matches.map((match) => match.person.id)).not.toContain('albert-einstein');
  });

  it('matches no one when asked about no placement', () => {
    expect(famousSharing({})).toEqual([]);
  });
});
