import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { signedDiffDeg } from '@/lib/astro/angles';
import type { Chart } from '@/lib/astro/chart/types';
import reference from '@/lib/astro/testdata/swiss-ephemeris-public.json';
import { SIGNS } from '@/lib/astro/types';
import { main } from './main';

function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = main(argv, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}

const arcsec = (a: number, b: number) => Math.abs(signedDiffDeg(a, b)) * 3600;
/** 1999-08-11T11:03:00Z in Paris: 13:03 local summer time (UTC+2). */
const paris = reference.cases.find((c) => c.id === 'e11')!;
const SIGN_ABBR = [
  'Ari',
  'Tau',
  'Gem',
  'Can',
  'Leo',
  'Vir',
  'Lib',
  'Sco',
  'Sag',
  'Cap',
  'Aqu',
  'Pis',
];

/** Reads `24°Tau24′58″` back into degrees of longitude. */
function parseSignPosition(text: string): number {
  const m = /(\d+)°(\w{3})(\d{2})′(\d{2})″/.exec(text);
  if (!m) throw new Error(`no position in "${text}"`);
  return SIGN_ABBR.indexOf(m[2]!) * 30 + Number(m[1]) + Number(m[3]) / 60 + Number(m[4]) / 3600;
}

describe('astro chart', () => {
  it('prints JSON whose positions and cusps match the reference', () => {
    const r = run(
      'chart',
      '--date',
      '1999-08-11',
      '--time',
      '13:03',
      '--lat',
      String(paris.lat),
      '--lon',
      String(paris.lon),
      '--zone',
      'Europe/Paris',
      '--house-system',
      'koch',
      '--json',
    );
    expect(r.code).toBe(0);
    const { chart } = JSON.parse(r.out) as { chart: Chart };
    expect(chart.utc).toBe('1999-08-11T11:03:00.000Z');
    for (const body of ['sun', 'moon', 'venus', 'mars', 'jupiter', 'saturn'] as const) {
      expect(arcsec(chart.bodies[body].lon, paris.bodies[body].lon)).toBeLessThan(10);
    }
    paris.houses.koch.cusps.forEach((cusp, i) =>
      expect(arcsec(chart.houses!.cusps[i]!, cusp)).toBeLessThan(1),
    );
  });

  it('prints readable positions in sign°′″ that read back to the reference', () => {
    const r = run('chart', '--date', '1999-08-11', '--time', '13:03', '--place', 'Paris, FR');
    expect(r.code).toBe(0);
    const line = (name: string) => r.out.split('\n').find((l) => l.trimStart().startsWith(name))!;
    // The gazetteer's Paris is a few hundred metres from the reference's: bodies barely move.
    expect(arcsec(parseSignPosition(line('Sun')), paris.bodies.sun.lon)).toBeLessThan(2);
    expect(arcsec(parseSignPosition(line('Moon')), paris.bodies.moon.lon)).toBeLessThan(15);
    expect(line('Saturn')).toMatch(/house\s+\d+/);
    expect(r.out).toMatch(/Aspects \(\d+\)/);
    expect(r.out).toContain('Paris');
  });

  it('uses the sidereal zodiac when asked', () => {
    const r = run(
      'chart',
      '--date',
      '1999-08-11',
      '--time',
      '13:03',
      '--place',
      'Paris, FR',
      '--zodiac',
      'sidereal',
      '--ayanamsa',
      'lahiri',
      '--json',
    );
    const { chart } = JSON.parse(r.out) as { chart: Chart };
    expect(signedDiffDeg(chart.bodies.sun.lon, paris.bodies.sun.lon)).toBeCloseTo(
      chart.meta.ayanamsa!,
      2,
    );
    expect(SIGNS[Math.floor(chart.bodies.sun.lon / 30)]).toBe(chart.bodies.sun.sign);
  });

  it('prints a noon chart without houses when the time is unknown', () => {
    const r = run(
      'chart',
      '--date',
      '1999-08-11',
      '--time-unknown',
      '--place',
      'Paris, FR',
      '--json',
    );
    const { chart } = JSON.parse(r.out) as { chart: Chart };
    expect(chart.utc).toBe('1999-08-11T10:00:00.000Z');
    expect(chart.houses).toBeNull();
  });

  it('stops on a DST gap, lists both candidates and how to choose, then takes the choice', () => {
    const args = [
      'chart',
      '--date',
      '2021-03-14',
      '--time',
      '02:30',
      '--lat',
      '40.71',
      '--lon=-74.01',
      '--zone',
      'America/New_York',
    ];
    const r = run(...args);
    expect(r.code).toBe(3);
    expect(r.out).toBe('');
    expect(r.err).toContain('did not exist');
    expect(r.err).toContain('2021-03-14T06:30:00Z');
    expect(r.err).toContain('2021-03-14T07:30:00Z');
    expect(r.err).toMatch(/--fold earlier[\s\S]*--fold later/);
    const chosen = run(...args, '--fold', 'later', '--json');
    expect(chosen.code).toBe(0);
    expect((JSON.parse(chosen.out) as { chart: Chart }).chart.utc).toBe('2021-03-14T07:30:00.000Z');
  });

  it('stops on an overlap (fall back) the same way', () => {
    const r = run(
      'chart',
      '--date',
      '2021-11-07',
      '--time',
      '01:30',
      '--lat',
      '40.71',
      '--lon=-74.01',
      '--zone',
      'America/New_York',
    );
    expect(r.code).toBe(3);
    expect(r.err).toContain('happened twice');
  });

  it.each([
    [['chart', '--date', '1990-05-15', '--time', '14:30']],
    [['chart', '--date', '1990-05-15', '--time', '14:30', '--place', 'Qwxzqwxz']],
    [['chart', '--date', '1990-02-30', '--time', '14:30', '--place', 'Paris']],
    [['chart', '--date', '1700-01-01', '--time', '14:30', '--place', 'Paris']],
    [
      [
        'chart',
        '--date',
        '1990-05-15',
        '--time',
        '14:30',
        '--lat',
        '1',
        '--lon',
        '2',
        '--zone',
        'Mars/Base',
      ],
    ],
    [['fixture', 'only-one.json']],
    [['bench', '--count', 'many']],
    [['nonsense']],
    [[]],
  ])('exits 2 with a message on bad arguments: %j', (argv) => {
    const r = run(...argv);
    expect(r.code).toBe(2);
    expect(r.err + r.out).not.toBe('');
  });

  it('prints help with exit 0', () => {
    const r = run('help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('fixture');
  });
});

describe('astro fixture', () => {
  it("writes the reference's shape with the engine's values", () => {
    const dir = mkdtempSync(join(tmpdir(), 'astro-fixture-'));
    const cases = reference.cases
      .slice(0, 3)
      .map(({ id, utc, lat, lon }) => ({ id, utc, lat, lon }));
    writeFileSync(join(dir, 'in.json'), JSON.stringify({ cases }));
    const r = run('fixture', join(dir, 'in.json'), join(dir, 'out.json'));
    expect(r.code).toBe(0);
    const out = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as typeof reference;
    expect(out.cases.map((c) => c.id)).toEqual(cases.map((c) => c.id));
    out.cases.forEach((c, i) => {
      const ref = reference.cases[i]!;
      expect(Object.keys(c.bodies).sort()).toEqual(Object.keys(ref.bodies).sort());
      expect(Object.keys(c.houses).sort()).toEqual(Object.keys(ref.houses).sort());
      expect(arcsec(c.bodies.sun.lon, ref.bodies.sun.lon)).toBeLessThan(1);
      expect(Math.abs(c.bodies.moon.speed - ref.bodies.moon.speed)).toBeLessThan(0.01);
      for (const [system, h] of Object.entries(c.houses)) {
        const rh = ref.houses[system as keyof typeof ref.houses];
        expect(h.cusps).toHaveLength(12);
        expect(arcsec(h.asc, rh.asc)).toBeLessThan(1);
        expect(arcsec(h.vertex, rh.vertex)).toBeLessThan(1);
        expect(arcsec(h.armc, rh.armc)).toBeLessThan(1);
      }
    });
  });

  it('refuses an input that is not a list of cases', () => {
    const dir = mkdtempSync(join(tmpdir(), 'astro-fixture-'));
    writeFileSync(join(dir, 'in.json'), JSON.stringify({ cases: [{ id: 'x' }] }));
    expect(run('fixture', join(dir, 'in.json'), join(dir, 'out.json')).code).toBe(2);
  });
});

describe('astro bench', () => {
  it('reports per-chart figures for the requested count', () => {
    const r = run('bench', '--count', '20', '--json');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out) as { count: number; meanUs: number; p99Us: number };
    expect(result.count).toBe(20);
    expect(result.meanUs).toBeGreaterThan(0);
    expect(result.p99Us).toBeGreaterThanOrEqual(0);
  });

  it('times every stage of the chart in the requested number of runs', () => {
    const r = run('bench', '--count', '20', '--runs', '2', '--json');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out) as { runs: number; breakdownUs: Record<string, number> };
    expect(result.runs).toBe(2);
    expect(Object.keys(result.breakdownUs).sort()).toEqual(
      ['aspects', 'ephemeris', 'frame', 'houses', 'other', 'summary'].sort(),
    );
    for (const stage of ['aspects', 'ephemeris', 'frame', 'houses', 'summary']) {
      expect(result.breakdownUs[stage]).toBeGreaterThan(0);
    }
    expect(run('bench', '--runs', '0').code).toBe(2);
  });
});
