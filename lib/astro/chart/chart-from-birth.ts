import type { AspectOptions } from '../aspects';
import { localToUtc } from '../time/local-to-utc';
import { parseCivilDateTime, UNKNOWN_TIME_NOON } from '../time/parse-civil-input';
import type { OffsetRule, UtcReading } from '../time/types';
import { computeChart } from './compute-chart';
import type { BirthInput } from './schema';
import type { Chart } from './types';

/** How the birth's wall-clock time was turned into UT. */
export interface ResolvedTime extends Omit<UtcReading, 'rule'> {
  /** `explicit` when the caller gave the offset. */
  rule: OffsetRule | 'explicit';
  /** `zone`: the zone's rules alone; `fold`/`offset`: the caller's choice for a DST gap or overlap. */
  resolvedBy: 'zone' | 'fold' | 'offset';
}

export type BirthChartResult =
  | { kind: 'chart'; chart: Chart; time: ResolvedTime }
  /**
   * The wall-clock time was skipped (`gap`) or repeated (`ambiguous`) by a DST change. Both
   * readings are given, earlier instant first; ask again with `disambiguation`.
   */
  | { kind: 'gap' | 'ambiguous'; candidates: [UtcReading, UtcReading] };

function withOffset(input: BirthInput, offsetMinutes: number): ResolvedTime {
  const wall = parseCivilDateTime(input.date, input.time ?? UNKNOWN_TIME_NOON);
  const wallAsUtcMs = wall.toZonedDateTime('UTC').epochMilliseconds;
  return {
    utc: new Date(wallAsUtcMs - offsetMinutes * 60_000),
    offsetMinutes,
    rule: 'explicit',
    resolvedBy: 'offset',
  };
}

function resolveTime(
  input: BirthInput,
): ResolvedTime | Exclude<BirthChartResult, { kind: 'chart' }> {
  const choice = input.disambiguation;
  if (choice && 'offsetMinutes' in choice) return withOffset(input, choice.offsetMinutes);
  const result = localToUtc({
    date: input.date,
    time: input.time,
    zone: input.location.zone,
    longitude: input.location.longitude,
  });
  if (result.kind === 'ok' || result.kind === 'unknown_time') {
    const { kind: _kind, ...reading } = result;
    return { ...reading, resolvedBy: 'zone' };
  }
  if (!choice) return result;
  const reading = result.candidates[choice.fold === 'earlier' ? 0 : 1];
  return { ...reading, resolvedBy: 'fold' };
}

/**
 * A chart from civil birth data: wall-clock date and time in an IANA zone at a place. The local
 * time goes to UT through the zone's history (local mean time before standard time); a time that
 * a DST change skipped or repeated is never guessed: the result lists both readings unless
 * `disambiguation` picks one (`fold: 'earlier' | 'later'`, or an explicit `offsetMinutes`).
 * An unknown time (`time: null`) gives a noon chart without houses.
 *
 * @example
 * chartFromBirth({
 *   date: '1990-05-15', time: '14:30',
 *   location: { latitude: 48.8566, longitude: 2.3522, zone: 'Europe/Paris' },
 * }); // { kind: 'chart', chart: { bodies: { sun: { sign: 'taurus', … } … } }, time: { offsetMinutes: 120, … } }
 */
export function chartFromBirth(input: BirthInput & { aspects?: AspectOptions }): BirthChartResult {
  const time = resolveTime(input);
  if ('kind' in time) return time;
  const chart = computeChart({
    utc: time.utc,
    latitude: input.location.latitude,
    longitude: input.location.longitude,
    timeUnknown: input.time === null,
    ...(input.houseSystem ? { houseSystem: input.houseSystem } : {}),
    ...(input.zodiac ? { zodiac: input.zodiac } : {}),
    ...(input.aspects ? { aspects: input.aspects } : {}),
  });
  return { kind: 'chart', chart, time };
}
