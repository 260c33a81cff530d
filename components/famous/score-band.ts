/** The words a compatibility score is summed up in (message keys under `famous.compare.summaries`). */
export type ScoreBand = 'veryTense' | 'tense' | 'balanced' | 'harmonious' | 'veryHarmonious';

/** Upper bounds (exclusive) of each band below the top one; 50 is neutral. */
const BANDS: ReadonlyArray<readonly [number, ScoreBand]> = [
  [35, 'veryTense'],
  [45, 'tense'],
  [55, 'balanced'],
  [65, 'harmonious'],
];

/**
 * The band of a 0–100 compatibility score: ten points either side of neutral read as balanced,
 * beyond twenty as strongly harmonious or tense.
 *
 * @example
 * scoreBand(50); // 'balanced'
 * scoreBand(72.4); // 'veryHarmonious'
 */
export function scoreBand(score: number): ScoreBand {
  for (const [below, band] of BANDS) if (score < below) return band;
  return 'veryHarmonious';
}
