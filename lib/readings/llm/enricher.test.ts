import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composeSection, type ReadingSection } from '@/lib/readings/compose';
import { chartOf, PARIS_1990 } from '@/lib/readings/compose/test-charts';
import { createEnricher, type EnricherOptions } from './enricher';
import {
  dripText,
  sseChunks,
  startFakeProvider,
  status,
  streamText,
  type FakeProvider,
} from './test-fake-provider';

const API_KEY = 'sk-test-secret-key-never-logged';
const chart = chartOf(PARIS_1990);

function section(locale: string): ReadingSection {
  const composed = composeSection(chart, 'big-three', { locale });
  if (!composed) throw new Error('the Paris chart has a big-three section');
  return composed;
}

const en = section('en');
const fr = section('fr');
const de = section('de');
// A plausible rewrite: the built-in text, each paragraph deepened by a sentence.
const enrichedEn = en.paragraphs
  .map((p) => `${p} In daily life this shows in how you meet people and plans alike.`)
  .join('\n\n');
const enrichedFr = fr.paragraphs
  .map((p) => `${p} Dans la vie de tous les jours, cela se voit dans votre façon d'agir.`)
  .join('\n\n');

let provider: FakeProvider;
let logLines: string[];

beforeEach(async () => {
  provider = await startFakeProvider();
  logLines = [];
});
afterEach(async () => {
  await provider.close();
});

function enricher(options: EnricherOptions & { timeoutMs?: number; apiKey?: string } = {}) {
  const log = pino({ level: 'debug' }, { write: (line: string) => void logLines.push(line) });
  return createEnricher(
    {
      baseUrl: provider.baseUrl,
      apiKey: 'apiKey' in options ? options.apiKey : API_KEY,
      model: 'test-model',
      timeoutMs: options.timeoutMs ?? 2_000,
    },
    { initialBackoffMs: 5, maxBackoffMs: 20, logger: log, ...options },
  );
}

function logged(): Record<string, unknown>[] {
  return logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('enrichSection against a fake provider', () => {
  it('streams the rewrite, reports progress and returns it as paragraphs', async () => {
    provider.behave(streamText(enrichedEn));
    const seen: string[] = [];
    const result = await enricher().enrichSection({
      section: en,
      locale: 'en',
      onDelta: (text) => seen.push(text),
    });

    expect(result).toEqual({ source: 'llm', paragraphs: enrichedEn.split('\n\n') });
    expect(provider.requests).toHaveLength(1);
    expect(seen.length).toBe(sseChunks(enrichedEn).length);
    expect(seen.at(-1)).toBe(enrichedEn);
    seen.slice(1).forEach((text, i) => expect(text.startsWith(seen[i] ?? '')).toBe(true));

    const request = provider.requests[0];
    expect(request?.path).toBe('/v1/chat/completions');
    expect(request?.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request?.body).toMatchObject({ model: 'test-model', stream: true });
    const prompt = JSON.stringify(request?.body);
    for (const { label } of en.highlights) if (label) expect(prompt).toContain(label);
    expect(prompt).toContain('English');
  });

  it('asks for the section language and accepts an answer in it', async () => {
    provider.behave(streamText(enrichedFr));
    const result = await enricher().enrichSection({ section: fr, locale: 'fr-CA' });
    expect(result.source).toBe('llm');
    expect(JSON.stringify(provider.requests[0]?.body)).toContain('French');
  });

  it('keeps the built-in text without calling anything when no key is set', async () => {
    provider.behave(streamText(enrichedEn));
    const result = await enricher({ apiKey: undefined }).enrichSection({
      section: en,
      locale: 'en',
    });
    expect(result).toEqual({ source: 'builtin', paragraphs: en.paragraphs, reason: 'disabled' });
    expect(provider.requests).toHaveLength(0);
  });

  it('falls back on a provider slower than the timeout, without retrying', async () => {
    provider.behave((res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(sseChunks('Your Sun ')[0]);
    });
    const result = await enricher({ timeoutMs: 200 }).enrichSection({ section: en, locale: 'en' });
    expect(result).toMatchObject({
      source: 'builtin',
      paragraphs: en.paragraphs,
      reason: 'timeout',
    });
    expect(provider.requests).toHaveLength(1);
  });

  it('accepts a stream slower in total than the timeout as long as it never goes silent', async () => {
    const answer = enrichedEn.slice(0, 24 * 12);
    const section = { ...en, paragraphs: [answer] };
    provider.behave(dripText(answer, 40));
    const result = await enricher({ timeoutMs: 200 }).enrichSection({ section, locale: 'en' });
    expect(result).toEqual({ source: 'llm', paragraphs: [answer] });
  });

  it('times out a stream that goes silent mid-way', async () => {
    provider.behave((res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      for (const line of sseChunks(enrichedEn).slice(0, 2)) res.write(line);
    });
    const result = await enricher({ timeoutMs: 150 }).enrichSection({ section: en, locale: 'en' });
    expect(result).toMatchObject({
      source: 'builtin',
      reason: 'timeout',
      detail: expect.stringMatching(/silent/),
    });
    expect(provider.requests).toHaveLength(1);
  });

  it('caps an attempt in total even while it keeps streaming', async () => {
    provider.behave(dripText(enrichedEn, 30));
    const enrich = enricher({ timeoutMs: 1_000, attemptTimeoutMs: 200 });
    const result = await enrich.enrichSection({ section: en, locale: 'en' });
    expect(result).toMatchObject({
      source: 'builtin',
      reason: 'timeout',
      detail: expect.stringMatching(/total cap/),
    });
    expect(provider.requests).toHaveLength(1);
  });

  it('reports no progress once an attempt has timed out', async () => {
    const chunks = sseChunks(enrichedEn);
    provider.behave((res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(chunks[0]);
      setTimeout(() => res.write(chunks[1]), 300);
    });
    const seen: string[] = [];
    const result = await enricher({ timeoutMs: 150 }).enrichSection({
      section: en,
      locale: 'en',
      onDelta: (text) => seen.push(text),
    });
    expect(result).toMatchObject({ source: 'builtin', reason: 'timeout' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Only the delta sent before the timeout (if it arrived in time), never the later one.
    const firstDelta = enrichedEn.slice(0, 24);
    expect(seen.every((text) => text === firstDelta)).toBe(true);
  });

  it('retries a 500 and uses the next answer', async () => {
    provider.behave((res, n) => (n === 1 ? status(500)(res, n) : streamText(enrichedEn)(res, n)));
    const result = await enricher().enrichSection({ section: en, locale: 'en' });
    expect(result.source).toBe('llm');
    expect(provider.requests).toHaveLength(2);
  });

  it('falls back on a provider that always fails, then opens the breaker and stops calling it', async () => {
    provider.behave(status(503));
    const enrich = enricher({ maxRetries: 2, breakerThreshold: 5 });

    const first = await enrich.enrichSection({ section: en, locale: 'en' });
    expect(first).toMatchObject({ source: 'builtin', reason: 'server_error' });
    expect(provider.requests).toHaveLength(3);

    // Two more failed attempts reach the threshold of five; the third is refused by the breaker.
    const second = await enrich.enrichSection({ section: en, locale: 'en' });
    expect(second).toMatchObject({ source: 'builtin', reason: 'circuit_open' });
    expect(provider.requests).toHaveLength(5);

    const third = await enrich.enrichSection({ section: en, locale: 'en' });
    expect(third).toMatchObject({
      source: 'builtin',
      paragraphs: en.paragraphs,
      reason: 'circuit_open',
    });
    expect(provider.requests).toHaveLength(5);
    expect(
      logged().some((entry) => entry.msg === 'llm circuit opened: provider calls suspended'),
    ).toBe(true);
  });

  it('lets one call through after the breaker half-opens and closes it on success', async () => {
    provider.behave(status(500));
    const enrich = enricher({ maxRetries: 0, breakerThreshold: 1, halfOpenAfterMs: 50 });
    expect(await enrich.enrichSection({ section: en, locale: 'en' })).toMatchObject({
      reason: 'server_error',
    });
    expect(await enrich.enrichSection({ section: en, locale: 'en' })).toMatchObject({
      reason: 'circuit_open',
    });
    expect(provider.requests).toHaveLength(1);

    provider.behave(streamText(enrichedEn));
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect((await enrich.enrichSection({ section: en, locale: 'en' })).source).toBe('llm');
    expect(provider.requests).toHaveLength(2);
  });

  it('waits as a 429 Retry-After asks, then retries', async () => {
    provider.behave((res, n) =>
      n === 1 ? status(429, { 'retry-after': '1' })(res, n) : streamText(enrichedEn)(res, n),
    );
    const result = await enricher().enrichSection({ section: en, locale: 'en' });
    expect(result.source).toBe('llm');
    expect(provider.requests).toHaveLength(2);
    const retryLog = logged().find((entry) => entry.msg === 'llm attempt failed, retrying');
    expect(retryLog).toMatchObject({ reason: 'rate_limited', delayMs: 1000 });
  });

  it('does not retry a 429 asking for a longer wait than allowed', async () => {
    provider.behave(status(429, { 'retry-after': '120' }));
    const result = await enricher({ maxRetryAfterMs: 5_000 }).enrichSection({
      section: en,
      locale: 'en',
    });
    expect(result).toMatchObject({ source: 'builtin', reason: 'rate_limited' });
    expect(provider.requests).toHaveLength(1);
  });

  it('restarts from scratch when the connection drops mid-stream', async () => {
    provider.behave((res, n) => {
      if (n > 1) return streamText(enrichedEn)(res, n);
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      for (const line of sseChunks(enrichedEn).slice(0, 3)) res.write(line);
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const seen: string[] = [];
    const result = await enricher().enrichSection({
      section: en,
      locale: 'en',
      onDelta: (text) => seen.push(text),
    });
    expect(result).toEqual({ source: 'llm', paragraphs: enrichedEn.split('\n\n') });
    expect(provider.requests).toHaveLength(2);
    // The retry's progress starts again from its first delta.
    const restart = seen.findIndex((text, i) => i > 0 && text.length < (seen[i - 1] ?? '').length);
    expect(restart).toBeGreaterThan(0);
    expect(seen[restart]).toBe(seen[0]);
    expect(seen.at(-1)).toBe(enrichedEn);
  });

  it('falls back when every stream breaks, after the retries', async () => {
    provider.behave((res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(sseChunks(enrichedEn)[0]);
    });
    const result = await enricher({ maxRetries: 2 }).enrichSection({ section: en, locale: 'en' });
    expect(result).toMatchObject({ source: 'builtin', reason: 'stream_broken' });
    expect(provider.requests).toHaveLength(3);
  });

  it('falls back on a malformed event stream without retrying', async () => {
    provider.behave((res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(sseChunks(enrichedEn)[0]);
      res.end('data: {"choices": [ this is not json\n\ndata: [DONE]\n\n');
    });
    const result = await enricher().enrichSection({ section: en, locale: 'en' });
    expect(result).toMatchObject({ source: 'builtin', reason: 'malformed_stream' });
    expect(provider.requests).toHaveLength(1);
  });

  it('falls back on an answer cut by the token limit without retrying', async () => {
    provider.behave((res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      for (const line of sseChunks(enrichedEn).slice(0, 4)) res.write(line);
      const cut = { choices: [{ index: 0, delta: {}, finish_reason: 'length' }] };
      res.end(`data: ${JSON.stringify(cut)}\n\ndata: [DONE]\n\n`);
    });
    const result = await enricher().enrichSection({ section: en, locale: 'en' });
    expect(result).toMatchObject({ source: 'builtin', reason: 'truncated' });
    expect(provider.requests).toHaveLength(1);
  });

  it('falls back on a 401 without retrying and never logs the key', async () => {
    provider.behave(status(401));
    const result = await enricher().enrichSection({ section: en, locale: 'en' });
    expect(result).toMatchObject({ source: 'builtin', paragraphs: en.paragraphs, reason: 'auth' });
    expect(provider.requests).toHaveLength(1);
    const fallbackLog = logged().find(
      (e) => e.msg === 'llm enrichment fell back to the built-in text',
    );
    expect(fallbackLog).toMatchObject({ reason: 'auth', section: 'big-three' });
    expect(logLines.join('\n')).not.toContain(API_KEY);
  });

  it.each([
    ['a markdown heading', `## ${en.title}\n\n${enrichedEn}`, /markdown heading/],
    ['another language', de.paragraphs.join('\n\n'), /wrong language \(deu/],
    ['a near-empty answer', 'Your Sun.', /too short/],
  ])('rejects an answer with %s and keeps the built-in text', async (_, answer, why) => {
    provider.behave(streamText(answer));
    const result = await enricher().enrichSection({ section: en, locale: 'en' });
    expect(result).toMatchObject({
      source: 'builtin',
      paragraphs: en.paragraphs,
      reason: 'invalid_output',
    });
    expect(result.source === 'builtin' && result.detail).toMatch(why);
    expect(provider.requests).toHaveLength(1);
  });

  it('is not thrown off by a progress callback that throws', async () => {
    provider.behave(streamText(enrichedEn));
    const result = await enricher().enrichSection({
      section: en,
      locale: 'en',
      onDelta: () => {
        throw new Error('publish failed');
      },
    });
    expect(result.source).toBe('llm');
  });
});
