/** What the pages know of the birth place's clock (from the stored birth data). */
export interface BirthClock {
  zone: string;
  offsetMinutes: number;
  rule: string;
}

/** How to show instants on the birth place's clock: an IANA zone, or a fixed UTC offset. */
export interface ZoneClock {
  /** Intl `timeZone` to format in, applied to `shift(date)`. */
  timeZone: string;
  /** Milliseconds added to an instant before formatting (0 for an IANA zone). */
  shiftMs: number;
  /** "Europe/Paris" or "UTC+05:30". */
  label: string;
}

function validZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function offsetLabel(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `UTC${sign}${hh}:${mm}`;
}

/**
 * The birth place's clock: its IANA zone when the chart followed the zone's rules, else the fixed
 * offset the chart used (local mean time or a chosen offset), which no zone name describes.
 *
 * @example
 * zoneClock({ zone: 'Europe/Paris', offsetMinutes: 120, rule: 'iana' }).label; // 'Europe/Paris'
 * zoneClock({ zone: 'Europe/Paris', offsetMinutes: 9, rule: 'lmt' }).label; // 'UTC+00:09'
 */
export function zoneClock(birth: BirthClock): ZoneClock {
  if (birth.rule === 'iana' && validZone(birth.zone)) {
    return { timeZone: birth.zone, shiftMs: 0, label: birth.zone };
  }
  return {
    timeZone: 'UTC',
    shiftMs: birth.offsetMinutes * 60_000,
    label: offsetLabel(birth.offsetMinutes),
  };
}

/** Universal Time as a clock. */
export const UT_CLOCK: ZoneClock = { timeZone: 'UTC', shiftMs: 0, label: 'UT' };

/**
 * An instant as date and time on a clock, in the reader's language.
 *
 * @example
 * formatOnClock(new Date('2026-01-01T12:00:00Z'), zoneClock(paris), 'en'); // 'Jan 1, 2026, 1:00 PM'
 */
export function formatOnClock(
  date: Date,
  clock: ZoneClock,
  locale: string,
  precision: 'minute' | 'second' = 'minute',
): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: precision === 'second' ? 'medium' : 'short',
    timeZone: clock.timeZone,
  }).format(new Date(date.getTime() + clock.shiftMs));
}

/**
 * The calendar month (`YYYY-MM`) an instant falls in on a clock.
 *
 * @example
 * monthOnClock(new Date('2026-01-31T23:30:00Z'), zoneClock(paris)); // '2026-02'
 */
export function monthOnClock(date: Date, clock: ZoneClock): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    timeZone: clock.timeZone,
  }).formatToParts(new Date(date.getTime() + clock.shiftMs));
  const year = parts.find((p) => p.type === 'year')?.value ?? '0000';
  const month = parts.find((p) => p.type === 'month')?.value ?? '00';
  return `${year}-${month}`;
}
