import { describe, expect, it } from 'vitest';
import { getGazetteer } from './gazetteer';

describe('gazetteer data', () => {
  const gazetteer = getGazetteer();

  it('holds the GeoNames cities of 1000+ inhabitants with unique ids', () => {
    expect(gazetteer.size).toBeGreaterThan(130_000);
    expect(gazetteer.rowById.size).toBe(gazetteer.size);
  });

  it('decodes coordinates within range everywhere', () => {
    for (let row = 0; row < gazetteer.size; row += 1) {
      const lat = gazetteer.lats[row] ?? Number.NaN;
      const lon = gazetteer.lons[row] ?? Number.NaN;
      if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180))
        throw new Error(`row ${row}: ${lat}, ${lon}`);
    }
  });

  it('places known cities where they are', () => {
    const tokyo = gazetteer.rowById.get(1850147) ?? -1;
    expect(gazetteer.names[tokyo]).toBe('Tokyo');
    expect(gazetteer.countryCodes[tokyo]).toBe('JP');
    expect(gazetteer.lats[tokyo]).toBeCloseTo(35.69, 1);
    expect(gazetteer.lons[tokyo]).toBeCloseTo(139.69, 1);
  });

  it('names most admin1 regions', () => {
    let named = 0;
    for (let row = 0; row < gazetteer.size; row += 1) {
      const key = `${gazetteer.countryCodes[row]}.${gazetteer.admin1Codes[row]}`;
      if (gazetteer.admin1Names.has(key)) named += 1;
    }
    expect(named / gazetteer.size).toBeGreaterThan(0.99);
  });
});
