import pino from 'pino';
import { afterEach, beforeEach } from 'vitest';
import { composeSection, type ReadingSection } from '@/lib/readings/compose';
import { chartOf, PARIS_1990 } from '@/lib/readings/compose/test-charts';
import { createEnricher, type EnricherOptions } from './enricher';
import { startFakeProvider, type FakeProvider } from './test-fake-provider';

/** The key the enrichers under test send; no log line may contain it. */
export const API_KEY = 'sk-test-secret-key-never-logged';

const chart = chartOf(PARIS_1990);

function bigThree(locale: string): ReadingSection {
  const composed = composeSection(chart, 'big-three', { locale });
  if (!composed) throw new Error('the Paris chart has a big-three section');
  return composed;
}

export const en = bigThree('en');
export const fr = bigThree('fr');
export const de = bigThree('de');
// A plausible rewrite: the built-in text, each paragraph deepened by a sentence.
export const enrichedEn = en.paragraphs
  .map((p) => `${p} In daily life this shows in how you meet people and plans alike.`)
  .join('\n\n');
export const enrichedFr = fr.paragraphs
  .map((p) => `${p} Dans la vie de tous les jours, cela se voit dans votre façon d'agir.`)
  .join('\n\n');

type TestOptions = EnricherOptions & { timeoutMs?: number; apiKey?: string };

/**
 * Starts a fresh fake provider before each test of the file and closes it after; `enricher`
 * builds an enricher (own breaker) pointed at it, logging into `logLines`.
 */
export function withFakeProvider() {
  let provider: FakeProvider | undefined;
  const logLines: string[] = [];
  beforeEach(async () => {
    provider = await startFakeProvider();
    logLines.length = 0;
  });
  afterEach(async () => {
    await provider?.close();
  });

  function current(): FakeProvider {
    if (!provider) throw new Error('the fake provider starts in beforeEach');
    return provider;
  }

  return {
    get provider() {
      return current();
    },
    logLines,
    logged: () => logLines.map((line) => JSON.parse(line) as Record<string, unknown>),
    enricher: (options: TestOptions = {}) => {
      const log = pino({ level: 'debug' }, { write: (line: string) => void logLines.push(line) });
      return createEnricher(
        {
          baseUrl: current().baseUrl,
          apiKey: 'apiKey' in options ? options.apiKey : API_KEY,
          model: 'test-model',
          timeoutMs: options.timeoutMs ?? 2_000,
        },
        { initialBackoffMs: 5, maxBackoffMs: 20, logger: log, ...options },
      );
    },
  };
}
