import { llmConfigFromEnv } from './config';
import { createEnricher, type EnrichInput, type EnrichResult, type Enricher } from './enricher';

let shared: Enricher | undefined;

/**
 * Rewrites a composed section with the configured provider, or returns its built-in
 * paragraphs (`source: 'builtin'` with the reason) when enrichment is off or fails. One
 * enricher per process, so its circuit breaker sees every call.
 */
export function enrichSection(input: EnrichInput): Promise<EnrichResult> {
  shared ??= createEnricher(llmConfigFromEnv());
  return shared.enrichSection(input);
}
