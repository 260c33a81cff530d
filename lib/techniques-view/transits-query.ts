import { isoDay, CivilDateSchema, firstParam, parseField } from './query-params';
import type { ParsedQuery, SearchParams } from './query-params';

/** Which transiting bodies the timeline follows. */
export const TRANSIT_BODY_SETS = ['outer', 'planets'] as const;
export type TransitBodySet = (typeof TRANSIT_BODY_SETS)[number];

export interface TransitsQuery {
  from: string;
  to: string;
  bodies: TransitBodySet;
}

/** Longest timeline the page computes, in days (three years). */
export const MAX_RANGE_DAYS = 3 * 366;

function addMonths(day: string, months: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return isoDay(d);
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

/**
 * The transit timeline's range and body filter from the query: from today to twelve months on,
 * outer planets, unless asked otherwise. A bad field keeps its default and gets an error code.
 *
 * @example
 * parseTransitsQuery({ from: '2026-01-01' }, new Date('2026-11-22T20:00:00Z'));
 * // { value: { from: '2026-01-01', to: '2027-01-01', bodies: 'outer' }, errors: {} }
 */
export function parseTransitsQuery(params: SearchParams, now: Date): ParsedQuery<TransitsQuery> {
  const errors: ParsedQuery<TransitsQuery>['errors'] = {};
  const from = parseField(CivilDateSchema, firstParam(params, 'from'));
  if (!from.ok) errors.from = 'date_invalid';
  const fromDay = (from.ok && from.value) || isoDay(now);
  const to = parseField(CivilDateSchema, firstParam(params, 'to'));
  if (!to.ok) errors.to = 'date_invalid';
  const toDay = (to.ok && to.value) || addMonths(fromDay, 12);
  if (!errors.to && !errors.from) {
    if (daysBetween(fromDay, toDay) <= 0) errors.to = 'range_order';
    else if (daysBetween(fromDay, toDay) > MAX_RANGE_DAYS) errors.to = 'range_too_long';
  }
  const rawBodies = firstParam(params, 'bodies') ?? 'outer';
  const bodies = (TRANSIT_BODY_SETS as readonly string[]).includes(rawBodies)
    ? (rawBodies as TransitBodySet)
    : 'outer';
  if (bodies !== rawBodies) errors.bodies = 'bodies_invalid';
  return { value: { from: fromDay, to: toDay, bodies }, errors };
}
