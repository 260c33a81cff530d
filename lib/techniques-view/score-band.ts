/** Words for a compatibility score, from tense to harmonious (message keys). */
export const SCORE_BANDS = [
  'challenging',
  'tense',
  'balanced',
  'harmonious',
  'veryHarmonious',
] as const;
export type ScoreBand = (typeof SCORE_BANDS)[number];

/**
 * The band of a 0–100 compatibility score: 50 is the typical pair and each band is 10 points
 * wide, which with the calibrated score makes each band about one random pair in five.
 *
 * @example
 * scoreBand(50); // 'balanced'
 * scoreBand(72); // 'veryHarmonious'
 */
export function scoreBand(score: number): ScoreBand {
  if (score < 35) return 'challenging';
  if (score < 45) return 'tense';
  if (score <= 55) return 'balanced';
  if (score <= 65) return 'harmonious';
  return 'veryHarmonious';
}
