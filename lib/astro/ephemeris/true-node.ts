import type { Spherical } from './apparent';
import type { EclipticOfDate } from './frame-rotation';
import { lunarStateJ2000 } from './true-node-moon';

const moon = new Float64Array(9);

/**
 * The osculating ("true") lunar node as the Swiss Ephemeris defines it: the ascending node, on
 * the ecliptic of date, of the plane through the geocentric Moon's position and velocity (light-
 * time corrected, velocity rotated from the inertial frame without the frame's own rotation),
 * plus nutation in longitude. The Moon comes from ELP/MPP02 rather than the chart's Moshier Moon:
 * the node is an 11× lever (1/sin i) on the Moon's out-of-plane velocity error. Rate from
 * ḣ = r × a. Writes [lon, 0, lonSpeed] (rad, rad/day).
 *
 * @example
 * trueNode(frame.jdTt, eclipticOfDate(frame), out);
 */
export function trueNode(jdTt: number, ecl: EclipticOfDate, out: Spherical): void {
  lunarStateJ2000(jdTt, moon);
  const m = ecl.m;
  const v = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (let k = 0; k < 9; k += 3) {
    for (let i = 0; i < 3; i++) {
      v[k + i] = m[i * 3]! * moon[k]! + m[i * 3 + 1]! * moon[k + 1]! + m[i * 3 + 2]! * moon[k + 2]!;
    }
  }
  const [x, y, z, vx, vy, vz, ax, ay, az] = v as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const hx = y * vz - z * vy;
  const hy = z * vx - x * vz;
  const dhx = y * az - z * ay;
  const dhy = z * ax - x * az;
  out[0] = Math.atan2(hx, -hy) + ecl.dpsi;
  out[1] = 0;
  out[2] = (hx * dhy - hy * dhx) / (hx * hx + hy * hy) + ecl.lonRate;
}
