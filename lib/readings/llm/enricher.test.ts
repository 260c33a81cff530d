import { describe, expect, it } from 'vitest';
import { API_KEY, de, en, enrichedEn, enrichedFr, fr, withFakeProvider } from './test-harness';
import { sseChunks, status, streamText } from './test-fake-provider';

const fake = withFakeProvider();

describe('enrichSection against a fake provider', () => {
  it('streams the rewrite, reports progress and returns it as paragraphs', async () => {
    fake.provider.behave(streamText(enrichedEn));
    const seen: string[] = [];
    const result = await fake.enricher().enrichSection({
      section: en,
      locale: 'en',
      onDelta: (text) => seen.push(text),
    });

    expect(result).toEqual({ source: 'llm', paragraphs: enrichedEn.split('\n\n') });
    expect(fake.provider.requests).toHaveLength(1);
    expect(seen.length).toBe(sseChunks(enrichedEn).length);
    expect(seen.at(-1)).toBe(enrichedEn);
    seen.slice(1).forEach((text, i) => expect(text.startsWith(seen[i] ?? '')).toBe(true));

    const request = fake.provider.requests[0];
    expect(request?.path).toBe('/v1/chat/completions');
    expect(request?.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request?.body).toMatchObject({ model: 'test-model', stream: true });
    const prompt = JSON.stringify(request?.body);
    for (const { label } of en.highlights) if (label) expect(prompt).toContain(label);
    expect(prompt).toContain('English');
  });

  it('asks for the section language and accepts an answer in it', async () => {
    fake.provider.behave(streamText(enrichedFr));
    const result = await fake.enricher().enrichSection({ section: fr, locale: 'fr-CA' });
    expect(result.source).toBe('llm');
    expect(JSON.stringify(fake.provider.requests[0]?.body)).toContain('French');
  });

  it('keeps the built-in text without calling anything when no key is set', async () => {
    fake.provider.behave(streamText(enrichedEn));
    const result = await fake.enricher({ apiKey: undefined }).enrichSection({
      section: en,
      locale: 'en',
    });
    expect(result).toEqual({ source: 'builtin', paragraphs: en.paragraphs, reason: 'disabled' });
    expect(fake.provider.requests).toHaveLength(0);
  });

  it('falls back on a 401 without retrying and never logs the key', async () => {
    fake.provider.behave(status(401));
    const result = await fake.enricher().enrichSection({ section: en, locale: 'en' });
    expect(result).toMatchObject({ source: 'builtin', paragraphs: en.paragraphs, reason: 'auth' });
    expect(fake.provider.requests).toHaveLength(1);
    const fallbackLog = fake
      .logged()
      .find((e) => e.msg === 'llm enrichment fell back to the built-in text');
    expect(fallbackLog).toMatchObject({ reason: 'auth', section: 'big-three' });
    expect(fake.logLines.join('\n')).not.toContain(API_KEY);
  });

  it.each([
    ['a markdown heading', `## ${en.title}\n\n${enrichedEn}`, /markdown heading/],
    ['another language', de.paragraphs.join('\n\n'), /wrong language \(deu/],
    ['a near-empty answer', 'Your Sun.', /too short/],
  ])('rejects an answer with %s and keeps the built-in text', async (_, answer, why) => {
    fake.provider.behave(streamText(answer));
    const result = await fake.enricher().enrichSection({ section: en, locale: 'en' });
    expect(result).toMatchObject({
      source: 'builtin',
      paragraphs: en.paragraphs,
      reason: 'invalid_output',
    });
    expect(result.source === 'builtin' && result.detail).toMatch(why);
    expect(fake.provider.requests).toHaveLength(1);
  });

  it('is not thrown off by a progress callback that throws', async () => {
    fake.provider.behave(streamText(enrichedEn));
    const result = await fake.enricher().enrichSection({
      section: en,
      locale: 'en',
      onDelta: () => {
        throw new Error('publish failed');
      },
    });
    expect(result.source).toBe('llm');
  });
});
