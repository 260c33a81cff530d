import { describe, expect, it } from 'vitest';
import { signedDiffDeg } from '../angles';
import { computeHouses } from './compute-houses';
import { toSiderealHouses } from './sidereal';

describe('toSiderealHouses', () => {
  const input = { armc: 250, trueObliquity: 23.44, latitude: 28.6 };

  it('subtracts the ayanamsa from every longitude but keeps the ARMC', () => {
    const tropical = computeHouses({ ...input, system: 'placidus' });
    const sidereal = toSiderealHouses(tropical, 24.1);
    tropical.cusps.forEach((cusp, i) => {
      expect(signedDiffDeg(sidereal.cusps[i] ?? Number.NaN, cusp)).toBeCloseTo(24.1, 9);
    });
    expect(signedDiffDeg(sidereal.asc, tropical.asc)).toBeCloseTo(24.1, 9);
    expect(sidereal.armc).toBe(tropical.armc);
  });

  it('rebuilds whole signs from the sidereal Ascendant sign', () => {
    const sidereal = toSiderealHouses(computeHouses({ ...input, system: 'whole_sign' }), 24.1);
    expect(sidereal.cusps[0]).toBe(Math.floor(sidereal.asc / 30) * 30);
    sidereal.cusps.forEach((cusp) => expect(cusp % 30).toBe(0));
  });
});
