import { BrokenCircuitError, TaskCancelledError } from 'cockatiel';
import type { Logger } from 'pino';
import { logger } from '@/lib/logging/logger';
import type { ReadingSection } from '@/lib/readings/compose';
import type { LlmConfig } from './config';
import { LlmError, type LlmFailure } from './errors';
import { readingLanguage } from './language';
import { enrichmentPrompt } from './prompt';
import { createResilience, type ResilienceOptions } from './resilience';
import { sectionFacts } from './section-facts';
import { streamCompletion } from './stream-completion';
import { checkOutput } from './validate-output';

export interface EnrichInput {
  section: ReadingSection;
  /** What the section may speak of; defaults to `sectionFacts(section)`. */
  facts?: readonly string[];
  /** The locale the section was composed for. */
  locale: string;
  /**
   * Called with the text of the current attempt so far. After a retry it starts again from the
   * beginning, so replace what is shown rather than append to it.
   */
  onDelta?: (textSoFar: string) => void;
}

/** Why the built-in text was kept. */
export type FallbackReason =
  LlmFailure | 'disabled' | 'circuit_open' | 'invalid_output' | 'unexpected';

export type EnrichResult =
  | { source: 'llm'; paragraphs: string[] }
  | { source: 'builtin'; paragraphs: string[]; reason: FallbackReason; detail?: string };

export interface EnricherOptions extends Partial<ResilienceOptions> {
  /** A 429 asking to wait longer than this is not retried (default 5 s). */
  maxRetryAfterMs?: number;
  logger?: Logger;
}

export interface Enricher {
  enrichSection(input: EnrichInput): Promise<EnrichResult>;
}

// A long section can stream for minutes; what we bound tightly is silence (LLM_TIMEOUT_MS).
const ATTEMPT_CAP_FACTOR = 6;

const DEFAULTS = {
  maxRetries: 2,
  breakerThreshold: 5,
  halfOpenAfterMs: 30_000,
  initialBackoffMs: 250,
  maxBackoffMs: 4_000,
  maxRetryAfterMs: 5_000,
};

/**
 * An enricher with its own retry policy and circuit breaker. The app uses one per process
 * (`enrichSection` in this folder's index); tests make their own against a fake provider.
 */
export function createEnricher(config: LlmConfig, options: EnricherOptions = {}): Enricher {
  const settings = {
    maxRetries: options.maxRetries ?? DEFAULTS.maxRetries,
    breakerThreshold: options.breakerThreshold ?? DEFAULTS.breakerThreshold,
    halfOpenAfterMs: options.halfOpenAfterMs ?? DEFAULTS.halfOpenAfterMs,
    initialBackoffMs: options.initialBackoffMs ?? DEFAULTS.initialBackoffMs,
    maxBackoffMs: options.maxBackoffMs ?? DEFAULTS.maxBackoffMs,
    maxRetryAfterMs: options.maxRetryAfterMs ?? DEFAULTS.maxRetryAfterMs,
    attemptTimeoutMs: options.attemptTimeoutMs ?? config.timeoutMs * ATTEMPT_CAP_FACTOR,
  };
  const log = (options.logger ?? logger).child({ module: 'llm-enrich', model: config.model });
  const { apiKey } = config;
  const resilience = apiKey ? createResilience(settings, log) : undefined;

  async function enrichSection(input: EnrichInput): Promise<EnrichResult> {
    const { section } = input;
    if (!apiKey || !resilience) {
      return { source: 'builtin', paragraphs: section.paragraphs, reason: 'disabled' };
    }
    const language = readingLanguage(input.locale);
    const facts = input.facts ?? sectionFacts(section);
    const messages = enrichmentPrompt(section, facts, language);
    const onText = guarded(input.onDelta, log);

    let text: string;
    try {
      text = await resilience.policy.execute(({ signal }) =>
        streamCompletion({
          baseUrl: config.baseUrl,
          apiKey,
          model: config.model,
          messages,
          signal,
          idleTimeoutMs: config.timeoutMs,
          maxRetryAfterMs: settings.maxRetryAfterMs,
          onText,
        }),
      );
    } catch (error) {
      return fallback(input, classify(error));
    }
    const check = checkOutput(text, section, language, facts);
    if (!check.ok) return fallback(input, { reason: 'invalid_output', detail: check.why });
    return { source: 'llm', paragraphs: check.paragraphs };
  }

  function fallback(
    input: EnrichInput,
    { reason, detail }: { reason: FallbackReason; detail?: string },
  ): EnrichResult {
    log.warn(
      { section: input.section.id, locale: input.locale, reason, detail },
      'llm enrichment fell back to the built-in text',
    );
    return { source: 'builtin', paragraphs: input.section.paragraphs, reason, detail };
  }

  return { enrichSection };
}

function classify(error: unknown): { reason: FallbackReason; detail?: string } {
  if (error instanceof LlmError) return { reason: error.failure, detail: error.message };
  if (error instanceof BrokenCircuitError) return { reason: 'circuit_open' };
  if (error instanceof TaskCancelledError) {
    return { reason: 'timeout', detail: 'the attempt exceeded its total cap' };
  }
  return { reason: 'unexpected', detail: error instanceof Error ? error.message : String(error) };
}

// A throwing progress callback must not pass for a provider failure.
function guarded(onDelta: EnrichInput['onDelta'], log: Logger): (text: string) => void {
  return (text) => {
    try {
      onDelta?.(text);
    } catch (error) {
      log.error({ err: error }, 'llm onDelta callback threw');
    }
  };
}
