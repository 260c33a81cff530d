/**
 * Prints the distribution of the raw synastry balance over random pairs of birth charts, the
 * figures that `SCORE_BASELINE` and `SCORE_SCALE` in lib/astro/techniques/synastry-score.ts are
 * set from, and the score bands the current constants give. Run: `tsx scripts/calibrate-synastry-score.ts [pairs]`.
 */
import { computeChart } from '../lib/astro/chart/compute-chart';
import { synastry } from '../lib/astro/techniques/synastry';
import { scoreBand, SCORE_BANDS } from '../lib/techniques-view/score-band';

const PAIRS = Number(process.argv[2] ?? 20_000);
const FROM = Date.UTC(1940, 0, 1);
const TO = Date.UTC(2010, 0, 1);

// Deterministic (mulberry32) so two runs print the same figures.
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(20261122);
function randomChart() {
  return computeChart({
    utc: new Date(FROM + next() * (TO - FROM)),
    latitude: -50 + next() * 110,
    longitude: -180 + next() * 360,
  });
}

const raws: number[] = [];
const scores: number[] = [];
for (let i = 0; i < PAIRS; i++) {
  const s = synastry(randomChart(), randomChart()).score;
  raws.push(s.harmony - s.tension);
  scores.push(s.score);
}
const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
const fmt = (x: number) => x.toFixed(2);
console.log(
  `${PAIRS} random pairs, births ${new Date(FROM).getUTCFullYear()}–${new Date(TO).getUTCFullYear()}`,
);
console.log(
  'raw balance  ' +
    [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95]
      .map((q) => `p${q * 100}=${fmt(quantile(raws, q))}`)
      .join('  '),
);
console.log(
  'score        ' +
    [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95]
      .map((q) => `p${q * 100}=${fmt(quantile(scores, q))}`)
      .join('  '),
);
const counts = new Map(SCORE_BANDS.map((b) => [b, 0]));
for (const s of scores) counts.set(scoreBand(s), counts.get(scoreBand(s))! + 1);
console.log(
  'bands        ' +
    SCORE_BANDS.map((b) => `${b} ${((100 * counts.get(b)!) / PAIRS).toFixed(1)}%`).join('  '),
);
