import { describe, expect, it } from 'vitest';
import { allowedOrb, pointAllowance } from './orbs';

describe('orbs', () => {
  it('scales the base orb by the point factor and takes the larger allowance of a pair', () => {
    expect(pointAllowance('mars', 'trine')).toBe(10);
    expect(pointAllowance('moon', 'trine')).toBeCloseTo(12, 12);
    expect(pointAllowance('mean_node', 'conjunction')).toBe(5);
    expect(allowedOrb('mean_node', 'moon', 'conjunction')).toBeCloseTo(12, 12);
    expect(allowedOrb('mean_node', 'chiron', 'sextile')).toBeCloseTo(3.6, 12);
    expect(allowedOrb('venus', 'mars', 'quincunx')).toBe(3);
    expect(allowedOrb('venus', 'mars', 'semi_square')).toBe(2);
  });

  it('lets an absolute point orb win over base × factor, for that aspect only', () => {
    const options = { pointOrbs: { sun: { conjunction: 15 } }, pointFactors: { sun: 2 } };
    expect(pointAllowance('sun', 'conjunction', options)).toBe(15);
    expect(pointAllowance('sun', 'square', options)).toBe(20);
  });
});
