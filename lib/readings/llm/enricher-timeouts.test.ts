import { describe, expect, it } from 'vitest';
import { en, enrichedEn, withFakeProvider } from './test-harness';
import { dripText, sseChunks } from './test-fake-provider';

const fake = withFakeProvider();

describe('enrichSection timeouts', () => {
  it('falls back on a provider slower than the timeout, without retrying', async () => {
    fake.provider.behave((res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(sseChunks('Your Sun ')[0]);
    });
    const result = await fake
      .enricher({ timeoutMs: 500 })
      .enrichSection({ section: en, locale: 'en' });
    expect(result).toMatchObject({
      source: 'builtin',
      paragraphs: en.paragraphs,
      reason: 'timeout',
    });
    expect(fake.provider.requests).toHaveLength(1);
  });

  it('accepts a stream slower in total than the timeout as long as it never goes silent', async () => {
    const answer = enrichedEn.slice(0, 24 * 12);
    const section = { ...en, paragraphs: [answer] };
    fake.provider.behave(dripText(answer, 100));
    const result = await fake.enricher({ timeoutMs: 500 }).enrichSection({ section, locale: 'en' });
    expect(result).toEqual({ source: 'llm', paragraphs: [answer] });
  });

  it('times out a stream that goes silent mid-way', async () => {
    fake.provider.behave((res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      for (const line of sseChunks(enrichedEn).slice(0, 2)) res.write(line);
    });
    const result = await fake
      .enricher({ timeoutMs: 500 })
      .enrichSection({ section: en, locale: 'en' });
    expect(result).toMatchObject({
      source: 'builtin',
      reason: 'timeout',
      detail: expect.stringMatching(/silent/),
    });
    expect(fake.provider.requests).toHaveLength(1);
  });

  it('caps an attempt in total even while it keeps streaming', async () => {
    fake.provider.behave(dripText(enrichedEn, 30));
    const enrich = fake.enricher({ timeoutMs: 2_000, attemptTimeoutMs: 500 });
    const result = await enrich.enrichSection({ section: en, locale: 'en' });
    expect(result).toMatchObject({
      source: 'builtin',
      reason: 'timeout',
      detail: expect.stringMatching(/total cap/),
    });
    expect(fake.provider.requests).toHaveLength(1);
  });

  it('reports no progress once an attempt has timed out', async () => {
    const chunks = sseChunks(enrichedEn);
    fake.provider.behave((res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(chunks[0]);
      setTimeout(() => res.write(chunks[1]), 1_000);
    });
    const seen: string[] = [];
    const result = await fake.enricher({ timeoutMs: 500 }).enrichSection({
      section: en,
      locale: 'en',
      onDelta: (text) => seen.push(text),
    });
    expect(result).toMatchObject({ source: 'builtin', reason: 'timeout' });
    await new Promise((resolve) => setTimeout(resolve, 700));
    // Only the delta sent before the timeout (if it arrived in time), never the later one.
    const firstDelta = enrichedEn.slice(0, 24);
    expect(seen.every((text) => text === firstDelta)).toBe(true);
  });
});
