import { Redis } from '@upstash/redis';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import { createMemoryRequester } from '@/lib/redis/memory-requester';
import { enforceLimit } from './enforce-limit';
import { POLICIES } from './policies';
import { createRateLimiter } from './rate-limiter';

const requester = createMemoryRequester();
const limiter = createRateLimiter({ redis: new Redis(requester) });
afterAll(() => requester.close());

const message = (limit: number, wait: number) => `limit ${limit}, wait ${wait}`;

describe('enforceLimit', () => {
  it('lets the policy’s count through and refuses the next with a wait, per identifier', async () => {
    const { tokens } = POLICIES['chart-pdf-ip'];
    for (let i = 0; i < tokens; i++) {
      await expect(enforceLimit('chart-pdf-ip', '198.51.100.1', message, limiter)).resolves.toBe(
        undefined,
      );
    }
    const refused = await enforceLimit('chart-pdf-ip', '198.51.100.1', message, limiter).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'rate_limited' });
    const wait = (refused as AppError).context.retryAfterSeconds ?? 0;
    expect(wait).toBeGreaterThan(0);
    expect((refused as AppError).message).toBe(`limit ${tokens}, wait ${wait}`);
    await expect(enforceLimit('chart-pdf-ip', '198.51.100.2', message, limiter)).resolves.toBe(
      undefined,
    );
  });
});
