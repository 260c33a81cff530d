import { describe, expect, it } from 'vitest';
import { parseCron, scheduleCron } from './cron-schedule';

describe('parseCron', () => {
  it('reads an Inngest TZ prefix', () => {
    expect(parseCron('TZ=Europe/Paris 0 9 * * 1')).toEqual({
      pattern: '0 9 * * 1',
      timezone: 'Europe/Paris',
    });
  });

  it('defaults to UTC without a prefix', () => {
    expect(parseCron(' */15 * * * * ')).toEqual({ pattern: '*/15 * * * *', timezone: 'UTC' });
  });
});

describe('scheduleCron', () => {
  it('computes the next run in the given zone', () => {
    const job = scheduleCron('TZ=America/New_York 0 9 * * *', () => {});
    try {
      // 2025-07-01 is in EDT (UTC-4): 09:00 local is 13:00 UTC.
      const next = job.nextRun(new Date('2025-07-01T12:00:00Z'));
      expect(next?.toISOString()).toBe('2025-07-01T13:00:00.000Z');
    } finally {
      job.stop();
    }
  });

  it('runs a plain pattern in UTC', () => {
    const job = scheduleCron('*/15 * * * *', () => {});
    try {
      expect(job.nextRun(new Date('2025-07-01T12:07:00Z'))?.toISOString()).toBe(
        '2025-07-01T12:15:00.000Z',
      );
    } finally {
      job.stop();
    }
  });

  it('rejects an invalid pattern when scheduling', () => {
    expect(() => scheduleCron('61 * * * *', () => {})).toThrow();
  });
});
