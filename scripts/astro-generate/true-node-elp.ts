/**
 * Generates lib/astro/ephemeris/data/true-node-elp-mpp02.json: the ELP/MPP02 lunar theory
 * (DE405 fit, as the astronomia package ships it) truncated for the osculating node, then
 * prints the truncation error against the full theory at 20,000 instants 1800–2400.
 * Run: npx tsx scripts/astro-generate/true-node-elp.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import full from 'astronomia/data/elpMppDeFull';
import { lunarStateJ2000, type ElpSeries } from '../../lib/astro/ephemeris/true-node-moon';

const OUT = fileURLToPath(
  new URL('../../lib/astro/ephemeris/data/true-node-elp-mpp02.json', import.meta.url),
);

/**
 * Keep a term when its weight |A|·k·(1 + |φ1|/n)·4^p reaches the threshold: k turns km into
 * arcseconds at the Moon's distance, (1 + |φ1|/n) adds the term's share of the velocity (n the
 * Moon's mean motion), 4^p bounds T^p over 1800–2400. The node is the orientation of the orbital
 * plane: a 1/sin i ≈ 11× lever on the out-of-plane (latitude) position and velocity, much less
 * sensitive to longitude and hardly to distance (measured with this script's check: distance
 * terms down to 10″ change the node by < 0.01″).
 */
const THRESHOLDS = { lon: 0.1, lat: 0.005, dist: 10 } as const;
const KM_TO_ARCSEC = 0.537;
const MEAN_MOTION = 8399.685;
const MAX_ABS_T = 4;
/**
 * Significant digits kept for [A, φ0, φ1, φ2, φ3, φ4]: enough for 1e-10 rad of phase at |T| = 4
 * and 1e-8 relative amplitude.
 */
const DIGITS = [9, 12, 17, 11, 8, 8];

function flatten(rows: Record<string, number[][]>, scale: number, threshold: number): number[][] {
  const powers = Object.keys(rows)
    .map(Number)
    .sort((a, b) => a - b);
  return powers.map((p) =>
    (rows[String(p)] ?? [])
      .filter(
        ([a = 0, , f1 = 0]) =>
          Math.abs(a) * scale * (1 + Math.abs(f1) / MEAN_MOTION) * MAX_ABS_T ** p >= threshold,
      )
      .flatMap((row) => row.map((x, i) => Number(x.toPrecision(DIGITS[i])))),
  );
}

const complete: ElpSeries = {
  w1: full.W1,
  lon: flatten(full.L, 1, 0),
  lat: flatten(full.B, 1, 0),
  dist: flatten(full.R, KM_TO_ARCSEC, 0),
};
const truncated: ElpSeries = {
  w1: full.W1,
  lon: flatten(full.L, 1, THRESHOLDS.lon),
  lat: flatten(full.B, 1, THRESHOLDS.lat),
  dist: flatten(full.R, KM_TO_ARCSEC, THRESHOLDS.dist),
};
const count = (s: number[][]) => s.reduce((n, terms) => n + terms.length / 6, 0);

writeFileSync(
  OUT,
  `${JSON.stringify({
    source: `${full.name} (ELP/MPP02, Chapront & Francou 2003) from the astronomia package, truncated by scripts/astro-generate/true-node-elp.ts`,
    thresholds: THRESHOLDS,
    ...truncated,
  })}\n`,
);

/** Longitude of the ascending node of the plane of position and velocity on the J2000 ecliptic. */
function node(s: Float64Array): number {
  const hx = s[1]! * s[5]! - s[2]! * s[4]!;
  const hy = s[2]! * s[3]! - s[0]! * s[5]!;
  return Math.atan2(hx, -hy);
}

const a = new Float64Array(9);
const b = new Float64Array(9);
let worst = 0;
const N = 20_000;
for (let i = 0; i < N; i++) {
  const jd = 2378496.5 + ((i + 0.5) / N) * 219145;
  lunarStateJ2000(jd, a, truncated);
  lunarStateJ2000(jd, b, complete);
  const d = Math.abs(Math.atan2(Math.sin(node(a) - node(b)), Math.cos(node(a) - node(b))));
  worst = Math.max(worst, (d * 180 * 3600) / Math.PI);
}
console.log(
  `terms lon ${count(truncated.lon)}/${count(complete.lon)}, lat ${count(truncated.lat)}/${count(complete.lat)}, dist ${count(truncated.dist)}/${count(complete.dist)}; node truncation error ≤ ${worst.toFixed(3)}″ (1800–2400)`,
);
