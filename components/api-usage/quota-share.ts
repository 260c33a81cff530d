/**
 * How much of a quota is used, as a whole percentage for people to read: rounded down, so
 * 100 means the quota is really spent, but never 0 once anything is used.
 *
 * @example quotaShare(5, 1000) // 1
 * @example quotaShare(999, 1000) // 99
 */
export function quotaShare(used: number, quota: number): number {
  if (used <= 0 || quota <= 0) return 0;
  return Math.max(1, Math.min(100, Math.floor((used / quota) * 100)));
}
