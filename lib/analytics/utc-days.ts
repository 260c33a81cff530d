const DAY_MS = 86_400_000;

/**
 * The UTC calendar day of an instant, as `YYYY-MM-DD`.
 *
 * @example utcDay(new Date('2025-03-30T23:59:59Z')) // '2025-03-30'
 */
export function utcDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/**
 * The `count` UTC days ending with the day of `now`, oldest first, with the half-open
 * instant range they cover.
 *
 * @example lastUtcDays(2, new Date('2025-01-01T05:00Z')).days // ['2024-12-31', '2025-01-01']
 * @throws RangeError when count is not a whole number from 1 to 366.
 */
export function lastUtcDays(count: number, now: Date): { days: string[]; from: Date; to: Date } {
  if (!Number.isInteger(count) || count < 1 || count > 366) {
    throw new RangeError(`days must be a whole number from 1 to 366, got ${count}`);
  }
  const to = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + DAY_MS;
  const from = to - count * DAY_MS;
  const days = Array.from({ length: count }, (_, i) => utcDay(new Date(from + i * DAY_MS)));
  return { days, from: new Date(from), to: new Date(to) };
}
