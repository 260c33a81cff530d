import { AstroError } from '../errors';
import type { Frame } from '../frame';
import type { Body } from '../types';
import { apparentPlace, type Spherical } from './apparent';
import { chironHeliocentric } from './chiron';
import { eclipticOfDate, type EclipticOfDate } from './frame-rotation';
import { meanLilith, meanNode } from './mean-lunar-points';
import { apparentMoon, moonState, type MoonState } from './moon-state';
import { moshierPlanet, type MoshierPlanet } from './moshier-planets';
import { trueNode } from './true-node';

/** Earth/Moon mass ratio of DE431. */
const EARTH_MOON_RATIO = 81.30056907419062;

/** Everything shared by the bodies of one instant, computed once and reused. */
export interface InstantState {
  /** Writes the apparent [lon, lat, lonSpeed] (radians, rad/day) of `body` into `out`. */
  compute(body: Body, out: Spherical): void;
}

const PLANETS: Partial<Record<Body, MoshierPlanet>> = {
  mercury: 'mercury',
  venus: 'venus',
  mars: 'mars',
  jupiter: 'jupiter',
  saturn: 'saturn',
  uranus: 'uranus',
  neptune: 'neptune',
  pluto: 'pluto',
};

const SUN = new Float64Array(6);

function createState(frame: Frame): InstantState {
  const jdTt = frame.jdTt;
  const ecl: EclipticOfDate = eclipticOfDate(frame);
  let moon: MoonState | undefined;
  let earth: Float64Array | undefined;
  const body = new Float64Array(6);

  const getMoon = (): MoonState => {
    moon ??= moonState(jdTt, ecl.lonRate);
    return moon;
  };
  const getEarth = (): Float64Array => {
    if (earth) return earth;
    const e = new Float64Array(6);
    moshierPlanet('emb', jdTt, e);
    // Barycentre → Earth: subtract the Moon's share, rotated back to the J2000 ecliptic.
    const m = ecl.m;
    const xv = getMoon().xv;
    for (let k = 0; k < 6; k += 3) {
      for (let i = 0; i < 3; i++) {
        const back = m[i]! * xv[k]! + m[3 + i]! * xv[k + 1]! + m[6 + i]! * xv[k + 2]!;
        e[k + i] = e[k + i]! - back / (EARTH_MOON_RATIO + 1);
      }
    }
    earth = e;
    return e;
  };

  return {
    compute(name: Body, out: Spherical): void {
      const planet = PLANETS[name];
      if (planet) {
        moshierPlanet(planet, jdTt, body);
        apparentPlace(body, getEarth(), ecl, out);
        return;
      }
      switch (name) {
        case 'sun':
          apparentPlace(SUN, getEarth(), ecl, out);
          return;
        case 'moon':
          apparentMoon(getMoon(), ecl, out);
          return;
        case 'true_node':
          trueNode(jdTt, ecl, out);
          return;
        case 'mean_node':
          meanNode(jdTt, ecl, out);
          return;
        case 'mean_lilith':
          meanLilith(jdTt, ecl, out);
          return;
        case 'chiron':
          chironHeliocentric(jdTt, body);
          apparentPlace(body, getEarth(), ecl, out);
          return;
        default:
          throw new AstroError('invalid_input', `Unknown body ${String(name)}`);
      }
    },
  };
}

let last: { frame: Frame; state: InstantState } | undefined;

/**
 * The shared state of the instant of `frame`, cached for the most recent instant (charts,
 * transits and returns ask for many bodies of one instant in a row).
 */
export function instantState(frame: Frame): InstantState {
  if (last?.frame === frame) return last.state;
  const state = createState(frame);
  last = { frame, state };
  return state;
}
