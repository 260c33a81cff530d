import { NextRequest } from 'next/server';
import { afterAll, describe, expect, it } from 'vitest';

afterAll(() => {
  delete process.env.INNGEST_DEV;
});

describe('/api/inngest', () => {
  it('serves every job to Inngest', async () => {
    // Dev mode skips request signing, so the introspection answer can be read here.
    process.env.INNGEST_DEV = '1';
    const { GET } = await import('./route');
    const { jobs } = await import('@/inngest');
    const response = await GET(new NextRequest('http://localhost:3000/api/inngest'), undefined);
    const body = (await response.json()) as Record<string, unknown>;
    expect(response.status).toBe(200);
    expect(body).toMatchObject({ function_count: jobs.length, mode: 'dev' });
  });
});
