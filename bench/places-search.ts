/**
 * Place search benchmark: load time, retained heap, and per-query latency over a few thousand
 * realistic queries (1–8 character prefixes, full names with and without accents, comma
 * qualifiers). Run: `npx tsx bench/places-search.ts`.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { getGazetteer } from '@/lib/places/gazetteer';
import { normalizeName } from '@/lib/places/normalize-name';
import { getSearchIndex } from '@/lib/places/search-index';
import { searchPlaces } from '@/lib/places/search-places';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function heapMb(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed / 1e6;
}

/** Deterministic pseudo-random numbers (mulberry32) so runs are comparable. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const heapBefore = heapMb();
let started = performance.now();
const gazetteer = getGazetteer();
const gazetteerMs = performance.now() - started;
started = performance.now();
getSearchIndex();
const indexMs = performance.now() - started;
const heapAfter = heapMb();

// People mostly look for bigger places: draw half the names from the 20,000 most populous.
const byPopulation = Array.from({ length: gazetteer.size }, (_, row) => row).sort(
  (a, b) => (gazetteer.populations[b] ?? 0) - (gazetteer.populations[a] ?? 0),
);

function makeQueries(seed: number, count: number): { kind: string; text: string }[] {
  const next = random(seed);
  const pickRow = () =>
    next() < 0.5
      ? (byPopulation[Math.floor(next() * 20_000)] ?? 0)
      : Math.floor(next() * gazetteer.size);

  const queries: { kind: string; text: string }[] = [];
  for (let i = 0; i < count; i += 1) {
    const row = pickRow();
    const name = gazetteer.names[row] ?? '';
    const bucket = i % 8;
    if (bucket < 4) {
      const length = 1 + Math.floor(next() * 8);
      queries.push({
        kind: `prefix ${length <= 2 ? '1-2' : length <= 4 ? '3-4' : '5-8'}`,
        text: name.slice(0, length),
      });
    } else if (bucket === 4) {
      queries.push({ kind: 'full name (accents)', text: name });
    } else if (bucket === 5) {
      queries.push({ kind: 'full name (folded)', text: normalizeName(name) });
    } else if (bucket === 6) {
      queries.push({ kind: 'name, CC', text: `${name}, ${gazetteer.countryCodes[row]}` });
    } else {
      const admin = gazetteer.admin1Names.get(
        `${gazetteer.countryCodes[row]}.${gazetteer.admin1Codes[row]}`,
      );
      queries.push({
        kind: 'name, region',
        text: `${name}, ${admin ?? gazetteer.countryCodes[row]}`,
      });
    }
  }
  return queries;
}

// Warm-up queries come from another seed so that the timed ones meet cold zone lookups.
const warmUp = makeQueries(7, 200);
const queries = makeQueries(42, 4000);

started = performance.now();
searchPlaces('Paris, FR');
const firstQualifiedMs = performance.now() - started;
for (const query of warmUp) searchPlaces(query.text);

function timeQueries(): Map<string, number[]> {
  const timings = new Map<string, number[]>([['all', []]]);
  for (const query of queries) {
    const start = performance.now();
    searchPlaces(query.text);
    const elapsed = performance.now() - start;
    timings.get('all')?.push(elapsed);
    const list = timings.get(query.kind) ?? [];
    list.push(elapsed);
    timings.set(query.kind, list);
  }
  return timings;
}

function printTimings(title: string, timings: Map<string, number[]>): void {
  console.log(`\n${title}`);
  console.log('kind                   count    p50 ms   p95 ms   p99 ms   max ms');
  for (const [kind, values] of [...timings].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = [...values].sort((a, b) => a - b);
    const cells = [50, 95, 99, 100].map((p) => percentile(sorted, p).toFixed(3).padStart(8));
    console.log(`${kind.padEnd(22)} ${String(values.length).padStart(5)} ${cells.join(' ')}`);
  }
}

const firstPass = timeQueries();
// Same queries again: every zone is remembered, so this is the name search alone.
const secondPass = timeQueries();
const heapAfterQueries = heapMb();
const { keys, localized } = getSearchIndex();
console.log(
  `places: ${gazetteer.size} rows, ${keys.length} search keys + ${localized.table.keys.length} localized`,
);
console.log(
  `load: gazetteer ${gazetteerMs.toFixed(0)} ms + index ${indexMs.toFixed(0)} ms = ${(gazetteerMs + indexMs).toFixed(0)} ms`,
);
console.log(`first qualified query (builds region catalogue): ${firstQualifiedMs.toFixed(1)} ms`);
console.log(
  `heap retained by places: ${(heapAfter - heapBefore).toFixed(1)} MB (heap used ${heapAfter.toFixed(1)} MB)`,
);
console.log(
  `heap after the queries (zone boundary cells cached): ${heapAfterQueries.toFixed(1)} MB`,
);
printTimings('first pass (zones looked up from boundaries as results appear)', firstPass);
printTimings('second pass (zones remembered: name search only)', secondPass);
