/** Why an enrichment attempt failed; also the `reason` a fallback reports. */
export type LlmFailure =
  | 'network'
  | 'timeout'
  | 'rate_limited'
  | 'server_error'
  | 'auth'
  | 'client_error'
  | 'stream_broken'
  | 'malformed_stream'
  | 'truncated';

/**
 * A failed call to the provider. `retryable` marks the transient kinds (network, 5xx, broken
 * stream, 429 within the wait we accept); `retryAfterMs` carries a 429's Retry-After.
 */
export class LlmError extends Error {
  constructor(
    readonly failure: LlmFailure,
    readonly retryable: boolean,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'LlmError';
  }
}
