import type { z } from 'zod';
import type { FieldError } from '@/lib/errors/app-error';

/** One entry per invalid field (the first issue wins), with dotted paths. */
export function fieldErrorsOf(error: z.ZodError): FieldError[] {
  const seen = new Map<string, string>();
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.') || '(root)';
    if (!seen.has(field)) seen.set(field, issue.message);
  }
  return [...seen].map(([field, message]) => ({ field, message }));
}

/** The same, keyed by field: what a form shows beside each input. */
export function fieldErrorMap(error: z.ZodError): Record<string, string> {
  return Object.fromEntries(fieldErrorsOf(error).map((e) => [e.field, e.message]));
}
