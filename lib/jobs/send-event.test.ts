import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inngest } from '@/inngest/client';
import { resetEnvForTests } from '@/lib/config/env';
import { AppError } from '@/lib/errors/app-error';

const local = vi.hoisted(() => ({
  send: vi.fn((events: unknown[]) => ({ ids: events.map((_, i) => `local-${i}`), runs: [] })),
}));
vi.mock('./local-runner/process-runner', () => ({ localRunner: () => local }));

const { sendEvent } = await import('./send-event');

const event = {
  name: 'user/signed-up',
  data: { userId: 'u1', at: '2025-06-10T09:00:00.000Z' },
} as const;
const saved = { ...process.env };

beforeEach(() => {
  process.env.AUTH_SECRET = 'a'.repeat(32);
  process.env.REALTIME_SECRET = 'b'.repeat(32);
  delete process.env.INNGEST_EVENT_KEY;
  delete process.env.INNGEST_BASE_URL;
  resetEnvForTests();
  local.send.mockClear();
});
afterEach(() => {
  process.env = { ...saved };
  resetEnvForTests();
  vi.restoreAllMocks();
});

describe('sendEvent', () => {
  it('hands events to the local runner when no Inngest is configured', async () => {
    const remote = vi.spyOn(inngest, 'send');
    const result = await sendEvent(event);
    expect(result).toEqual({ mode: 'local', ids: ['local-0'], runs: [] });
    expect(local.send).toHaveBeenCalledWith([event]);
    expect(remote).not.toHaveBeenCalled();
  });

  it.each([
    ['INNGEST_EVENT_KEY', 'test-key'],
    ['INNGEST_BASE_URL', 'http://127.0.0.1:8288'],
  ])('sends to Inngest when %s is set', async (name, value) => {
    process.env[name] = value;
    resetEnvForTests();
    const remote = vi.spyOn(inngest, 'send').mockResolvedValue({ ids: ['evt-1'] } as never);
    const result = await sendEvent(event);
    expect(result).toEqual({ mode: 'inngest', ids: ['evt-1'], runs: [] });
    expect(remote).toHaveBeenCalledWith([event]);
    expect(local.send).not.toHaveBeenCalled();
  });

  it('validates before sending anywhere', async () => {
    const bad = { name: 'user/signed-up', data: { userId: 'u1', at: 'soon' } } as const;
    await expect(sendEvent(bad)).rejects.toBeInstanceOf(AppError);
    expect(local.send).not.toHaveBeenCalled();
  });
});
