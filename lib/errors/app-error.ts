/**
 * The stable error codes the platform answers with. A code never changes meaning once
 * shipped; clients switch on it. HTTP status per code lives in `problem.ts`.
 */
export const ERROR_CODES = [
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'email_taken',
  'invalid_credentials',
  'rate_limited',
  'api_key_invalid',
  'api_key_revoked',
  'api_key_limit_reached',
  'scope_missing',
  'quota_exceeded',
  'idempotency_mismatch',
  'idempotency_in_progress',
  'payload_too_large',
  'unsupported_media_type',
  'local_time_ambiguous',
  'local_time_skipped',
  'service_unavailable',
  'client_closed_request',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldError {
  /** Dotted path of the offending field, e.g. `birth.date`. */
  field: string;
  message: string;
}

export interface AppErrorContext {
  fields?: FieldError[];
  retryAfterSeconds?: number;
  /** Extra detail that is safe to show a client. Never put secrets here. */
  [key: string]: unknown;
}

/** The one error type of the application: a stable code, a safe message, optional context. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly context: AppErrorContext = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}
