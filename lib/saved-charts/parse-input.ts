import type { z } from 'zod';
import { AppError } from '@/lib/errors/app-error';
import { fieldErrorsOf } from '@/lib/validation/field-errors';

/** Parses lib input, turning a zod failure into `validation_failed` with per-field codes. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields = fieldErrorsOf(parsed.error);
  throw new AppError('validation_failed', fields[0]?.message ?? 'invalid', { fields });
}
