import { env } from '@/lib/config/env';

/** Where and how to reach the provider. No `apiKey`: enrichment is off. */
export interface LlmConfig {
  baseUrl: string;
  apiKey?: string;
  model: string;
  /**
   * Longest silence accepted from the provider, before its first byte or between chunks. An
   * attempt is also capped at six times this in total (see `EnricherOptions.attemptTimeoutMs`).
   */
  timeoutMs: number;
}

/** The provider settings from the validated environment (`LLM_*`). */
export function llmConfigFromEnv(): LlmConfig {
  const config = env();
  return {
    baseUrl: config.LLM_BASE_URL,
    apiKey: config.LLM_API_KEY,
    model: config.LLM_MODEL,
    timeoutMs: config.LLM_TIMEOUT_MS,
  };
}
