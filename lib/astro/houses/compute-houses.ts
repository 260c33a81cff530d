import { normalizeDeg } from '../angles';
import { AstroError } from '../errors';
import type { HouseSystem } from '../types';
import { campanusCusps } from './campanus';
import { cuspsFrom } from './cusps';
import { kochCusps } from './koch';
import { placidusCusps } from './placidus';
import { porphyryCusps } from './porphyry';
import type { IntermediateCusps, QuadrantFrame } from './quadrant';
import { regiomontanusCusps } from './regiomontanus';
import { eclipticFromRa, isAscWestOfMc, obliqueAscendant } from './sphere';
import type { HouseCusps, HouseFallback, HouseInput, HouseResult } from './types';
import { vertexOf } from './vertex';

function assertInput(input: HouseInput): void {
  const { armc, trueObliquity, latitude } = input;
  if (!Number.isFinite(armc) || !Number.isFinite(trueObliquity) || !Number.isFinite(latitude)) {
    throw new AstroError('invalid_input', 'armc, obliquity and latitude must be finite numbers');
  }
  if (Math.abs(latitude) > 90) {
    throw new AstroError('invalid_input', `latitude ${latitude} is outside [-90, 90]`);
  }
  if (trueObliquity <= 0 || trueObliquity >= 45) {
    throw new AstroError('invalid_input', `obliquity ${trueObliquity} is not plausible`);
  }
  // At a pole every direction is south (or north): the meridian, hence the MC, the Ascendant and
  // every house circle through the horizon's north and south points, is undefined.
  if (Math.abs(latitude) === 90) {
    throw new AstroError('pole_latitude', 'houses are undefined at the geographic poles');
  }
}

function fromQuadrants(asc: number, mc: number, q: IntermediateCusps): HouseCusps {
  const opposite = (lon: number): number => normalizeDeg(lon + 180);
  return [
    asc,
    q.c2,
    q.c3,
    opposite(mc),
    opposite(q.c11),
    opposite(q.c12),
    opposite(asc),
    opposite(q.c2),
    opposite(q.c3),
    mc,
    q.c11,
    q.c12,
  ];
}

function fromFirstCusp(first: number): HouseCusps {
  return cuspsFrom((i) => normalizeDeg(first + 30 * i));
}

function rotateHalfTurn(q: IntermediateCusps): IntermediateCusps {
  const turn = (lon: number): number => normalizeDeg(lon + 180);
  return { c11: turn(q.c11), c12: turn(q.c12), c2: turn(q.c2), c3: turn(q.c3) };
}

interface Angles {
  armc: number;
  obliquity: number;
  latitude: number;
  /** Ascendant as the formula gives it (may be in the west inside the polar circles). */
  rawAsc: number;
  mc: number;
  vertex: number;
  insidePolarCircle: boolean;
}

type SystemResult = Pick<HouseResult, 'effectiveSystem' | 'cusps' | 'asc' | 'mc' | 'ascFlipped'> & {
  fallback?: HouseFallback;
};

/** Ascendant kept on the eastern side of the MC, as Porphyry, Equal and Whole Sign need it. */
function easternAsc(a: Angles): { asc: number; flipped: boolean } {
  const flipped = isAscWestOfMc(a.rawAsc, a.mc);
  return { asc: flipped ? normalizeDeg(a.rawAsc + 180) : a.rawAsc, flipped };
}

function porphyry(a: Angles, fallback?: HouseFallback): SystemResult {
  const { asc, flipped } = easternAsc(a);
  const cusps = fromQuadrants(asc, a.mc, porphyryCusps(asc, a.mc));
  const result: SystemResult = {
    effectiveSystem: 'porphyry',
    cusps,
    asc,
    mc: a.mc,
    ascFlipped: flipped,
  };
  return fallback ? { ...result, fallback } : result;
}

function semiArcSystem(a: Angles, system: 'placidus' | 'koch'): SystemResult {
  if (a.insidePolarCircle) {
    return porphyry(a, { from: system, to: 'porphyry', reason: 'polar_latitude' });
  }
  const frame: QuadrantFrame = { ...a, asc: a.rawAsc };
  const q = system === 'placidus' ? placidusCusps(frame) : kochCusps(frame);
  if (!q) return porphyry(a, { from: system, to: 'porphyry', reason: 'no_convergence' });
  return {
    effectiveSystem: system,
    cusps: fromQuadrants(a.rawAsc, a.mc, q),
    asc: a.rawAsc,
    mc: a.mc,
    ascFlipped: false,
  };
}

/**
 * Regiomontanus and Campanus stay defined inside the polar circles. When the MC is below the
 * horizon there and the Ascendant formula lands in the west, every angle and cusp is turned by
 * 180°: the chart keeps its MC above the horizon and its houses run clockwise.
 */
function spaceSystem(a: Angles, system: 'regiomontanus' | 'campanus'): SystemResult {
  const frame: QuadrantFrame = { ...a, asc: a.rawAsc };
  const q = system === 'regiomontanus' ? regiomontanusCusps(frame) : campanusCusps(frame);
  if (a.insidePolarCircle && isAscWestOfMc(a.rawAsc, a.mc)) {
    const asc = normalizeDeg(a.rawAsc + 180);
    const mc = normalizeDeg(a.mc + 180);
    return {
      effectiveSystem: system,
      cusps: fromQuadrants(asc, mc, rotateHalfTurn(q)),
      asc,
      mc,
      ascFlipped: true,
    };
  }
  return {
    effectiveSystem: system,
    cusps: fromQuadrants(a.rawAsc, a.mc, q),
    asc: a.rawAsc,
    mc: a.mc,
    ascFlipped: false,
  };
}

function bySystem(a: Angles, system: HouseSystem): SystemResult {
  switch (system) {
    case 'placidus':
    case 'koch':
      return semiArcSystem(a, system);
    case 'regiomontanus':
    case 'campanus':
      return spaceSystem(a, system);
    case 'porphyry':
      return porphyry(a);
    case 'equal': {
      const { asc, flipped } = easternAsc(a);
      return {
        effectiveSystem: system,
        cusps: fromFirstCusp(asc),
        asc,
        mc: a.mc,
        ascFlipped: flipped,
      };
    }
    case 'whole_sign': {
      const { asc, flipped } = easternAsc(a);
      const first = Math.floor(asc / 30) * 30;
      return {
        effectiveSystem: system,
        cusps: fromFirstCusp(first),
        asc,
        mc: a.mc,
        ascFlipped: flipped,
      };
    }
  }
}

/**
 * House cusps, Ascendant, MC and Vertex from the local sidereal angle, following the Swiss
 * Ephemeris conventions (see docs/astro-houses-aspects.md): Equal houses start at the Ascendant,
 * Whole Sign houses at the start of the Ascendant's sign; inside the polar circles
 * (|latitude| ≥ 90° − obliquity) Placidus and Koch fall back to Porphyry and say so in `fallback`.
 * Throws {@link AstroError} `pole_latitude` at exactly ±90° and `invalid_input` for non-finite or
 * out-of-range input.
 *
 * @example
 * const h = computeHouses({ armc: 31.065324, trueObliquity: 23.4362, latitude: -46.7314 });
 * h.asc; // ≈ 93.3997 (Placidus, the default)
 * h.cusps[1]; // cusp of house 2
 */
export function computeHouses(input: HouseInput): HouseResult {
  assertInput(input);
  const system = input.system ?? 'placidus';
  const armc = normalizeDeg(input.armc);
  const obliquity = input.trueObliquity;
  const latitude = input.latitude;
  const mc = eclipticFromRa(armc, obliquity);
  const angles: Angles = {
    armc,
    obliquity,
    latitude,
    rawAsc: obliqueAscendant(armc + 90, latitude, obliquity),
    mc,
    vertex: vertexOf(armc, obliquity, latitude, mc),
    insidePolarCircle: Math.abs(latitude) >= 90 - obliquity,
  };
  const r = bySystem(angles, system);
  const result: HouseResult = {
    system,
    effectiveSystem: r.effectiveSystem,
    cusps: r.cusps,
    asc: r.asc,
    mc: r.mc,
    armc,
    vertex: angles.vertex,
    ascFlipped: r.ascFlipped,
  };
  return r.fallback ? { ...result, fallback: r.fallback } : result;
}
