import { Temporal } from 'temporal-polyfill';

/** Far enough back that every zone's first transition (all after 1840) is found from here. */
const SEARCH_START = Temporal.Instant.from('1000-01-01T00:00:00Z');

const firstTransitions = new Map<string, number | null>();
const abbreviationFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Epoch milliseconds of the zone's first transition, the end of its local-mean-time era; `null`
 * for zones that never changed offset (`UTC`, `Etc/GMT+5`). Cached per zone.
 *
 * @example
 * new Date(firstTransitionMs('America/New_York')!).toISOString(); // '1883-11-18T17:00:00.000Z'
 */
export function firstTransitionMs(zone: string): number | null {
  const cached = firstTransitions.get(zone);
  if (cached !== undefined) return cached;
  const transition = SEARCH_START.toZonedDateTimeISO(zone).getTimeZoneTransition('next');
  const value = transition ? transition.epochMilliseconds : null;
  firstTransitions.set(zone, value);
  return value;
}

/**
 * English display abbreviation of the zone at an instant, as ICU names it (`EST`, `BST`, or a
 * `GMT+1` style fallback where English has no abbreviation).
 *
 * @example
 * zoneAbbreviation('America/New_York', Date.UTC(2021, 0, 1)); // 'EST'
 */
export function zoneAbbreviation(zone: string, epochMs: number): string | undefined {
  let format = abbreviationFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' });
    abbreviationFormats.set(zone, format);
  }
  return format.formatToParts(epochMs).find((part) => part.type === 'timeZoneName')?.value;
}
