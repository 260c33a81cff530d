import { SIGNS, type Body, type Sign } from '../types';
import { signsRuledBy, type RulershipScheme } from './rulerships';

export type Dignity = 'domicile' | 'exaltation' | 'detriment' | 'fall';

/**
 * Exaltation signs of the seven traditional planets. The outer planets' exaltations are disputed
 * among modern authors and are left out on purpose; fall is the sign opposite the exaltation.
 */
export const EXALTATIONS: Readonly<Partial<Record<Body, Sign>>> = {
  sun: 'aries',
  moon: 'taurus',
  mercury: 'virgo',
  venus: 'pisces',
  mars: 'capricorn',
  jupiter: 'cancer',
  saturn: 'libra',
};

function opposite(sign: Sign): Sign {
  return SIGNS[(SIGNS.indexOf(sign) + 6) % 12] ?? sign;
}

function computeDignity(body: Body, sign: Sign, scheme: RulershipScheme): Dignity | undefined {
  const domiciles = signsRuledBy(body, scheme);
  const exaltation = EXALTATIONS[body];
  if (domiciles.includes(sign)) return 'domicile';
  if (exaltation === sign) return 'exaltation';
  if (domiciles.some((d) => opposite(d) === sign)) return 'detriment';
  if (exaltation !== undefined && opposite(exaltation) === sign) return 'fall';
  return undefined;
}

/** Each body's dignity in each sign (SIGNS order), worked out on first use per scheme. */
const TABLES: Record<RulershipScheme, Map<Body, readonly (Dignity | undefined)[]>> = {
  modern: new Map(),
  traditional: new Map(),
};

/**
 * Essential dignity of a body in a sign: domicile (a sign it rules), exaltation, detriment (the
 * sign opposite a domicile) or fall (opposite the exaltation); undefined when peregrine. Where
 * two apply (Mercury in Virgo is domicile and exaltation) the stronger, listed first, wins.
 *
 * @example
 * dignityOf('mars', 'capricorn'); // 'exaltation'
 * dignityOf('venus', 'aries'); // 'detriment'
 */
export function dignityOf(
  body: Body,
  sign: Sign,
  scheme: RulershipScheme = 'modern',
): Dignity | undefined {
  const tables = TABLES[scheme === 'modern' ? 'modern' : 'traditional'];
  let row = tables.get(body);
  if (!row) {
    row = SIGNS.map((s) => computeDignity(body, s, scheme));
    tables.set(body, row);
  }
  return row[SIGNS.indexOf(sign)];
}
