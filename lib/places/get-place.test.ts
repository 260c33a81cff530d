import { describe, expect, it } from 'vitest';
import { getPlace } from './get-place';
import { searchPlaces } from './search-places';

describe('getPlace', () => {
  it('returns Paris by its GeoNames id with coordinates, region and zone', () => {
    const paris = getPlace(2988507);
    expect(paris).toMatchObject({
      name: 'Paris',
      admin1: 'Île-de-France',
      countryCode: 'FR',
      countryName: 'France',
      timeZone: 'Europe/Paris',
      label: 'Paris, Île-de-France, France',
    });
    expect(paris?.lat).toBeCloseTo(48.853, 2);
    expect(paris?.lon).toBeCloseTo(2.349, 2);
    expect(paris?.population).toBeGreaterThan(2_000_000);
  });

  it('returns what search returned for the same id', () => {
    const [found] = searchPlaces('Phoenix, Arizona');
    expect(found?.timeZone).toBe('America/Phoenix');
    expect(getPlace(found?.id ?? 0)).toEqual(found);
  });

  it('returns null for an unknown id', () => {
    expect(getPlace(-1)).toBeNull();
  });
});
