import { describe, expect, it } from 'vitest';
import { SIGNS } from '../types';
import { dignityOf } from './dignities';
import { rulerOf, signsRuledBy } from './rulerships';
import { elementOf, modalityOf, signAt } from './zodiac';

describe('sign tables', () => {
  it('gives each element three signs a trine apart and each modality four a square apart', () => {
    expect(SIGNS.filter((s) => elementOf(s) === 'water')).toEqual(['cancer', 'scorpio', 'pisces']);
    expect(SIGNS.filter((s) => elementOf(s) === 'air')).toEqual(['gemini', 'libra', 'aquarius']);
    expect(SIGNS.filter((s) => modalityOf(s) === 'fixed')).toEqual([
      'taurus',
      'leo',
      'scorpio',
      'aquarius',
    ]);
    expect(signAt(359.99)).toBe('pisces');
  });

  it('has modern and traditional rulers that differ only for the three outer-ruled signs', () => {
    const differing = SIGNS.filter((s) => rulerOf(s, 'modern') !== rulerOf(s, 'traditional'));
    expect(differing).toEqual(['scorpio', 'aquarius', 'pisces']);
    expect(signsRuledBy('saturn', 'traditional')).toEqual(['capricorn', 'aquarius']);
    expect(signsRuledBy('saturn')).toEqual(['capricorn']);
    expect(signsRuledBy('mean_node')).toEqual([]);
  });
});

describe('dignityOf', () => {
  it.each([
    ['sun', 'leo', 'modern', 'domicile'],
    ['sun', 'aquarius', 'modern', 'detriment'],
    ['sun', 'aries', 'modern', 'exaltation'],
    ['sun', 'libra', 'modern', 'fall'],
    ['moon', 'capricorn', 'modern', 'detriment'],
    ['moon', 'scorpio', 'modern', 'fall'],
    ['mercury', 'virgo', 'modern', 'domicile'],
    ['mercury', 'pisces', 'modern', 'detriment'],
    ['venus', 'aries', 'modern', 'detriment'],
    ['venus', 'virgo', 'modern', 'fall'],
    ['mars', 'capricorn', 'modern', 'exaltation'],
    ['mars', 'cancer', 'modern', 'fall'],
    ['mars', 'taurus', 'modern', undefined],
    ['mars', 'taurus', 'traditional', 'detriment'],
    ['jupiter', 'capricorn', 'modern', 'fall'],
    ['jupiter', 'virgo', 'traditional', 'detriment'],
    ['saturn', 'aries', 'modern', 'fall'],
    ['saturn', 'leo', 'traditional', 'detriment'],
    ['pluto', 'taurus', 'modern', 'detriment'],
    ['pluto', 'taurus', 'traditional', undefined],
    ['chiron', 'aries', 'modern', undefined],
  ] as const)('%s in %s (%s): %s', (body, sign, scheme, dignity) => {
    expect(dignityOf(body, sign, scheme)).toBe(dignity);
  });
});
