import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import { route } from './route-handler';

describe('route', () => {
  it('hands an empty params object to routes without dynamic segments', async () => {
    const handler = route(async (_request, { params }) =>
      Response.json({ keys: Object.keys(params) }),
    );
    const res = await handler(new Request('http://x.test/api/thing'));
    expect(await res.json()).toEqual({ keys: [] });
  });

  it('passes resolved params and echoes a well-formed request id', async () => {
    const handler = route<{ id: string }>(async (_r, { params }) => Response.json(params));
    const res = await handler(
      new Request('http://x.test/api/thing/7', { headers: { 'x-request-id': 'abc-12345678' } }),
      { params: Promise.resolve({ id: '7' }) },
    );
    expect(await res.json()).toEqual({ id: '7' });
    expect(res.headers.get('x-request-id')).toBe('abc-12345678');
  });

  it('maps a thrown AppError to problem+json', async () => {
    const handler = route(async () => {
      throw new AppError('not_found', 'No such thing');
    });
    const res = await handler(new Request('http://x.test/api/thing'));
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });
});
