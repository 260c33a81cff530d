import { moshierPlanet, type MoshierPlanet } from '../../lib/astro/ephemeris/moshier-planets';

/**
 * Heliocentric equations of motion of 2060 Chiron in the J2000 ecliptic (au, days, TT): the Sun
 * carrying the inner planets' masses, plus Jupiter, Saturn, Uranus and Neptune (positions from
 * the engine's Moshier series) with their direct and indirect terms. GMs from JPL DE430/431.
 */
const GM_SUN = 2.959122082855911e-4;
const GM_INNER =
  4.91248045036476e-11 + 7.24345233264412e-10 + 8.997011390199871e-10 + 9.549548695550771e-11;
const GM_CENTRAL = GM_SUN + GM_INNER;
const PERTURBERS: readonly MoshierPlanet[] = ['jupiter', 'saturn', 'uranus', 'neptune'];
const GM_PERTURBERS = [
  2.825345909524226e-7, 8.459715185680659e-8, 1.292024916781969e-8, 1.524358900784276e-8,
];
/** Values stored per time node: 4 planet positions, then the summed indirect acceleration. */
const NODE_SIZE = 15;

/**
 * Perturber positions on a uniform time grid, computed once and shared by every integration
 * over the grid (the least-squares fit integrates the same span many times).
 */
export class PerturberGrid {
  readonly data: Float64Array;

  /**
   * @example
   * const grid = new PerturberGrid(2451544.5, 1, -73000, 146000);
   */
  constructor(
    readonly origin: number,
    readonly spacing: number,
    readonly first: number,
    readonly last: number,
  ) {
    this.data = new Float64Array((last - first + 1) * NODE_SIZE);
    const xv = new Float64Array(6);
    for (let k = first; k <= last; k++) {
      const base = (k - first) * NODE_SIZE;
      let ix = 0;
      let iy = 0;
      let iz = 0;
      for (let p = 0; p < PERTURBERS.length; p++) {
        moshierPlanet(PERTURBERS[p]!, origin + k * spacing, xv);
        const [x, y, z] = [xv[0]!, xv[1]!, xv[2]!];
        this.data.set([x, y, z], base + p * 3);
        const f = GM_PERTURBERS[p]! / Math.hypot(x, y, z) ** 3;
        ix += f * x;
        iy += f * y;
        iz += f * z;
      }
      this.data.set([ix, iy, iz], base + 12);
    }
  }
}

/** Acceleration of a body at heliocentric (x, y, z) at grid node k, into acc[0..2]. */
function acceleration(grid: PerturberGrid, k: number, s: Float64Array, acc: Float64Array): void {
  const d = grid.data;
  const base = (k - grid.first) * NODE_SIZE;
  const x = s[0]!;
  const y = s[1]!;
  const z = s[2]!;
  const f = -GM_CENTRAL / Math.hypot(x, y, z) ** 3;
  let ax = f * x - d[base + 12]!;
  let ay = f * y - d[base + 13]!;
  let az = f * z - d[base + 14]!;
  for (let p = 0; p < 4; p++) {
    const dx = d[base + p * 3]! - x;
    const dy = d[base + p * 3 + 1]! - y;
    const dz = d[base + p * 3 + 2]! - z;
    const g = GM_PERTURBERS[p]! / Math.hypot(dx, dy, dz) ** 3;
    ax += g * dx;
    ay += g * dy;
    az += g * dz;
  }
  acc[0] = ax;
  acc[1] = ay;
  acc[2] = az;
}

/**
 * Integrates the state [x, y, z, vx, vy, vz] given at grid node `fromNode` to every node down to
 * `toNode` (either direction) with the classical 4th-order Runge–Kutta method, a step of two grid
 * spacings (the half steps fall on nodes). Calls `visit(node, state)` at every even node
 * offset, starting with the initial state. Step-halving changes positions by < 1e-9 au at a
 * 1-day spacing (see the generator's output).
 *
 * @example
 * integrate(grid, state0, 0, -73000, (k, s) => samples.set(k, s.slice(0, 3)));
 */
export function integrate(
  grid: PerturberGrid,
  state: Float64Array,
  fromNode: number,
  toNode: number,
  visit: (node: number, state: Float64Array) => void,
): void {
  const dir = toNode >= fromNode ? 1 : -1;
  const h = 2 * grid.spacing * dir;
  const s = Float64Array.from(state);
  const tmp = new Float64Array(6);
  const k1 = new Float64Array(3);
  const k2 = new Float64Array(3);
  const k3 = new Float64Array(3);
  const k4 = new Float64Array(3);
  visit(fromNode, s);
  for (let k = fromNode; dir * (toNode - k) >= 2; k += 2 * dir) {
    // Second-order system as RK4 on (r, v): only accelerations need storing.
    acceleration(grid, k, s, k1);
    for (let i = 0; i < 3; i++) tmp[i] = s[i]! + 0.5 * h * s[3 + i]!;
    acceleration(grid, k + dir, tmp, k2);
    for (let i = 0; i < 3; i++) tmp[i] = s[i]! + 0.5 * h * s[3 + i]! + 0.25 * h * h * k1[i]!;
    acceleration(grid, k + dir, tmp, k3);
    for (let i = 0; i < 3; i++) tmp[i] = s[i]! + h * s[3 + i]! + 0.5 * h * h * k2[i]!;
    acceleration(grid, k + 2 * dir, tmp, k4);
    for (let i = 0; i < 3; i++) {
      s[i] = s[i]! + h * s[3 + i]! + ((h * h) / 6) * (k1[i]! + k2[i]! + k3[i]!);
      s[3 + i] = s[3 + i]! + (h / 6) * (k1[i]! + 2 * k2[i]! + 2 * k3[i]! + k4[i]!);
    }
    visit(k + 2 * dir, s);
  }
}
