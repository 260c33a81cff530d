export { enrichSection } from './enrich-section';
export {
  createEnricher,
  type EnrichInput,
  type EnrichResult,
  type Enricher,
  type EnricherOptions,
  type FallbackReason,
} from './enricher';
export { sectionFacts } from './section-facts';
export type { LlmConfig } from './config';
