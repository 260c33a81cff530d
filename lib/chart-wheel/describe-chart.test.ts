import { describe, expect, it } from 'vitest';
import { DEFAULT_WHEEL_ASPECTS } from './aspects-layer';
import { formatDegreesMinutes } from './degree-minute';
import { chartWheelDescription } from './describe-chart';
import { ENGLISH_LABELS } from './english-labels';
import type { WheelLabels } from './labels';
import { DEFAULT_WHEEL_BODIES } from './wheel-bodies';
import { parisChart } from './wheel-test-helpers';

describe('chartWheelDescription', () => {
  const paris = parisChart();

  it('reads the angles, every drawn body with its house, and retrograde motion', () => {
    const text = chartWheelDescription(paris, ENGLISH_LABELS);
    expect(text).toMatch(
      /^Chart wheel\. Ascendant in Virgo at 10°14′\. Midheaven in Gemini at 4°46′\./,
    );
    expect(text).toContain('Sun in Taurus at 24°24′, house 9.');
    expect(text).toContain('Mercury in Taurus at 8°00′, house 9, retrograde.');
    expect(text).not.toContain('Mean Node');
  });

  it('lists the tightest drawn aspects with their orbs', () => {
    const text = chartWheelDescription(paris, ENGLISH_LABELS, { maxAspects: 3 });
    const list = text.slice(text.indexOf('Aspects: ') + 'Aspects: '.length, -1).split('; ');
    expect(list).toHaveLength(3);
    const drawn = new Set<string>([...DEFAULT_WHEEL_BODIES, 'asc', 'mc']);
    const tightest = paris.aspects
      .filter((x) => DEFAULT_WHEEL_ASPECTS.includes(x.kind) && drawn.has(x.a) && drawn.has(x.b))
      .slice(0, 3);
    expect(list).toEqual(
      tightest.map((x) => {
        const name = (id: string) =>
          ({ ...ENGLISH_LABELS.bodies, ...ENGLISH_LABELS.axes })[id as 'sun'];
        return `${name(x.a)} ${ENGLISH_LABELS.aspects[x.kind]} ${name(x.b)}, orb ${formatDegreesMinutes(x.orb)}`;
      }),
    );
  });

  it('says the time is unknown and gives no houses or angles', () => {
    const text = chartWheelDescription(parisChart({ timeUnknown: true }), ENGLISH_LABELS);
    expect(text).toContain('Birth time unknown');
    expect(text).not.toMatch(/house \d|Ascendant/);
    expect(text).toMatch(/Sun in Taurus at \d+°\d\d′\./);
  });

  it('uses the caller’s words and templates', () => {
    const labels: WheelLabels = {
      ...ENGLISH_LABELS,
      title: 'Radix',
      signs: { ...ENGLISH_LABELS.signs, taurus: 'Stier' },
      bodies: { ...ENGLISH_LABELS.bodies, sun: 'Sonne' },
      templates: {
        ...ENGLISH_LABELS.templates,
        placementInHouse: '{body} im {sign}, {degree}, Haus {house}',
      },
    };
    expect(chartWheelDescription(paris, labels)).toContain('Sonne im Stier, 24°24′, Haus 9.');
  });
});
