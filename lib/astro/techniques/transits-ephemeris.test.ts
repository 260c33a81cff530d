import { describe, expect, it } from 'vitest';
import { signedDiffDeg } from '../angles';
import { computeBodies } from '../ephemeris';
import { julianDayFromDate } from '../frame/julian-day';
import { findTransits } from './transits';

const jd = (iso: string) => julianDayFromDate(new Date(iso));
const lonOf = (body: 'moon' | 'saturn', t: number) =>
  computeBodies(t, { bodies: [body] })[body].lon;

/** Independent oracle: day-by-day sign changes of the arc to the target. */
function dailySignChanges(body: 'moon' | 'saturn', target: number, from: number, to: number) {
  const changes: number[] = [];
  let prev = signedDiffDeg(target, lonOf(body, from));
  for (let t = from + 1; t <= to; t += 1) {
    const cur = signedDiffDeg(target, lonOf(body, t));
    if (Math.abs(cur - prev) < 180 && Math.sign(cur) !== Math.sign(prev)) changes.push(t);
    prev = cur;
  }
  return changes;
}

describe('findTransits on the ephemeris', () => {
  it("gives three exact hits when Saturn's 2025 retrograde loop crosses a natal point", () => {
    // Saturn stationed retrograde in July 2025 near 1°57′ Aries and direct in late November near
    // 25°09′ Pisces, so 28° Pisces (358°) is passed forward, backward, then forward again.
    const from = jd('2025-01-01T00:00:00Z');
    const to = jd('2026-06-01T00:00:00Z');
    const hits = findTransits({
      natal: [{ id: 'sun', lon: 358 }],
      from,
      to,
      transiting: ['saturn'],
      aspects: [{ kind: 'conjunction', orb: 1 }],
    });
    expect(hits.map((h) => h.retrograde)).toEqual([false, true, false]);
    const oracle = dailySignChanges('saturn', 358, from, to);
    expect(oracle).toHaveLength(3);
    hits.forEach((h, i) => {
      expect(Math.abs(signedDiffDeg(358, lonOf('saturn', h.exact)))).toBeLessThan(1e-6);
      expect(oracle[i]! - h.exact).toBeGreaterThan(0);
      expect(oracle[i]! - h.exact).toBeLessThanOrEqual(1);
    });
  });

  it('finds the Moon on a fixed point about once per sidereal month', () => {
    const from = jd('2024-01-01T00:00:00Z');
    const hits = findTransits({
      natal: [{ id: 'venus', lon: 123.4 }],
      from,
      to: from + 365.25,
      transiting: ['moon'],
      aspects: [{ kind: 'conjunction', orb: 5 }],
    });
    // 365.25 / 27.32 = 13.4 months: 13 or 14 passes depending on where the Moon starts.
    expect([13, 14]).toContain(hits.length);
    for (let i = 1; i < hits.length; i++) {
      const gap = hits[i]!.exact - hits[i - 1]!.exact;
      expect(gap).toBeGreaterThan(26.5);
      expect(gap).toBeLessThan(28.5);
    }
    for (const h of hits) {
      expect(Math.abs(signedDiffDeg(123.4, lonOf('moon', h.exact)))).toBeLessThan(1e-5);
      // 5° of orb at 12–15°/day: the Moon is within orb for roughly 16–20 hours.
      expect(h.leave! - h.enter!).toBeGreaterThan(0.6);
      expect(h.leave! - h.enter!).toBeLessThan(0.9);
    }
  });
});
