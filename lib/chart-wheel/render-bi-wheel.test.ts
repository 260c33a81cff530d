import { describe, expect, it } from 'vitest';
import { findInterAspects, MAJOR_ASPECTS } from '@/lib/astro/aspects';
import { computeChart } from '@/lib/astro/chart/compute-chart';
import { houseOf } from '@/lib/astro/houses';
import { synastry } from '@/lib/astro/techniques/synastry';
import type { Body } from '@/lib/astro/types';
import { formatInSign } from './degree-minute';
import { renderBiWheel, type OuterBody } from './render-bi-wheel';
import { toSvgString } from './svg-string';
import { textsOf } from './svg-tree';
import { DEFAULT_WHEEL_BODIES, drawnPoints } from './wheel-bodies';
import { BI_WHEEL_RADII } from './wheel-radii';
import {
  findAll,
  hasClass,
  labelBoxes,
  overlaps,
  parisChart,
  radialRange,
} from './wheel-test-helpers';

const natal = parisChart();
const partner = computeChart({
  utc: new Date('1962-02-04T23:00:00Z'),
  latitude: 28.61,
  longitude: 77.2,
});

describe('renderBiWheel', () => {
  it('puts the second set of bodies in the outer ring, clear of each other', () => {
    const tree = renderBiWheel(natal, partner.bodies, { outerName: 'Partner' });
    const outer = labelBoxes(tree, 'cw-outer');
    expect(new Set(outer.map((b) => b.id))).toEqual(new Set(DEFAULT_WHEEL_BODIES));
    // The partner has seven bodies within 16° of Aquarius.
    expect(overlaps(outer)).toEqual([]);
    for (const box of outer) {
      const [near, far] = radialRange(box);
      expect(near).toBeGreaterThan(BI_WHEEL_RADII.zodiacOuter);
      expect(far).toBeLessThan(BI_WHEEL_RADII.outerRing ?? 0);
    }
    const inner = labelBoxes(tree, 'cw-bodies');
    expect(overlaps(inner)).toEqual([]);
    for (const box of inner) {
      const [near, far] = radialRange(box);
      expect(near).toBeGreaterThan(BI_WHEEL_RADII.houseOuter);
      expect(far).toBeLessThan(BI_WHEEL_RADII.zodiacInner);
    }
  });

  it('draws the given inter-aspects of the drawn kinds, coloured by kind', () => {
    const { aspects } = synastry(natal, partner);
    const tree = renderBiWheel(natal, partner.bodies, { aspects });
    const lines = findAll(tree, (e) => e.tag === 'line' && hasClass(e, 'cw-asp'));
    const drawn = new Set<string>([...DEFAULT_WHEEL_BODIES, 'asc', 'mc']);
    const expected = aspects.filter(
      (x) =>
        MAJOR_ASPECTS.includes(x.kind as (typeof MAJOR_ASPECTS)[number]) &&
        x.kind !== 'conjunction' &&
        drawn.has(x.a) &&
        DEFAULT_WHEEL_BODIES.includes(x.b as Body),
    );
    expect(lines).toHaveLength(expected.length);
    const tones = { trine: 'blue', sextile: 'green', square: 'red', opposition: 'red' } as const;
    for (const line of lines) {
      const kind = (Object.keys(tones) as (keyof typeof tones)[]).find((k) =>
        hasClass(line, `cw-asp-${k}`),
      );
      expect(kind && hasClass(line, `cw-tone-${tones[kind]}`)).toBe(true);
    }
  });

  it('computes the inter-aspects itself when none are given', () => {
    const outer: Partial<Record<Body, OuterBody>> = { venus: { lon: 54.4 + 120, speed: 1.2 } };
    const tree = renderBiWheel(natal, outer, { aspectOptions: { kinds: ['trine'] } });
    const lines = findAll(tree, (e) => e.tag === 'line' && hasClass(e, 'cw-asp'));
    const expected = findInterAspects(drawnPoints(natal, DEFAULT_WHEEL_BODIES), [
      { id: 'venus', lon: 174.4, speed: 1.2 },
    ]).filter((x) => x.kind === 'trine');
    expect(expected.some((x) => x.a === 'sun')).toBe(true);
    expect(lines).toHaveLength(expected.length);
  });

  it('marks an outer body retrograde from its flag, or else from a negative speed', () => {
    const outer: Partial<Record<Body, OuterBody>> = {
      mars: { lon: 100, speed: -0.2 },
      venus: { lon: 200, speed: 1, retrograde: true },
      jupiter: { lon: 300, speed: 0.1 },
    };
    const tree = renderBiWheel(natal, outer);
    const texts = (id: string) => {
      const layer = findAll(tree, (e) => hasClass(e, 'cw-outer'))[0];
      const group = layer && findAll(layer, (e) => e.attrs['data-id'] === id)[0];
      return group ? textsOf(group) : [];
    };
    expect(texts('mars')).toContain('\u211E\uFE0E');
    expect(texts('venus')).toContain('\u211E\uFE0E');
    expect(texts('jupiter')).not.toContain('\u211E\uFE0E');
  });

  it('reads the outer ring in the inner chart’s houses, and names it', () => {
    const tree = renderBiWheel(natal, partner.bodies, { outerName: 'Partner' });
    const desc = findAll(tree, (e) => e.tag === 'desc')[0]?.children.join('') ?? '';
    expect(desc).toContain('Outer ring: Partner.');
    if (!natal.houses) throw new Error('the natal chart has houses');
    const house = houseOf(partner.bodies.sun.lon, natal.houses.cusps);
    expect(desc).toContain(
      `Sun in Aquarius at ${formatInSign(partner.bodies.sun.lon)}, house ${house}.`,
    );
    expect(desc).toMatch(/\(Partner\), orb \d+°\d\d′/);
  });

  it('has no houses or axes, and no NaN, when the inner birth time is unknown', () => {
    const tree = renderBiWheel(parisChart({ timeUnknown: true }), partner.bodies);
    expect(findAll(tree, (e) => hasClass(e, 'cw-axis'))).toHaveLength(0);
    expect(findAll(tree, (e) => hasClass(e, 'cw-houses'))).toHaveLength(0);
    expect(toSvgString(tree)).not.toMatch(/NaN|Infinity|undefined/);
  });
});
