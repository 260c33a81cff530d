import {
  CivilDateSchema,
  firstParam,
  isoDay,
  parseField,
  YearSchema,
  type ParsedQuery,
  type SearchParams,
} from './query-params';

/**
 * The progression date (`date`), today by default.
 *
 * @example
 * parseProgressionQuery({ date: '2030-01-01' }, new Date()).value.date; // '2030-01-01'
 */
export function parseProgressionQuery(
  params: SearchParams,
  now: Date,
): ParsedQuery<{ date: string }> {
  const date = parseField(CivilDateSchema, firstParam(params, 'date'));
  return {
    value: { date: (date.ok && date.value) || isoDay(now) },
    errors: date.ok ? {} : { date: 'date_invalid' },
  };
}

/**
 * The solar return year (`year`), this year by default; not before the birth year.
 *
 * @example
 * parseReturnYearQuery({ year: '1980' }, new Date('2026-01-01'), 1990).errors; // { year: 'before_birth' }
 */
export function parseReturnYearQuery(
  params: SearchParams,
  now: Date,
  birthYear: number,
): ParsedQuery<{ year: number }> {
  const fallback = Math.max(now.getUTCFullYear(), birthYear);
  const year = parseField(YearSchema, firstParam(params, 'year'));
  if (!year.ok) return { value: { year: fallback }, errors: { year: 'year_invalid' } };
  const value = year.value ?? fallback;
  if (value < birthYear) return { value: { year: fallback }, errors: { year: 'before_birth' } };
  return { value: { year: value }, errors: {} };
}
