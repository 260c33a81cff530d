import { describe, expect, it } from 'vitest';
import { getFamous } from '@/lib/famous';
import { famousChart } from '@/lib/famous/famous-chart';
import { sharedSignsOf } from './shared-signs';

function chartOf(id: string, sidereal = false) {
  const person = getFamous(id);
  if (!person) throw new Error(`${id} missing`);
  return famousChart(person, sidereal ? { zodiac: { kind: 'sidereal', ayanamsa: 'lahiri' } } : {});
}

describe('sharedSignsOf', () => {
  it('gives the Sun, Moon and Ascendant signs of a timed tropical chart', () => {
    const chart = chartOf('albert-einstein');
    expect(sharedSignsOf(chart)).toEqual({
      sunSign: chart.bodies.sun.sign,
      moonSign: chart.bodies.moon.sign,
      ascSign: chart.angles?.asc.sign,
    });
    expect(sharedSignsOf(chart)?.sunSign).toBe('pisces');
  });

  it('leaves the Ascendant out when the birth time is unknown', () => {
    const signs = sharedSignsOf(chartOf('marie-curie'));
    expect(signs).not.toHaveProperty('ascSign');
    expect(signs?.sunSign).toBe('scorpio');
  });

  it('offers nothing for a sidereal chart, whose signs the tropical data cannot match', () => {
    expect(sharedSignsOf(chartOf('albert-einstein', true))).toBeNull();
  });
});
