import { Cron } from 'croner';

export interface CronSpec {
  pattern: string;
  /** IANA zone from an Inngest `TZ=Zone` prefix; UTC when absent, as in Inngest. */
  timezone: string;
}

/**
 * Splits an Inngest cron expression into pattern and time zone.
 *
 * @example parseCron('TZ=Europe/Paris 0 9 * * 1') // { pattern: '0 9 * * 1', timezone: 'Europe/Paris' }
 */
export function parseCron(expression: string): CronSpec {
  const match = /^\s*(?:CRON_)?TZ=(\S+)\s+(.+)$/.exec(expression);
  if (match?.[1] && match[2]) return { timezone: match[1], pattern: match[2].trim() };
  return { timezone: 'UTC', pattern: expression.trim() };
}

/**
 * Schedules `onTick` for an Inngest cron expression with croner. The timer is unref'd: a
 * schedule alone never keeps the process alive.
 *
 * @throws TypeError when the pattern or zone is invalid, at scheduling time.
 */
export function scheduleCron(expression: string, onTick: () => void): Cron {
  const { pattern, timezone } = parseCron(expression);
  return new Cron(pattern, { timezone, unref: true }, onTick);
}
