import { afterEach, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '@/lib/config/env';
import { realtimePublicUrl } from './public-url';

const saved = { ...process.env };

function configure(extra: Record<string, string>) {
  const { REALTIME_PUBLIC_URL: _ignored, ...rest } = saved;
  process.env = {
    ...rest,
    AUTH_SECRET: 'auth-test-secret-auth-test-secret-0123',
    REALTIME_SECRET: 'rt-test-secret-rt-test-secret-rt-test-0',
    ...extra,
  };
  resetEnvForTests();
}

afterEach(() => {
  process.env = { ...saved };
  resetEnvForTests();
});

describe('realtimePublicUrl', () => {
  it("uses the page's host on the sidecar port when no public URL is configured", () => {
    configure({ REALTIME_PORT: '4100' });
    expect(realtimePublicUrl('https://orrery.test/en/charts?x=1')).toBe('https://orrery.test:4100');
  });

  it('prefers REALTIME_PUBLIC_URL when set', () => {
    configure({ REALTIME_PUBLIC_URL: 'https://live.orrery.test' });
    expect(realtimePublicUrl('https://orrery.test/en')).toBe('https://live.orrery.test');
  });
});
