import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '@/lib/config/env';
import { localRunner, startLocalRunner, stopLocalRunner } from './process-runner';

const saved = { ...process.env };

beforeEach(() => {
  process.env.AUTH_SECRET = 'a'.repeat(32);
  process.env.REALTIME_SECRET = 'b'.repeat(32);
  delete process.env.INNGEST_EVENT_KEY;
  delete process.env.INNGEST_BASE_URL;
  resetEnvForTests();
});
afterEach(async () => {
  await stopLocalRunner();
  process.env = { ...saved };
  resetEnvForTests();
});

describe('process runner lifecycle', () => {
  it('starts the local runner when no Inngest is configured', () => {
    expect(startLocalRunner()).toEqual({ mode: 'local' });
    expect(localRunner()).toBe(localRunner());
    expect(localRunner().scheduledCrons).toBe(1);
  });

  it('stays out of the way when Inngest is configured', () => {
    process.env.INNGEST_EVENT_KEY = 'key';
    resetEnvForTests();
    expect(startLocalRunner()).toEqual({ mode: 'inngest' });
    expect(localRunner().scheduledCrons).toBe(0);
  });

  it('can be stopped and started again', async () => {
    startLocalRunner();
    await stopLocalRunner();
    expect(localRunner().scheduledCrons).toBe(0);
    expect(startLocalRunner()).toEqual({ mode: 'local' });
    expect(localRunner().scheduledCrons).toBe(1);
  });
});
