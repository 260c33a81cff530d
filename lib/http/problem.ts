import { ZodError } from 'zod';
import { AppError, type ErrorCode, type FieldError } from '@/lib/errors/app-error';
import { logger } from '@/lib/logging/logger';
import { fieldErrorsOf } from '@/lib/validation/field-errors';

const STATUS: Record<ErrorCode, number> = {
  validation_failed: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  email_taken: 409,
  invalid_credentials: 401,
  rate_limited: 429,
  api_key_invalid: 401,
  api_key_revoked: 401,
  api_key_limit_reached: 409,
  scope_missing: 403,
  quota_exceeded: 429,
  idempotency_mismatch: 422,
  idempotency_in_progress: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  local_time_ambiguous: 422,
  local_time_skipped: 422,
  service_unavailable: 503,
  // nginx's status for a client that left before its request was read: no one reads the
  // answer, but the access log tells it apart from a server fault.
  client_closed_request: 499,
  internal: 500,
};

const TITLE: Record<ErrorCode, string> = {
  validation_failed: 'Your request is not valid',
  unauthenticated: 'Authentication required',
  forbidden: 'Not allowed',
  not_found: 'Not found',
  conflict: 'Conflict',
  email_taken: 'Email already registered',
  invalid_credentials: 'Invalid credentials',
  rate_limited: 'Too many requests',
  api_key_invalid: 'Invalid API key',
  api_key_revoked: 'API key revoked',
  api_key_limit_reached: 'Too many active API keys',
  scope_missing: 'API key lacks a scope',
  quota_exceeded: 'Monthly quota exhausted',
  idempotency_mismatch: 'Idempotency key reused with a different request',
  idempotency_in_progress: 'A request with this idempotency key is in progress',
  payload_too_large: 'Payload too large',
  unsupported_media_type: 'Unsupported media type',
  local_time_ambiguous: 'The local time happened twice',
  local_time_skipped: 'The local time never happened',
  service_unavailable: 'Service unavailable',
  client_closed_request: 'Client closed the request',
  internal: 'Internal error',
};

/** RFC 9457 problem details, with our stable `code` and per-field `errors`. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  instance?: string;
  requestId: string;
  errors?: FieldError[];
  /** Both readings of a local time a DST change repeated or skipped, earlier first. */
  candidates?: unknown[];
}

/**
 * The one mapper from anything thrown to problem+json. AppError and zod errors are safe to
 * show; anything else is logged with the request id and answered opaquely.
 */
export function toProblem(error: unknown, requestId: string, instance?: string): Problem {
  let appError: AppError;
  if (error instanceof AppError) {
    appError = error;
  } else if (error instanceof ZodError) {
    appError = new AppError('validation_failed', 'One or more fields are invalid', {
      fields: fieldErrorsOf(error),
    });
  } else {
    logger.error({ err: error, requestId }, 'unhandled error');
    appError = new AppError('internal', 'An unexpected error occurred; quote the request id');
  }
  const { code } = appError;
  return {
    type: `https://orrery.dev/problems/${code.replaceAll('_', '-')}`,
    title: TITLE[code],
    status: STATUS[code],
    detail: appError.message,
    code,
    ...(instance ? { instance } : {}),
    requestId,
    ...(appError.context.fields ? { errors: appError.context.fields } : {}),
    ...(Array.isArray(appError.context.candidates)
      ? { candidates: appError.context.candidates }
      : {}),
  };
}

export function problemResponse(error: unknown, requestId: string, instance?: string): Response {
  const problem = toProblem(error, requestId, instance);
  const headers = new Headers({
    'content-type': 'application/problem+json',
    'x-request-id': requestId,
  });
  const retryAfter = error instanceof AppError ? error.context.retryAfterSeconds : undefined;
  if (typeof retryAfter === 'number') headers.set('retry-after', String(Math.ceil(retryAfter)));
  return new Response(JSON.stringify(problem), { status: problem.status, headers });
}
