import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import { requestFingerprint } from './fingerprint';
import { readIdempotencyKey } from './idempotency-key';

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  new Request(`https://orrery.test${path}`, { method: 'POST', body, headers });

describe('requestFingerprint', () => {
  it('is equal for equal requests and differs by method, path, query and body', async () => {
    const base = await requestFingerprint(post('/api/v1/charts', '{"a":1}'));
    expect(await requestFingerprint(post('/api/v1/charts', '{"a":1}'))).toBe(base);
    expect(await requestFingerprint(post('/api/v1/charts', '{"a":2}'))).not.toBe(base);
    expect(await requestFingerprint(post('/api/v1/readings', '{"a":1}'))).not.toBe(base);
    expect(await requestFingerprint(post('/api/v1/charts?x=1', '{"a":1}'))).not.toBe(base);
    const put = new Request('https://orrery.test/api/v1/charts', {
      method: 'PUT',
      body: '{"a":1}',
    });
    expect(await requestFingerprint(put)).not.toBe(base);
  });

  it('leaves the request body readable', async () => {
    const request = post('/api/v1/charts', 'hello');
    await requestFingerprint(request);
    expect(await request.text()).toBe('hello');
  });
});

describe('readIdempotencyKey', () => {
  it('reads the key of a POST and ignores other methods', () => {
    expect(readIdempotencyKey(post('/x', '', { 'Idempotency-Key': 'abc-123' }))).toBe('abc-123');
    expect(readIdempotencyKey(post('/x', ''))).toBeNull();
    const get = new Request('https://orrery.test/x', { headers: { 'Idempotency-Key': 'abc' } });
    expect(readIdempotencyKey(get)).toBeNull();
  });

  it('refuses malformed keys as a validation error', () => {
    for (const bad of ['has space', 'x'.repeat(256), 'tab\there']) {
      const read = () => readIdempotencyKey(post('/x', '', { 'Idempotency-Key': bad }));
      expect(read).toThrow(AppError);
    }
  });
});
