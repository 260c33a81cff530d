import { describe, expect, it } from 'vitest';
import { computeHouses } from './compute-houses';
import { cuspsFrom } from './cusps';
import { houseOf } from './house-of';

describe('houseOf', () => {
  const whole = cuspsFrom((i) => (90 + 30 * i) % 360);

  it('finds the house whose cusp a longitude passed last, across 0°', () => {
    expect(houseOf(95, whole)).toBe(1);
    expect(houseOf(90, whole)).toBe(1);
    expect(houseOf(89.999, whole)).toBe(12);
    expect(houseOf(0, whole)).toBe(10);
    expect(houseOf(359.9, whole)).toBe(9);
    expect(houseOf(-1, whole)).toBe(9);
  });

  it('puts the angles in houses 1, 4, 7 and 10 of a Placidus chart', () => {
    const h = computeHouses({ armc: 31.07, trueObliquity: 23.44, latitude: -46.73 });
    expect(houseOf(h.asc + 1e-9, h.cusps)).toBe(1);
    expect(houseOf(h.mc + 1e-9, h.cusps)).toBe(10);
    expect(houseOf(h.asc + 180 + 1e-9, h.cusps)).toBe(7);
    expect(houseOf(h.asc - 1e-6, h.cusps)).toBe(12);
  });

  it('follows clockwise cusps of a turned polar chart', () => {
    const clockwise = cuspsFrom((i) => (360 + 200 - 30 * i) % 360);
    expect(houseOf(190, clockwise)).toBe(1);
    expect(houseOf(165, clockwise)).toBe(2);
    expect(houseOf(205, clockwise)).toBe(12);
  });
});
