/** Subjects for the API specs, one per way of saying when and where (docs/api-v1.md). */

/** Paris, by gazetteer id: local time read through the zone's history. */
export const PARIS_BY_PLACE = { date: '1990-05-15', time: '14:30', placeId: 2988507 };

/** The same kind of birth as a UT instant with coordinates. */
export const PARIS_BY_UTC = { utc: '1990-05-15T12:30:00Z', latitude: 48.8566, longitude: 2.3522 };

/** New York by coordinates and zone. */
export const NEW_YORK_BY_ZONE = {
  date: '1988-11-02',
  time: '01:10',
  latitude: 40.7128,
  longitude: -74.006,
  zone: 'America/New_York',
};

/** A wall-clock time the 2021 spring-forward in New York skipped. */
export const NEW_YORK_SKIPPED = { ...NEW_YORK_BY_ZONE, date: '2021-03-14', time: '02:30' };

/** A wall-clock time the 2021 fall-back in New York repeated. */
export const NEW_YORK_REPEATED = { ...NEW_YORK_BY_ZONE, date: '2021-11-07', time: '01:30' };
