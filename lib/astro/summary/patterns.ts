import type { Aspect, AspectKind, PointId } from '../aspects/types';
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

class AspectGraph {
  private readonly edges = new Map<string, AspectKind>();
  readonly points: PointId[];

  constructor(aspects: readonly Aspect[]) {
    const points = new Set<PointId>();
    for (const x of aspects) {
      this.edges.set(AspectGraph.key(x.a, x.b), x.kind);
      points.add(x.a);
      points.add(x.b);
    }
    this.points = [...points].sort();
  }

  private static key(a: PointId, b: PointId): string {
    return a < b ? `${a}|${b}` : `${b}|${a}`;
  }

  has(a: PointId, b: PointId, kind: AspectKind): boolean {
    return this.edges.get(AspectGraph.key(a, b)) === kind;
  }

  pairs(kind: AspectKind): [PointId, PointId][] {
    const out: [PointId, PointId][] = [];
    for (const [key, k] of this.edges) {
      if (k !== kind) continue;
      const [a, b] = key.split('|') as [PointId, PointId];
      out.push([a, b]);
    }
    return out.sort((x, y) => `${x[0]}|${x[1]}`.localeCompare(`${y[0]}|${y[1]}`));
  }
}

function sorted(points: readonly PointId[]): PointId[] {
  return [...points].sort();
}

function grandTrines(g: AspectGraph): PointId[][] {
  const found: PointId[][] = [];
  for (const [a, b] of g.pairs('trine')) {
    for (const c of g.points) {
      if (c > b && c > a && g.has(a, c, 'trine') && g.has(b, c, 'trine'))
        found.push(sorted([a, b, c]));
    }
  }
  return found;
}

function grandCrosses(g: AspectGraph): PointId[][] {
  const seen = new Map<string, PointId[]>();
  const oppositions = g.pairs('opposition');
  for (const [a, b] of oppositions) {
    for (const [c, d] of oppositions) {
      if (c === a || c === b || d === a || d === b) continue;
      if ([c, d].every((x) => g.has(a, x, 'square') && g.has(b, x, 'square'))) {
        const members = sorted([a, b, c, d]);
        seen.set(members.join('|'), members);
      }
    }
  }
  return [...seen.values()];
}

/** Points that square or quincunx (the `kind`) both ends of a pair. */
function apexesOf(g: AspectGraph, pair: [PointId, PointId], kind: AspectKind): PointId[] {
  return g.points.filter(
    (c) => c !== pair[0] && c !== pair[1] && g.has(pair[0], c, kind) && g.has(pair[1], c, kind),
  );
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
  for (const members of trines) {
    const element = sharedElement(members, longitudes);
    patterns.push(
      element ? { kind: 'grand_trine', members, element } : { kind: 'grand_trine', members },
    );
  }
  const crosses = grandCrosses(g);
  for (const members of crosses) patterns.push({ kind: 'grand_cross', members });
  for (const pair of g.pairs('opposition')) {
    for (const apex of apexesOf(g, pair, 'square')) {
      const members = [apex, ...sorted(pair)];
      const inCross = crosses.some((cross) => members.every((m) => cross.includes(m)));
      if (!inCross) patterns.push({ kind: 't_square', members, apex });
    }
  }
  for (const pair of g.pairs('sextile')) {
    for (const apex of apexesOf(g, pair, 'quincunx')) {
      patterns.push({ kind: 'yod', members: [apex, ...sorted(pair)], apex });
    }
  }
  for (const trine of trines) {
    for (const apex of trine) {
      const others = trine.filter((x) => x !== apex);
      for (const tail of g.points) {
        if (trine.includes(tail) || !g.has(apex, tail, 'opposition')) continue;
        if (others.every((x) => g.has(tail, x, 'sextile'))) {
          patterns.push({ kind: 'kite', members: [apex, ...others, tail], apex });
        }
      }
    }
  }
  return patterns;
}
