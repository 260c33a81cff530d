import type { z } from 'zod';
import type {
  ZodOpenApiRequestBodyObject,
  ZodOpenApiResponseObject,
  ZodOpenApiResponsesObject,
} from 'zod-openapi';
import { ProblemSchema } from '@/lib/api/v1/problem.schema';

const PROBLEM_JSON = 'application/problem+json';

/** Why each refusal status happens, shared by every operation. */
const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  401: 'No key, or an invalid or revoked key (`unauthenticated`, `api_key_invalid`, `api_key_revoked`).',
  403: 'The key lacks the scope (`scope_missing`).',
  404: 'Nothing under that identifier (`not_found`).',
  409: 'The same `Idempotency-Key` is still running (`idempotency_in_progress`).',
  413: 'The body is over 64 KiB (`payload_too_large`).',
  415: 'The body is not JSON (`unsupported_media_type`).',
  422: 'Invalid input, one entry per field in `errors` (`validation_failed`, `idempotency_mismatch`); a local time a DST change skipped or repeated (`local_time_skipped`, `local_time_ambiguous`, both readings in `candidates`).',
  429: 'Past the per-minute limit or the 30-day quota (`rate_limited`, `quota_exceeded`), with `Retry-After`.',
};

/** A JSON request body. */
export function jsonBody(schema: z.ZodType): ZodOpenApiRequestBodyObject {
  return { required: true, content: { 'application/json': { schema } } };
}

/** A JSON answer with optional headers. */
export function jsonAnswer(
  description: string,
  schema: z.ZodType,
  headers?: z.ZodObject,
): ZodOpenApiResponseObject {
  return {
    description,
    content: { 'application/json': { schema } },
    ...(headers ? { headers } : {}),
  };
}

/** The problem+json answers an operation can give, by status. */
export function problems(...statuses: number[]): ZodOpenApiResponsesObject {
  return Object.fromEntries(
    statuses.map((status) => [
      String(status),
      {
        description: PROBLEM_DESCRIPTIONS[status] ?? 'Refused',
        content: { [PROBLEM_JSON]: { schema: ProblemSchema } },
      },
    ]),
  );
}

/** Refusals every key-authenticated operation can give. */
export const KEYED = [401, 403, 429] as const;
/** Refusals of a JSON POST on top of `KEYED`. */
export const POSTED = [...KEYED, 409, 413, 415, 422] as const;
