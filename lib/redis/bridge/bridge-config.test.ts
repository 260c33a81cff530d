import { describe, expect, it } from 'vitest';
import { bridgeConfig } from './bridge-config';

describe('bridgeConfig', () => {
  it('defaults to the local Redis and port 8079', () => {
    expect(bridgeConfig({ REDIS_BRIDGE_TOKEN: 'x'.repeat(16) })).toEqual({
      redisUrl: 'redis://127.0.0.1:6379',
      port: 8079,
      host: '127.0.0.1',
      token: 'x'.repeat(16),
    });
  });

  it('requires a token long enough to guess hard', () => {
    expect(() => bridgeConfig({})).toThrow(/REDIS_BRIDGE_TOKEN/);
    expect(() => bridgeConfig({ REDIS_BRIDGE_TOKEN: 'short' })).toThrow(/at least 16/);
  });

  it('reads the port and Redis URL', () => {
    const config = bridgeConfig({
      REDIS_BRIDGE_TOKEN: 'y'.repeat(20),
      REDIS_BRIDGE_PORT: '9000',
      REDIS_URL: 'redis://cache.internal:6380',
    });
    expect(config).toMatchObject({ port: 9000, redisUrl: 'redis://cache.internal:6380' });
  });
});
