import { describe, expect, it } from 'vitest';
import { chartFromBirth } from '../astro/chart/chart-from-birth';
import { famousBirthInput } from './famous-birth-input';
import { famousSigns } from './famous-signs';
import { famousDataset } from './dataset';
import { getFamous } from './get-famous';

function person(id: string) {
  const found = getFamous(id);
  if (!found) throw new Error(`no ${id} in the dataset`);
  return found;
}

describe('famous people charts', () => {
  it('computes every chart, with no DST gap or overlap left unresolved', () => {
    const unresolved: string[] = [];
    for (const someone of famousDataset().people) {
      const result = chartFromBirth(famousBirthInput(someone));
      if (result.kind !== 'chart') unresolved.push(`${someone.id}: ${result.kind}`);
      else expect(result.chart.timeUnknown).toBe(someone.birthTime === null);
    }
    expect(unresolved).toEqual([]);
  });

  it('uses the explicit offset where the dataset gives one', () => {
    const clinton = chartFromBirth(famousBirthInput(person('bill-clinton')));
    expect(clinton.kind === 'chart' && clinton.chart.utc).toBe('1946-08-19T14:51:00.000Z');
    const dylan = chartFromBirth(famousBirthInput(person('bob-dylan')));
    expect(dylan.kind === 'chart' && dylan.chart.utc).toBe('1941-05-25T03:05:00.000Z');
    // Garland's published chart (birth certificate, CST) has the Ascendant at 10°53' Cancer.
    const garland = chartFromBirth(famousBirthInput(person('judy-garland')));
    const asc = garland.kind === 'chart' ? garland.chart.angles?.asc : undefined;
    expect(asc?.sign).toBe('cancer');
    expect(asc?.degreeInSign).toBeCloseTo(10.88, 0);
  });

  it.each([
    ['albert-einstein', { sun: 'pisces', moon: 'sagittarius', asc: 'cancer' }],
    ['barack-obama', { sun: 'leo', moon: 'gemini', asc: 'aquarius' }],
    ['elizabeth-ii', { sun: 'taurus', moon: 'leo', asc: 'capricorn' }],
    ['john-lennon', { sun: 'libra', moon: 'aquarius', asc: 'aries' }],
    ['marilyn-monroe', { sun: 'gemini', moon: 'aquarius', asc: 'leo' }],
    ['madonna', { sun: 'leo', moon: 'virgo', asc: 'virgo' }],
    ['bill-clinton', { sun: 'leo', moon: 'taurus', asc: 'libra' }],
    ['mahatma-gandhi', { sun: 'libra', moon: 'leo', asc: 'libra' }],
    ['judy-garland', { sun: 'gemini', moon: 'sagittarius', asc: 'cancer' }],
    ['prince', { sun: 'gemini', moon: 'pisces', asc: 'scorpio' }],
    ['martin-luther-king-jr', { sun: 'capricorn', moon: 'pisces', asc: 'taurus' }],
  ])('places %s as the published charts do', (id, expected) => {
    expect(famousSigns(person(id))).toEqual(expected);
  });

  it('gives no Ascendant without a birth time, and a Sun or Moon only when steady all day', () => {
    const untimed = famousDataset().people.filter((someone) => someone.birthTime === null);
    let changingMoons = 0;
    for (const someone of untimed) {
      const signs = famousSigns(someone);
      expect(signs.asc).toBeNull();
      const at = (time: string, fold: 'earlier' | 'later') => {
        const input = { ...famousBirthInput(someone), time, disambiguation: { fold } };
        const result = chartFromBirth(input);
        if (result.kind !== 'chart') throw new Error(`${someone.id} ${time}: ${result.kind}`);
        return result.chart.bodies;
      };
      const first = at('00:00', 'earlier');
      const last = at('23:59', 'later');
      const moon = first.moon.sign === last.moon.sign ? first.moon.sign : null;
      const sun = first.sun.sign === last.sun.sign ? first.sun.sign : null;
      expect({ id: someone.id, sun: signs.sun, moon: signs.moon }).toEqual({
        id: someone.id,
        sun,
        moon,
      });
      if (moon === null) changingMoons += 1;
    }
    // The Moon changes sign every ~2.5 days, so roughly 40% of birth days see an ingress.
    expect(changingMoons).toBeGreaterThan(untimed.length * 0.2);
    expect(changingMoons).toBeLessThan(untimed.length * 0.6);
  });
});
