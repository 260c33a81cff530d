import { describe, expect, it } from 'vitest';
import { normalizeName } from './normalize-name';

describe('normalizeName', () => {
  it.each([
    ['São Paulo', 'sao paulo'],
    ['ZÜRICH', 'zurich'],
    ['Zürich', 'zurich'],
    ['Łódź', 'lodz'],
    ['Straße', 'strasse'],
    ['Ağrı', 'agri'],
    ['Æbeltoft', 'aebeltoft'],
    ['Tromsø', 'tromso'],
    ["St. John's", 'st johns'],
    ['Qal‘ah-ye Now', 'qalah ye now'],
    ['Saint-Étienne', 'saint etienne'],
    ['  New   York ', 'new york'],
    ['Frankfurt (Oder)', 'frankfurt oder'],
    ['', ''],
    ['--', ''],
  ])('%s → "%s"', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it('gives precomposed and decomposed accents the same form', () => {
    expect(normalizeName('Zu\u0308rich')).toBe(normalizeName('Z\u00fcrich'));
  });
});
