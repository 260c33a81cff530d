/** A random birth instant and place for benches and fixtures. */
export interface RandomCase {
  id: string;
  utc: string;
  lat: number;
  lon: number;
}

const START_MS = Date.UTC(1900, 0, 1);
const END_MS = Date.UTC(2050, 11, 31, 23, 59, 59);

/** Mulberry32: a tiny seeded generator, so a bench run is repeatable. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` random cases, 1900–2050 UT, latitudes −60..66, longitudes −180..180, whole seconds.
 *
 * @example
 * randomCases(2, 42); // [{ id: 'r00001', utc: '19…Z', lat: …, lon: … }, …]
 */
export function randomCases(count: number, seed: number): RandomCase[] {
  const next = mulberry32(seed);
  return Array.from({ length: count }, (_, i) => {
    const ms = START_MS + Math.floor(next() * ((END_MS - START_MS) / 1000)) * 1000;
    return {
      id: `r${String(i + 1).padStart(5, '0')}`,
      utc: new Date(ms).toISOString().replace('.000Z', 'Z'),
      lat: Math.round((-60 + next() * 126) * 1e4) / 1e4,
      lon: Math.round((-180 + next() * 360) * 1e4) / 1e4,
    };
  });
}
