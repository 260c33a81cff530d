import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '@/lib/errors/app-error';
import { problemResponse, toProblem } from './problem';

describe('toProblem', () => {
  it('keeps an AppError code, status and safe message', () => {
    const p = toProblem(new AppError('not_found', 'No chart with that hash'), 'req-12345678');
    expect(p).toMatchObject({ status: 404, code: 'not_found', detail: 'No chart with that hash' });
    expect(p.requestId).toBe('req-12345678');
  });

  it('lists each invalid field of a zod error as a 422', () => {
    const schema = z.object({ email: z.email(), age: z.number().min(0) });
    const result = schema.safeParse({ email: 'nope', age: -1 });
    if (result.success) throw new Error('expected failure');
    const p = toProblem(result.error, 'req-12345678');
    expect(p.status).toBe(422);
    expect(p.code).toBe('validation_failed');
    expect(p.errors?.map((e) => e.field).sort()).toEqual(['age', 'email']);
  });

  it('answers unknown errors opaquely, without their message', () => {
    const p = toProblem(new Error('password=hunter2 leaked in SQL'), 'req-12345678');
    expect(p.status).toBe(500);
    expect(JSON.stringify(p)).not.toContain('hunter2');
  });
});

describe('problemResponse', () => {
  it('is problem+json with Retry-After for rate limits', async () => {
    const res = problemResponse(
      new AppError('rate_limited', 'Slow down', { retryAfterSeconds: 12.2 }),
      'req-12345678',
    );
    expect(res.status).toBe(429);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.headers.get('retry-after')).toBe('13');
    expect(((await res.json()) as { code: string }).code).toBe('rate_limited');
  });
});
