import { z } from 'zod';

/** Next.js `searchParams`, as a page receives them. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** Error codes the pages localize under `techniques.errors`. */
export type FieldErrorCode =
  | 'date_invalid'
  | 'year_invalid'
  | 'range_order'
  | 'range_too_long'
  | 'bodies_invalid'
  | 'chart_ref_invalid'
  | 'chart_not_found'
  | 'before_birth';

export interface ParsedQuery<T> {
  value: T;
  /** The first error of each field that failed; the value keeps that field's default. */
  errors: Partial<Record<keyof T & string, FieldErrorCode>>;
}

/** The first value of a query parameter, trimmed; undefined when absent or empty. */
export function firstParam(params: SearchParams, key: string): string | undefined {
  const raw = params[key];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return value ? value : undefined;
}

/** A civil date `YYYY-MM-DD` the calendar has, between 1800 and 2399. */
export const CivilDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((d) => d >= '1800-01-01' && d < '2400-01-01')
  .refine((d) => {
    // Zod runs refinements after a failed regex too, so the text may not be a date at all.
    const ms = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(d);
  });

export const YearSchema = z.coerce.number().int().min(1800).max(2399);

/** A schema's value, or undefined when the parameter is absent or does not parse. */
export function parseField<T>(
  schema: z.ZodType<T>,
  raw: string | undefined,
): { ok: true; value: T | undefined } | { ok: false } {
  if (raw === undefined) return { ok: true, value: undefined };
  const result = schema.safeParse(raw);
  return result.success ? { ok: true, value: result.data } : { ok: false };
}

/** Today's UTC date as `YYYY-MM-DD`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
