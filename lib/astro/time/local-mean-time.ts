/**
 * Local mean time offset at a longitude, whole seconds: 4 minutes of time per degree east.
 *
 * @example
 * lmtOffsetSeconds(2.35); // 564 (9 min 24 s)
 * lmtOffsetSeconds(-73.94); // -17746
 */
export function lmtOffsetSeconds(longitude: number): number {
  return Math.round(longitude * 240);
}
