import type { ChartRow } from './chart-writer';
import { resolveSubject, type SubjectLocation } from './resolve-subject';
import type { Subject } from './subject.schema';

const utf8 = new TextEncoder();

/** A cast chart as the API answers it: the row to store and the JSON body, already serialised. */
export interface CastChart {
  hash: string;
  row: ChartRow;
  /**
   * `{ hash, chart, time }` as UTF-8 JSON, in its own buffer: a worker hands it over without a
   * copy, and bytes outside the JS heap cost the request thread no garbage collection.
   */
  body: Uint8Array<ArrayBuffer>;
}

/** What casting needs: the validated subject and, for local times, its place (already looked up). */
export interface CastRequest {
  subject: Subject;
  location: SubjectLocation | null;
}

/**
 * Computes a subject's chart and its answer: a pure function of the request, so it can run on
 * a worker thread (`chart-caster.ts`). Throws what `resolveSubject` throws.
 *
 * @example castChart({ subject: SubjectSchema.parse({ utc: '2000-01-01T12:00:00Z', latitude: 0, longitude: 0 }), location: null }).hash;
 */
export function castChart({ subject, location }: CastRequest): CastChart {
  const { chart, time, stored, birth } = resolveSubject(subject, '', location ?? undefined);
  return {
    hash: chart.hash,
    row: { hash: chart.hash, input: stored, birth, engineVersion: chart.meta.engineVersion },
    body: utf8.encode(JSON.stringify({ hash: chart.hash, chart, time })),
  };
}
