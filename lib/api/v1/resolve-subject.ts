import type { StoredBirthData, StoredChartInput } from '@/db/schema';
import { chartFromBirth } from '@/lib/astro/chart/chart-from-birth';
import { computeChart } from '@/lib/astro/chart/compute-chart';
import type { Chart } from '@/lib/astro/chart/types';
import type { UtcReading } from '@/lib/astro/time/types';
import { AppError } from '@/lib/errors/app-error';
import { getPlace } from '@/lib/places/get-place';
import { withAstroRefusals } from './astro-refusal';
import type { Subject, TimeResolution } from './subject.schema';
import type { TimeCandidate } from './time-candidates.schema';

/** A computed subject: its chart, how its time was read, and what to store for it. */
export interface ResolvedSubject {
  chart: Chart;
  time: TimeResolution;
  stored: StoredChartInput;
  birth: StoredBirthData;
}

function fieldError(field: string, message: string): AppError {
  return new AppError('validation_failed', message, { fields: [{ field, message }] });
}

function candidateJson(reading: UtcReading): TimeCandidate {
  return {
    utc: reading.utc.toISOString(),
    offsetMinutes: reading.offsetMinutes,
    rule: reading.rule,
    ...(reading.zoneAbbr ? { zoneAbbr: reading.zoneAbbr } : {}),
  };
}

function fromInstant(subject: Subject, utc: string, prefix: string): ResolvedSubject {
  const latitude = subject.latitude ?? 0;
  const longitude = subject.longitude ?? 0;
  const instant = new Date(utc);
  const chart = withAstroRefusals(
    () =>
      computeChart({
        utc: instant,
        latitude,
        longitude,
        houseSystem: subject.houseSystem,
        zodiac: subject.zodiac,
      }),
    { prefix, fallback: 'utc' },
  );
  const iso = instant.toISOString();
  return {
    chart,
    time: { utc: iso, rule: 'utc', resolvedBy: 'instant', offsetMinutes: 0, zone: null },
    stored: {
      utc: iso,
      latitude,
      longitude,
      timeUnknown: false,
      houseSystem: subject.houseSystem,
      zodiac: subject.zodiac,
    },
    birth: {
      date: iso.slice(0, 10),
      time: iso.slice(11, 19),
      placeLabel: `${latitude}, ${longitude}`,
      zone: 'UTC',
      offsetMinutes: 0,
      rule: 'utc',
    },
  };
}

/** Where a subject was born, as the engine needs it and as stored charts show it. */
export interface SubjectLocation {
  latitude: number;
  longitude: number;
  zone: string;
  label: string;
}

/**
 * A local-time subject's place (looked up when given by id; `place_unknown` otherwise), or
 * null for a subject given as an instant.
 */
export function locateSubject(subject: Subject, prefix = ''): SubjectLocation | null {
  return subject.utc === undefined ? locationOf(subject, prefix) : null;
}

function locationOf(subject: Subject, prefix: string): SubjectLocation {
  if (subject.placeId === undefined) {
    const latitude = subject.latitude ?? 0;
    const longitude = subject.longitude ?? 0;
    return {
      latitude,
      longitude,
      zone: subject.zone ?? 'UTC',
      label: `${latitude}, ${longitude}`,
    };
  }
  const place = getPlace(subject.placeId);
  if (!place) throw fieldError(`${prefix}placeId`, 'place_unknown');
  return { latitude: place.lat, longitude: place.lon, zone: place.timeZone, label: place.label };
}

/**
 * Casts the chart of a validated subject. A local time that a DST change skipped or repeated
 * is refused as `local_time_skipped` / `local_time_ambiguous` with both readings, so the
 * caller picks one with `disambiguation`. `prefix` names the subject in field errors
 * (`a.` and `b.` for two charts). `located`, from `locateSubject`, spares the place lookup
 * (a worker thread casting charts has no place index).
 *
 * @example
 * resolveSubject(SubjectSchema.parse({ utc: '2000-01-01T12:00:00Z', latitude: 0, longitude: 0 }))
 *   .time.rule; // 'utc'
 */
export function resolveSubject(
  subject: Subject,
  prefix = '',
  located?: SubjectLocation,
): ResolvedSubject {
  if (subject.utc !== undefined) return fromInstant(subject, subject.utc, prefix);
  const date = subject.date ?? '';
  const time = subject.time ?? null;
  const location = located ?? locationOf(subject, prefix);
  const result = withAstroRefusals(
    () =>
      chartFromBirth({
        date,
        time,
        location: {
          latitude: location.latitude,
          longitude: location.longitude,
          zone: location.zone,
        },
        houseSystem: subject.houseSystem,
        zodiac: subject.zodiac,
        ...(subject.disambiguation ? { disambiguation: subject.disambiguation } : {}),
      }),
    { prefix, fallback: 'date' },
  );
  if (result.kind !== 'chart') {
    const skipped = result.kind === 'gap';
    throw new AppError(
      skipped ? 'local_time_skipped' : 'local_time_ambiguous',
      skipped
        ? `${date} ${time} never happened in ${location.zone}: a DST change skipped it. Pick a reading with disambiguation.`
        : `${date} ${time} happened twice in ${location.zone}. Pick a reading with disambiguation.`,
      { candidates: result.candidates.map(candidateJson) },
    );
  }
  const { chart, time: resolved } = result;
  const utc = resolved.utc.toISOString();
  return {
    chart,
    time: {
      utc,
      rule: resolved.rule,
      resolvedBy: resolved.resolvedBy,
      offsetMinutes: resolved.offsetMinutes,
      zone: location.zone,
      ...(resolved.zoneAbbr ? { zoneAbbr: resolved.zoneAbbr } : {}),
    },
    stored: {
      utc,
      latitude: location.latitude,
      longitude: location.longitude,
      timeUnknown: time === null,
      houseSystem: subject.houseSystem,
      zodiac: subject.zodiac,
    },
    birth: {
      date,
      time,
      placeLabel: location.label,
      zone: location.zone,
      offsetMinutes: resolved.offsetMinutes,
      rule: resolved.rule,
    },
  };
}
