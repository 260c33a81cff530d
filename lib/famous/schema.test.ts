import { describe, expect, it } from 'vitest';
import people from './data/people.json';
import { getPlace } from '../places/get-place';
import { FamousDatasetSchema, FamousPersonSchema, MIN_FAMOUS_PEOPLE } from './schema';

const einstein = {
  id: 'albert-einstein',
  name: 'Albert Einstein',
  birthDate: '1879-03-14',
  birthTime: '11:30',
  place: {
    geonameId: 2820256,
    name: 'Ulm',
    admin1: 'Baden-Wurttemberg',
    countryCode: 'DE',
    lat: 48.39841,
    lon: 9.99155,
    zone: 'Europe/Berlin',
  },
  roddenRating: 'AA',
  source: 'Birth record',
  categories: ['science'],
};

describe('famous-people dataset', () => {
  it('validates against the schema', () => {
    const result = FamousDatasetSchema.safeParse(people);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('holds at least 300 people with unique ids', () => {
    expect(people.length).toBeGreaterThanOrEqual(MIN_FAMOUS_PEOPLE);
    expect(new Set(people.map((person) => person.id)).size).toBe(people.length);
  });

  it('spans eras from before 1860 to after 2000', () => {
    const years = people.map((person) => Number(person.birthDate.slice(0, 4)));
    expect(Math.min(...years)).toBeLessThan(1860);
    expect(Math.max(...years)).toBeGreaterThan(2000);
  });

  it('stores GeoNames places as the gazetteer has them', () => {
    const resolved = people.filter((person) => person.place.geonameId !== null);
    expect(resolved.length).toBeGreaterThan(people.length * 0.9);
    for (const { place } of resolved) {
      const gazetteer = getPlace(place.geonameId ?? 0);
      expect(gazetteer?.name).toBe(place.name);
      expect(gazetteer?.countryCode).toBe(place.countryCode);
      expect(gazetteer?.timeZone).toBe(place.zone);
    }
  });
});

describe('FamousPersonSchema', () => {
  it('accepts a well-formed person', () => {
    expect(FamousPersonSchema.safeParse(einstein).success).toBe(true);
  });

  it.each([
    ['a date that is not in the calendar', { birthDate: '1900-02-29' }],
    ['an unknown zone', { place: { ...einstein.place, zone: 'Europe/Atlantis' } }],
    ['a latitude out of range', { place: { ...einstein.place, lat: 91 } }],
    ['a rating outside the scale', { roddenRating: 'AAA' }],
    ['rating X with a time', { roddenRating: 'X' }],
    ['a missing time rated other than X', { birthTime: null }],
    ['a time that is not HH:MM', { birthTime: '24:10' }],
    ['an offset without a time', { birthTime: null, roddenRating: 'X', utcOffsetMinutes: 60 }],
    ['an unknown category', { categories: ['astrology'] }],
  ])('rejects %s', (_label, change) => {
    expect(FamousPersonSchema.safeParse({ ...einstein, ...change }).success).toBe(false);
  });

  it('rejects a dataset that is too small or repeats an id', () => {
    const messages = FamousDatasetSchema.safeParse([einstein, einstein]).error?.issues.map(
      (issue) => issue.message,
    );
    expect(messages).toContain('duplicate id albert-einstein');
    expect(messages?.some((message) => message.includes(String(MIN_FAMOUS_PEOPLE)))).toBe(true);
  });
});
