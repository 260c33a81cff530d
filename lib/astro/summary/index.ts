export { DEFAULT_BALANCE_WEIGHTS, balanceOf, type Balance, type BalanceEntry } from './balance';
export { EXALTATIONS, dignityOf, type Dignity } from './dignities';
export { DOMINANCE_POINTS, dominanceScores, type DominanceScore } from './dominants';
export { hemispheresOf, type HemisphereSummary } from './hemispheres';
export { findAspectPatterns, type AspectPattern, type PatternKind } from './patterns';
export {
  PLANETS,
  isPlanet,
  rulerOf,
  type PlacedPlanet,
  signsRuledBy,
  type Planet,
  type RulershipScheme,
} from './rulerships';
export { STELLIUM_MIN_PLANETS, findStelliums } from './stelliums';
export {
  summarizeChart,
  type ChartSummary,
  type ChartSummaryInput,
  type SummaryBody,
} from './summarize-chart';
export {
  ELEMENTS,
  MODALITIES,
  elementOf,
  modalityOf,
  signAt,
  type Element,
  type Modality,
} from './zodiac';
