import { describe, expect, it } from 'vitest';
import { computeChart } from './compute-chart';
import { ChartSchema } from './output-schema';

const at = { utc: new Date('1990-05-15T12:30:00Z'), latitude: 48.85, longitude: 2.35 };

describe('ChartSchema', () => {
  it.each([
    ['natal', at],
    ['unknown time', { ...at, timeUnknown: true }],
    [
      'polar fallback, sidereal',
      { ...at, latitude: 70, zodiac: { kind: 'sidereal' as const, ayanamsa: 'lahiri' as const } },
    ],
  ])('accepts the JSON of a computed chart (%s)', (_name, input) => {
    const json: unknown = JSON.parse(JSON.stringify(computeChart(input)));
    const parsed = ChartSchema.safeParse(json);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('rejects a chart whose body left the circle', () => {
    const json = JSON.parse(JSON.stringify(computeChart(at))) as {
      bodies: { sun: { lon: number } };
    };
    json.bodies.sun.lon = 361;
    expect(ChartSchema.safeParse(json).success).toBe(false);
  });
});
