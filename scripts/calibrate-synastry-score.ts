/**
 * Prints the distribution of the raw synastry balance over random pairs of birth charts, the
 * figures that `SCORE_BASELINE` and `SCORE_SCALE` in lib/astro/techniques/synastry-score.ts are
 * set from, and the score bands the current constants give. Run: `tsx scripts/calibrate-synastry-score.ts [pairs]`.
 */
import { computeChart } from '../lib/astro/chart/compute-chart';
import { synastry } from '../lib/astro/techniques/synastry';
import { scoreBand, SCORE_BANDS } from '../lib/techniques-view/score-band';
import { randomCases } from './astro/random-cases';

const PAIRS = Number(process.argv[2] ?? 20_000);

const charts = randomCases(2 * PAIRS, 20261122).map((c) =>
  computeChart({ utc: new Date(c.utc), latitude: c.lat, longitude: c.lon }),
);

const raws: number[] = [];
const scores: number[] = [];
for (let i = 0; i < PAIRS; i++) {
  const s = synastry(charts[2 * i]!, charts[2 * i + 1]!).score;
  raws.push(s.harmony - s.tension);
  scores.push(s.score);
}
const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
const fmt = (x: number) => x.toFixed(2);
console.log(`${PAIRS} random pairs of charts (births 1900–2050, seeded)`);
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
