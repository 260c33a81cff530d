import { z } from 'zod';
import { ERROR_CODES } from '@/lib/errors/app-error';
import { TimeCandidateSchema } from './time-candidates.schema';

/** RFC 9457 problem details as every `/api/v1` refusal is answered (`lib/http/problem.ts`). */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string(),
    code: z.enum(ERROR_CODES),
    instance: z.string().optional(),
    requestId: z.string(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    candidates: z
      .array(TimeCandidateSchema)
      .optional()
      .meta({ description: 'For local_time_skipped / local_time_ambiguous: both readings.' }),
  })
  .meta({
    id: 'Problem',
    example: {
      type: 'https://orrery.dev/problems/validation-failed',
      title: 'Your request is not valid',
      status: 422,
      detail: 'One or more fields are invalid',
      code: 'validation_failed',
      instance: '/api/v1/charts',
      requestId: '01JC7Q6M6Z6V8K6J1N2S3T4V5W',
      errors: [{ field: 'date', message: 'YYYY-MM-DD' }],
    },
  });
