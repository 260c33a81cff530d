import { describe, expect, it } from 'vitest';
import { parseChartArgs } from './chart-args';
import { UsageError } from './usage-error';

const base = ['--date', '1990-05-15', '--time', '14:30'];

describe('parseChartArgs', () => {
  it('reads a place query and defaults to tropical Placidus', () => {
    const a = parseChartArgs([...base, '--place', 'Paris, FR']);
    expect(a).toMatchObject({
      date: '1990-05-15',
      time: '14:30',
      location: { place: 'Paris, FR' },
      houseSystem: 'placidus',
      zodiac: { kind: 'tropical' },
      json: false,
      fold: null,
      offsetMinutes: null,
    });
  });

  it('reads coordinates, negative values with =, a sidereal zodiac and options', () => {
    const a = parseChartArgs([
      ...base,
      '--lat=-33.87',
      '--lon',
      '151.21',
      '--zone',
      'Australia/Sydney',
      '--house-system',
      'whole-sign',
      '--zodiac',
      'sidereal',
      '--ayanamsa',
      'fagan-bradley',
      '--offset=-03:30',
      '--json',
    ]);
    expect(a.location).toEqual({ lat: -33.87, lon: 151.21, zone: 'Australia/Sydney' });
    expect(a.houseSystem).toBe('whole_sign');
    expect(a.zodiac).toEqual({ kind: 'sidereal', ayanamsa: 'fagan_bradley' });
    expect(a.offsetMinutes).toBe(-210);
    expect(a.json).toBe(true);
  });

  it('accepts an unknown birth time', () => {
    const a = parseChartArgs(['--date', '1990-05-15', '--time-unknown', '--place', 'Paris']);
    expect(a.time).toBeNull();
  });

  it.each([
    [['--time', '14:30', '--place', 'Paris'], /--date/],
    [['--date', '1990-05-15', '--place', 'Paris'], /--time/],
    [[...base], /--place/],
    [[...base, '--place', 'Paris', '--lat', '1'], /not both/],
    [[...base, '--lat', '1', '--lon', '2'], /--zone/],
    [[...base, '--lat', '91', '--lon', '2', '--zone', 'UTC'], /--lat/],
    [[...base, '--place', 'Paris', '--house-system', 'topocentric'], /--house-system/],
    [[...base, '--place', 'Paris', '--zodiac', 'draconic'], /--zodiac/],
    [[...base, '--place', 'Paris', '--ayanamsa', 'lahiri'], /sidereal/],
    [[...base, '--place', 'Paris', '--fold', 'middle'], /--fold/],
    [[...base, '--place', 'Paris', '--offset', '2h'], /--offset/],
    [[...base, '--place', 'Paris', '--fold', 'later', '--offset', '+01:00'], /not both/],
    [['--date', '15/05/1990', '--time', '14:30', '--place', 'Paris'], /YYYY-MM-DD/],
    [['--date', '1990-05-15', '--time', '25:00', '--place', 'Paris'], /HH:MM/],
    [[...base, '--place', 'Paris', '--bogus'], /Unknown option/],
    [[...base, '--lat', '-33.9', '--lon', '151', '--zone', 'UTC'], /--lat=/],
  ])('rejects %j with a usage error', (argv, message) => {
    expect(() => parseChartArgs(argv)).toThrow(UsageError);
    expect(() => parseChartArgs(argv)).toThrow(message);
  });
});
