import { describe, expect, it } from 'vitest';
import { zoneAt } from './zone-at';

describe('zoneAt', () => {
  it.each([
    ['Springfield, Illinois', 39.8017, -89.6437, 'America/Chicago'],
    ['Indianapolis', 39.7684, -86.158, 'America/Indiana/Indianapolis'],
    ['Phoenix (no DST)', 33.4484, -112.074, 'America/Phoenix'],
    ['Sarandë, Albania, near the Greek border', 39.8756, 20.0053, 'Europe/Tirane'],
    ['Amsterdam, its own pre-1970 zone', 52.374, 4.8897, 'Europe/Amsterdam'],
    ['Kolkata', 22.5626, 88.363, 'Asia/Kolkata'],
    ['Sydney', -33.8679, 151.2073, 'Australia/Sydney'],
  ])('%s → %s', (_place, lat, lon, zone) => {
    expect(zoneAt(lat, lon)).toBe(zone);
  });

  it('names a nautical zone at sea', () => {
    expect(zoneAt(0, -30)).toBe('Etc/GMT+2');
  });
});
