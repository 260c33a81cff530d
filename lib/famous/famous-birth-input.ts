import type { BirthInput } from '../astro/chart/schema';
import type { FamousPerson } from './schema';

/**
 * The `chartFromBirth` input for a famous person: the recorded wall-clock date and time (null when
 * unknown) at the birthplace, with the dataset's explicit UTC offset where a DST change makes
 * the time ambiguous or skipped.
 *
 * @example
 * chartFromBirth(famousBirthInput(getFamous('albert-einstein')!)); // { kind: 'chart', … }
 */
export function famousBirthInput(person: FamousPerson): BirthInput {
  return {
    date: person.birthDate,
    time: person.birthTime,
    location: { latitude: person.place.lat, longitude: person.place.lon, zone: person.place.zone },
    ...(person.utcOffsetMinutes === undefined
      ? {}
      : { disambiguation: { offsetMinutes: person.utcOffsetMinutes } }),
  };
}
