/** Civil (wall-clock) birth data as a person enters it. */
export interface CivilTimeInput {
  /** Calendar date `YYYY-MM-DD`, proleptic Gregorian. */
  date: string;
  /** Wall-clock time `HH:MM` or `HH:MM:SS`; `null` when the time of birth is unknown. */
  time: string | null;
  /** IANA zone name, e.g. `Europe/Paris`. */
  zone: string;
  /** Longitude of the birth place in degrees east, used for local mean time. */
  longitude: number;
}

/** Which rule produced the offset: the zone's IANA history, or local mean time from the longitude. */
export type OffsetRule = 'iana' | 'lmt';

/** One way of reading a wall-clock time as an instant. */
export interface UtcReading {
  /** The instant, whole seconds. */
  utc: Date;
  /** Local minus UT, in minutes; not a whole number for local mean time (e.g. 9.4 at 2.35° E). */
  offsetMinutes: number;
  rule: OffsetRule;
  /** Display abbreviation in English (`EST`, `BST`, `GMT+1`, `LMT`), when known. */
  zoneAbbr?: string;
}

/**
 * Outcome of converting civil time to UT. A wall-clock time skipped by a spring-forward change
 * (`gap`) or repeated by a fall-back change (`ambiguous`) gives both readings, earlier instant
 * first, for the person to choose; nothing is guessed silently. Every reading satisfies
 * typed wall time − `offsetMinutes` = `utc`: in a gap the earlier instant carries the offset in
 * force after the change (New York 02:30 → 06:30Z at EDT) and the later one the offset before it
 * (07:30Z at EST).
 */
export type LocalToUtcResult =
  | ({ kind: 'ok' } & UtcReading)
  | { kind: 'gap'; candidates: [UtcReading, UtcReading] }
  | { kind: 'ambiguous'; candidates: [UtcReading, UtcReading] }
  | ({ kind: 'unknown_time' } & UtcReading);

/** An instant shown as wall-clock time in a zone. */
export interface LocalReading {
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM:SS`. */
  time: string;
  offsetMinutes: number;
  rule: OffsetRule;
  zoneAbbr?: string;
}
