import { describe, expect, it } from 'vitest';
import { annularSector, polar, screenAngle } from './geometry';

describe('screenAngle', () => {
  it('puts the left longitude (the Ascendant) at 180°, on the left', () => {
    for (const asc of [0, 17.3, 123.45, 359.99]) expect(screenAngle(asc, asc)).toBeCloseTo(180, 9);
  });

  it('runs the zodiac counter-clockwise: 90° before the Ascendant is at the top', () => {
    expect(screenAngle(30, 120)).toBeCloseTo(90, 9);
    expect(screenAngle(210, 120)).toBeCloseTo(270, 9);
  });

  it('maps longitudes through the 0°/360° wrap continuously', () => {
    expect(screenAngle(359, 1)).toBeCloseTo(178, 9);
    expect(screenAngle(1, 359)).toBeCloseTo(182, 9);
    expect(screenAngle(0, 180)).toBeCloseTo(0, 9);
    expect(screenAngle(360, 0)).toBeCloseTo(180, 9);
  });

  it('stays in [0, 360)', () => {
    for (let lon = -720; lon <= 720; lon += 7.5) {
      const a = screenAngle(lon, 33.3);
      expect(a).toBeGreaterThanOrEqual(0);
      expect(a).toBeLessThan(360);
    }
  });
});

describe('polar', () => {
  it('measures angles counter-clockwise from 3 o’clock with y pointing down', () => {
    expect(polar(100, 0)).toEqual({ x: 100, y: 0 });
    expect(polar(100, 90)).toEqual({ x: 0, y: -100 });
    expect(polar(100, 180)).toEqual({ x: -100, y: 0 });
    expect(polar(100, 270)).toEqual({ x: 0, y: 100 });
  });

  it('puts the Ascendant’s longitude on the left of the wheel', () => {
    const asc = 160.24;
    expect(polar(50, screenAngle(asc, asc))).toEqual({ x: -50, y: 0 });
  });
});

describe('annularSector', () => {
  it('uses the large-arc flag only past 180°', () => {
    expect(annularSector(80, 100, 0, 30)).toContain('A100 100 0 0 0');
    expect(annularSector(80, 100, 0, 200)).toContain('A100 100 0 1 0');
  });

  it('handles a sector that crosses screen angle 0', () => {
    const d = annularSector(80, 100, 350, 20);
    expect(d).not.toContain('NaN');
    expect(d).toContain('A100 100 0 0 0');
  });
});
