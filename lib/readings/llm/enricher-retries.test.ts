import { describe, expect, it } from 'vitest';
import { en, enrichedEn, withFakeProvider } from './test-harness';
import { sseChunks, status, streamText } from './test-fake-provider';

const fake = withFakeProvider();

describe('enrichSection retries and circuit breaker', () => {
  it('retries a 500 and uses the next answer', async () => {
    fake.provider.behave((res, n) =>
      n === 1 ? status(500)(res, n) : streamText(enrichedEn)(res, n),
    );
    const result = await fake.enricher().enrichSection({ section: en, locale: 'en' });
    expect(result.source).toBe('llm');
    expect(fake.provider.requests).toHaveLength(2);
  });

  it('falls back on a provider that always fails, then opens the breaker and stops calling it', async () => {
    fake.provider.behave(status(503));
    const enrich = fake.enricher({ maxRetries: 2, breakerThreshold: 5 });

    const first = await enrich.enrichSection({ section: en, locale: 'en' });
    expect(first).toMatchObject({ source: 'builtin', reason: 'server_error' });
    expect(fake.provider.requests).toHaveLength(3);

    // Two more failed attempts reach the threshold of five; the third is refused by the breaker.
    const second = await enrich.enrichSection({ section: en, locale: 'en' });
    expect(second).toMatchObject({ source: 'builtin', reason: 'circuit_open' });
    expect(fake.provider.requests).toHaveLength(5);

    const third = await enrich.enrichSection({ section: en, locale: 'en' });
    expect(third).toMatchObject({
      source: 'builtin',
      paragraphs: en.paragraphs,
      reason: 'circuit_open',
    });
    expect(fake.provider.requests).toHaveLength(5);
    expect(
      fake.logged().some((entry) => entry.msg === 'llm circuit opened: provider calls suspended'),
    ).toBe(true);
  });

  it('lets one call through after the breaker half-opens and closes it on success', async () => {
    fake.provider.behave(status(500));
    const enrich = fake.enricher({ maxRetries: 0, breakerThreshold: 1, halfOpenAfterMs: 50 });
    expect(await enrich.enrichSection({ section: en, locale: 'en' })).toMatchObject({
      reason: 'server_error',
    });
    expect(await enrich.enrichSection({ section: en, locale: 'en' })).toMatchObject({
      reason: 'circuit_open',
    });
    expect(fake.provider.requests).toHaveLength(1);

    fake.provider.behave(streamText(enrichedEn));
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect((await enrich.enrichSection({ section: en, locale: 'en' })).source).toBe('llm');
    expect(fake.provider.requests).toHaveLength(2);
  });

  it('waits as a 429 Retry-After asks, then retries', async () => {
    fake.provider.behave((res, n) =>
      n === 1 ? status(429, { 'retry-after': '1' })(res, n) : streamText(enrichedEn)(res, n),
    );
    const result = await fake.enricher().enrichSection({ section: en, locale: 'en' });
    expect(result.source).toBe('llm');
    expect(fake.provider.requests).toHaveLength(2);
    const retryLog = fake.logged().find((entry) => entry.msg === 'llm attempt failed, retrying');
    expect(retryLog).toMatchObject({ reason: 'rate_limited', delayMs: 1000 });
  });

  it('does not retry a 429 asking for a longer wait than allowed', async () => {
    fake.provider.behave(status(429, { 'retry-after': '120' }));
    const result = await fake.enricher({ maxRetryAfterMs: 5_000 }).enrichSection({
      section: en,
      locale: 'en',
    });
    expect(result).toMatchObject({ source: 'builtin', reason: 'rate_limited' });
    expect(fake.provider.requests).toHaveLength(1);
  });

  it('restarts from scratch when the connection drops mid-stream', async () => {
    fake.provider.behave((res, n) => {
      if (n > 1) return streamText(enrichedEn)(res, n);
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      for (const line of sseChunks(enrichedEn).slice(0, 3)) res.write(line);
      setTimeout(() => res.socket?.destroy(), 100);
    });
    const seen: string[] = [];
    const result = await fake.enricher().enrichSection({
      section: en,
      locale: 'en',
      onDelta: (text) => seen.push(text),
    });
    expect(result).toEqual({ source: 'llm', paragraphs: enrichedEn.split('\n\n') });
    expect(fake.provider.requests).toHaveLength(2);
    // The retry's progress starts again from its first delta.
    const restart = seen.findIndex((text, i) => i > 0 && text.length < (seen[i - 1] ?? '').length);
    expect(restart).toBeGreaterThan(0);
    expect(seen[restart]).toBe(seen[0]);
    expect(seen.at(-1)).toBe(enrichedEn);
  });

  it('falls back when every stream breaks, after the retries', async () => {
    fake.provider.behave((res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(sseChunks(enrichedEn)[0]);
    });
    const result = await fake
      .enricher({ maxRetries: 2 })
      .enrichSection({ section: en, locale: 'en' });
    expect(result).toMatchObject({ source: 'builtin', reason: 'stream_broken' });
    expect(fake.provider.requests).toHaveLength(3);
  });

  it('falls back on a malformed event stream without retrying', async () => {
    fake.provider.behave((res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(sseChunks(enrichedEn)[0]);
      res.end('data: {"choices": [ this is not json\n\ndata: [DONE]\n\n');
    });
    const result = await fake.enricher().enrichSection({ section: en, locale: 'en' });
    expect(result).toMatchObject({ source: 'builtin', reason: 'malformed_stream' });
    expect(fake.provider.requests).toHaveLength(1);
  });

  it('falls back on an answer cut by the token limit without retrying', async () => {
    fake.provider.behave((res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      for (const line of sseChunks(enrichedEn).slice(0, 4)) res.write(line);
      const cut = { choices: [{ index: 0, delta: {}, finish_reason: 'length' }] };
      res.end(`data: ${JSON.stringify(cut)}\n\ndata: [DONE]\n\n`);
    });
    const result = await fake.enricher().enrichSection({ section: en, locale: 'en' });
    expect(result).toMatchObject({ source: 'builtin', reason: 'truncated' });
    expect(fake.provider.requests).toHaveLength(1);
  });
});
