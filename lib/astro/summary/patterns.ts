import { ASPECT_KINDS, type Aspect, type AspectKind, type PointId } from '../aspects/types';
import type { Sign } from '../types';
import { elementOf, signAt, type Element } from './zodiac';

export type PatternKind = 'grand_trine' | 't_square' | 'grand_cross' | 'yod' | 'kite' | 'stellium';

export interface AspectPattern {
  kind: PatternKind;
  /** The points forming the pattern, in a stable order (apex first when there is one). */
  members: PointId[];
  /**
   * T-square: the point squaring both ends of the opposition. Yod: the point both sextile
   * partners are quincunx to. Kite: the grand-trine corner opposed by the fourth point.
   */
  apex?: PointId;
  /** Grand trine: the element shared by all three corners, when they share one. */
  element?: Element;
  /** Stellium in a sign. */
  sign?: Sign;
  /** Stellium in a house. */
  house?: number;
}

/** Small codes of the aspect kinds for the adjacency matrix; 0 means no aspect. */
const KIND_CODES = new Map<AspectKind, number>(ASPECT_KINDS.map((kind, i) => [kind, i + 1]));

function codeOf(kind: AspectKind): number {
  return KIND_CODES.get(kind) ?? 0;
}

const TRINE = codeOf('trine');
const SQUARE = codeOf('square');
const OPPOSITION = codeOf('opposition');
const SEXTILE = codeOf('sextile');
const QUINCUNX = codeOf('quincunx');

/**
 * The aspects as a graph on point indices, the points sorted by name (so a smaller index is a
 * name that sorts first). Each pair holds its last aspect, as a map keyed by the pair would.
 */
class AspectGraph {
  readonly points: PointId[];
  private readonly size: number;
  private readonly edges: Uint8Array;
  private readonly pairCache = new Map<number, [number, number][]>();

  constructor(aspects: readonly Aspect[]) {
    const ids = new Set<PointId>();
    for (const x of aspects) {
      ids.add(x.a);
      ids.add(x.b);
    }
    this.points = [...ids].sort();
    const index = new Map(this.points.map((id, i) => [id, i]));
    const n = this.points.length;
    this.size = n;
    this.edges = new Uint8Array(n * n);
    for (const x of aspects) {
      const i = index.get(x.a) ?? 0;
      const j = index.get(x.b) ?? 0;
      const code = KIND_CODES.get(x.kind) ?? 0;
      this.edges[i * n + j] = code;
      this.edges[j * n + i] = code;
    }
  }

  has(i: number, j: number, code: number): boolean {
    return this.edges[i * this.size + j] === code;
  }

  /** Pairs [i, j], i ≤ j, joined by the aspect `code`, in the locale order of "a|b" names. */
  pairs(code: number): [number, number][] {
    const cached = this.pairCache.get(code);
    if (cached) return cached;
    const found: { pair: [number, number]; key: string }[] = [];
    for (let i = 0; i < this.size; i++) {
      for (let j = i; j < this.size; j++) {
        if (this.edges[i * this.size + j] === code) {
          found.push({ pair: [i, j], key: `${this.points[i]}|${this.points[j]}` });
        }
      }
    }
    const out = found.sort((x, y) => x.key.localeCompare(y.key)).map((x) => x.pair);
    this.pairCache.set(code, out);
    return out;
  }

  ids(members: readonly number[]): PointId[] {
    return members.map((i) => this.points[i]!);
  }
}

function grandTrines(g: AspectGraph): number[][] {
  const found: number[][] = [];
  for (const [a, b] of g.pairs(TRINE)) {
    for (let c = b + 1; c < g.points.length; c++) {
      if (g.has(a, c, TRINE) && g.has(b, c, TRINE)) found.push([a, b, c]);
    }
  }
  return found;
}

function grandCrosses(g: AspectGraph): number[][] {
  const seen = new Map<string, number[]>();
  const oppositions = g.pairs(OPPOSITION);
  for (const [a, b] of oppositions) {
    for (const [c, d] of oppositions) {
      if (c === a || c === b || d === a || d === b) continue;
      if (
        g.has(a, c, SQUARE) &&
        g.has(b, c, SQUARE) &&
        g.has(a, d, SQUARE) &&
        g.has(b, d, SQUARE)
      ) {
        const members = [a, b, c, d].sort((x, y) => x - y);
        seen.set(members.join('|'), members);
      }
    }
  }
  return [...seen.values()];
}

/** Points that square or quincunx (the `code`) both ends of a pair. */
function apexesOf(g: AspectGraph, [a, b]: [number, number], code: number): number[] {
  const out: number[] = [];
  for (let c = 0; c < g.points.length; c++) {
    if (c !== a && c !== b && g.has(a, c, code) && g.has(b, c, code)) out.push(c);
  }
  return out;
}

function sharedElement(
  members: readonly PointId[],
  longitudes: Partial<Record<PointId, number>>,
): Element | undefined {
  const elements = new Set<Element>();
  for (const m of members) {
    const lon = longitudes[m];
    if (lon === undefined) return undefined;
    elements.add(elementOf(signAt(lon)));
  }
  return elements.size === 1 ? [...elements][0] : undefined;
}

/**
 * Aspect patterns in a set of aspects (usually the planets' aspects of one chart):
 * grand trine (three mutual trines), T-square (an opposition whose ends both square a third
 * point, the apex), grand cross (two oppositions whose four ends square each other), yod (a
 * sextile whose ends are both quincunx a third point, the apex) and kite (a grand trine plus a
 * point opposite one corner, the apex, and sextile the other two). T-squares inside a reported
 * grand cross are not listed separately; a kite's grand trine is. With `longitudes`, a grand trine
 * whose corners share an element says which.
 *
 * @example
 * findAspectPatterns(findAspects(points)); // [{ kind: 'grand_trine', members: [...] }, ...]
 */
export function findAspectPatterns(
  aspects: readonly Aspect[],
  longitudes: Partial<Record<PointId, number>> = {},
): AspectPattern[] {
  const g = new AspectGraph(aspects);
  const patterns: AspectPattern[] = [];
  const trines = grandTrines(g);
  for (const trine of trines) {
    const members = g.ids(trine);
    const element = sharedElement(members, longitudes);
    patterns.push(
      element ? { kind: 'grand_trine', members, element } : { kind: 'grand_trine', members },
    );
  }
  const crosses = grandCrosses(g);
  for (const cross of crosses) patterns.push({ kind: 'grand_cross', members: g.ids(cross) });
  for (const pair of g.pairs(OPPOSITION)) {
    for (const apex of apexesOf(g, pair, SQUARE)) {
      const members = [apex, ...pair];
      const inCross = crosses.some((cross) => members.every((m) => cross.includes(m)));
      if (!inCross)
        patterns.push({ kind: 't_square', members: g.ids(members), apex: g.points[apex]! });
    }
  }
  for (const pair of g.pairs(SEXTILE)) {
    for (const apex of apexesOf(g, pair, QUINCUNX)) {
      patterns.push({ kind: 'yod', members: g.ids([apex, ...pair]), apex: g.points[apex]! });
    }
  }
  for (const trine of trines) {
    for (const apex of trine) {
      const others = trine.filter((x) => x !== apex);
      for (let tail = 0; tail < g.points.length; tail++) {
        if (trine.includes(tail) || !g.has(apex, tail, OPPOSITION)) continue;
        if (others.every((x) => g.has(tail, x, SEXTILE))) {
          patterns.push({
            kind: 'kite',
            members: g.ids([apex, ...others, tail]),
            apex: g.points[apex]!,
          });
        }
      }
    }
  }
  return patterns;
}
