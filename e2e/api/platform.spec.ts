import { expect, test } from '../support/test';

test('liveness and readiness answer with every component up', async ({ request }) => {
  expect((await request.get('/api/health/live')).status()).toBe(200);
  const ready = await request.get('/api/health/ready');
  expect(ready.status()).toBe(200);
  const body = (await ready.json()) as { components: Record<string, { ok: boolean }> };
  expect(Object.keys(body.components).sort()).toEqual(['database', 'realtime', 'redis']);
  expect(Object.values(body.components).every((c) => c.ok)).toBe(true);
});

test('pages carry a nonce CSP and the security headers', async ({ request }) => {
  const res = await request.get('/en');
  const csp = res.headers()['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(res.headers()['x-frame-options']).toBe('DENY');
  expect(res.headers()['x-content-type-options']).toBe('nosniff');
  expect(res.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  const html = await res.text();
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(html).toContain(`nonce="${nonce}"`);
});

test('API errors are problem+json with a stable code and a request id', async ({ request }) => {
  const res = await request.get('/api/realtime/token', {
    headers: { 'x-request-id': 'trace-abc-123456' },
  });
  expect(res.status()).toBe(401);
  expect(res.headers()['content-type']).toBe('application/problem+json');
  expect(res.headers()['x-request-id']).toBe('trace-abc-123456');
  const body = (await res.json()) as { code: string; requestId: string; status: number };
  expect(body).toMatchObject({
    code: 'unauthenticated',
    status: 401,
    requestId: 'trace-abc-123456',
  });
});
