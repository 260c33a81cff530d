import { describe, expect, it } from 'vitest';
import { searchPlaces } from './search-places';

const PARIS_FR = 2988507;
const ZURICH = 2657896;
const SAO_PAULO = 3448439;

describe('searchPlaces: matching', () => {
  it('ignores accents and case', () => {
    for (const query of ['Zürich', 'zurich', 'ZURICH', 'zür']) {
      expect(searchPlaces(query)[0]?.id).toBe(ZURICH);
    }
    for (const query of ['São Paulo', 'sao paulo', 'SAO PAU']) {
      expect(searchPlaces(query)[0]).toMatchObject({ id: SAO_PAULO, countryCode: 'BR' });
    }
  });

  it('matches word prefixes across the name', () => {
    const [first] = searchPlaces('new y');
    expect(first).toMatchObject({
      name: 'New York City',
      countryCode: 'US',
      timeZone: 'America/New_York',
    });
    expect(searchPlaces('angeles')[0]).toMatchObject({ name: 'Los Angeles', admin1: 'California' });
  });

  it('ranks an exact name above a bigger place that only contains the word', () => {
    const results = searchPlaces('york');
    expect(results[0]).toMatchObject({ name: 'York', countryCode: 'GB' });
    expect(results.some((place) => place.name === 'New York City')).toBe(true);
  });

  it('ranks places of the same name by population', () => {
    const exact = searchPlaces('springfield', { limit: 50 }).filter(
      (p) => p.name === 'Springfield',
    );
    expect(exact.length).toBeGreaterThan(5);
    const populations = exact.map((place) => place.population);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
  });

  it('returns each place once and at most the limit', () => {
    const results = searchPlaces('s', { limit: 50 });
    expect(results).toHaveLength(50);
    expect(new Set(results.map((place) => place.id)).size).toBe(50);
    expect(searchPlaces('s')).toHaveLength(10);
    expect(searchPlaces('s', { limit: 500 })).toHaveLength(50);
    expect(searchPlaces('s', { limit: 0 })).toHaveLength(1);
    expect(searchPlaces('s', { limit: Number.NaN })).toHaveLength(10);
  });

  it('returns nothing for blank or unknown names', () => {
    expect(searchPlaces('')).toEqual([]);
    expect(searchPlaces(' - , FR')).toEqual([]);
    expect(searchPlaces('xqzxqzq')).toEqual([]);
  });
});

describe('searchPlaces: comma qualifiers and options', () => {
  it('filters by country code or country name', () => {
    for (const query of ['Paris, FR', 'paris, france', 'Paris,Fra']) {
      const results = searchPlaces(query);
      expect(results[0]?.id).toBe(PARIS_FR);
      expect(results.every((place) => place.countryCode === 'FR')).toBe(true);
    }
  });

  it('tells Springfield, Illinois from Springfield, Missouri', () => {
    for (const query of ['Springfield, Illinois', 'Springfield, IL', 'springfield, ill']) {
      const results = searchPlaces(query);
      expect(results.length).toBeGreaterThan(0);
      expect(results.every((place) => place.admin1 === 'Illinois')).toBe(true);
      expect(results[0]).toMatchObject({ name: 'Springfield', timeZone: 'America/Chicago' });
    }
    expect(searchPlaces('Springfield, Missouri')[0]?.admin1).toBe('Missouri');
  });

  it('filters by country with "Springfield, US" and with several qualifiers', () => {
    const results = searchPlaces('Springfield, US', { limit: 20 });
    expect(results.every((place) => place.countryCode === 'US')).toBe(true);
    const states = new Set(results.map((place) => place.admin1));
    expect(states).toContain('Illinois');
    expect(states).toContain('Missouri');
    expect(searchPlaces('Springfield, Illinois, US')[0]?.admin1).toBe('Illinois');
    expect(searchPlaces('Springfield, Illinois, France')).toEqual([]);
  });

  it('understands a region of another country and common aliases', () => {
    expect(searchPlaces('London, Ontario')[0]).toMatchObject({
      countryCode: 'CA',
      admin1: 'Ontario',
    });
    expect(searchPlaces('London, UK')[0]).toMatchObject({ countryCode: 'GB' });
    expect(searchPlaces('Paris, USA').every((place) => place.countryCode === 'US')).toBe(true);
  });

  it('returns nothing for an unknown qualifier', () => {
    expect(searchPlaces('Paris, Atlantis')).toEqual([]);
  });

  it('restricts to a country given as an option', () => {
    const results = searchPlaces('paris', { country: 'us' });
    expect(results.length).toBeGreaterThan(3);
    expect(results.every((place) => place.countryCode === 'US')).toBe(true);
  });

  it('names the country in the requested locale', () => {
    const [berlin] = searchPlaces('Berlin', { locale: 'fr' });
    expect(berlin).toMatchObject({ countryCode: 'DE', countryName: 'Allemagne' });
    expect(berlin?.label).toMatch(/^Berlin, .*Allemagne$/);
  });
});
