import { describe, expect, it } from 'vitest';
import { searchPlaces } from './search-places';

const LISBON = 2267057;
const LONDON = 2643743;
const NEW_YORK_CITY = 5128581;
const WARSAW = 756135;
const VIENNA = 2761369;

describe('searchPlaces: localized names of major cities (CLDR exemplar cities)', () => {
  it.each([
    ['Lisboa', 'pt', LISBON, 'Lisboa'],
    ['Londres', 'es', LONDON, 'Londres'],
    ['Londres', 'fr', LONDON, 'Londres'],
    ['Nueva York', 'es', NEW_YORK_CITY, 'Nueva York'],
    ['nueva y', 'es', NEW_YORK_CITY, 'Nueva York'],
    ['Varsovie', 'fr', WARSAW, 'Varsovie'],
    ['Wien', 'de', VIENNA, 'Wien'],
  ])('%s (%s) finds the place first, named in that language', (query, locale, id, name) => {
    const [first] = searchPlaces(query, { locale });
    expect(first).toMatchObject({ id, name });
    expect(first?.label.startsWith(`${name}, `)).toBe(true);
  });

  it('returns the canonical place: same id, coordinates and zone as under its own name', () => {
    const [byLocalName] = searchPlaces('Lisboa', { locale: 'pt' });
    const [byOwnName] = searchPlaces('Lisbon', { locale: 'pt' });
    expect(byLocalName).toMatchObject({
      id: LISBON,
      lat: byOwnName?.lat,
      lon: byOwnName?.lon,
      timeZone: 'Europe/Lisbon',
      countryName: 'Portugal',
      label: 'Lisboa, Lisbon, Portugal',
    });
    expect(byOwnName).toMatchObject({ id: LISBON, name: 'Lisbon' });
  });

  it('finds a localized name in any locale, shown in the searching one', () => {
    expect(searchPlaces('Varsovie', { locale: 'de' })[0]).toMatchObject({
      id: WARSAW,
      name: 'Warschau',
    });
    expect(searchPlaces('Londres')[0]).toMatchObject({ id: LONDON, name: 'London' });
  });

  it('leaves queries by GeoNames names as they were', () => {
    expect(searchPlaces('new york', { locale: 'es' })[0]).toMatchObject({
      id: NEW_YORK_CITY,
      name: 'New York City',
    });
    expect(searchPlaces('london', { locale: 'fr' })[0]).toMatchObject({
      id: LONDON,
      name: 'London',
    });
  });
});
