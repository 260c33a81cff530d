import pino from 'pino';

// Never let credentials reach a log line, whatever object is logged.
const REDACT = [
  'password',
  'passwordHash',
  'token',
  'secret',
  'authorization',
  'cookie',
  '*.password',
  '*.passwordHash',
  '*.token',
  '*.secret',
  '*.authorization',
  '*.cookie',
  'headers.authorization',
  'headers.cookie',
];

/** The process-wide structured logger. Reads LOG_LEVEL directly so it works before config. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: { service: process.env.ORRERY_SERVICE ?? 'web' },
  redact: { paths: REDACT, censor: '[redacted]' },
});
