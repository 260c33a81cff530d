import { listFamous } from '@/lib/famous';

/** Long enough for a cold chart page on a busy machine; a warm-up never holds the start longer. */
const TIMEOUT_MS = 60_000;

/**
 * Walks a new server through what the first visitor's birth-form submit needs, so that person
 * does not wait for it: the home page and its form action (route code), a place search (the
 * gazetteer and the time-zone boundaries) and a famous person's chart (the ephemeris tables,
 * chart storage, the chart page and its reading). The chart is the one anyone opening that
 * person's page gets; storing it is idempotent. Requests run in parallel; a failure is only
 * reported, since the app works without the warm-up, just slower once.
 */
export async function warmUp(base: string): Promise<void> {
  const famous = listFamous({ limit: 1 }).people[0];
  const paths = [
    '/en',
    '/api/places?q=Paris&locale=en',
    ...(famous ? [`/en/famous/${famous.id}`] : []),
  ];
  const results = await Promise.allSettled(
    paths.map(async (path) => {
      const res = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
    }),
  );
  const failed = results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []));
  if (failed.length > 0)
    console.warn(`Warm-up incomplete (first requests may be slow): ${failed.join('; ')}`);
}
