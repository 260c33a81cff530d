export { composeReading, composeSection, readingPlan } from './compose';
export type { ReadingBody, ReadingChart, ReadingPattern } from './reading-chart';
export {
  SECTION_IDS,
  type ComposeOptions,
  type HighlightRef,
  type PlannedSection,
  type Reading,
  type ReadingHighlight,
  type ReadingNotice,
  type ReadingSection,
  type SectionId,
} from './types';
