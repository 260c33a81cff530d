import { z } from 'zod';
import { planLimitOverridesSchema } from '@/lib/api/plan-limit-overrides';
import { loadLocalSecrets } from './local-secrets';

const optionalUrl = z.url().optional();
/** A variable holding JSON, refused with a clear message when it does not parse. */
const jsonText = z.string().transform((text, ctx) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'must be valid JSON' });
    return z.NEVER;
  }
});

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((v) => v === 'true' || v === '1');

/**
 * Every variable the server reads, validated once. `.env.example` documents each one;
 * keep the two in step.
 */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  APP_URL: optionalUrl,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  DATABASE_URL: optionalUrl,
  ORRERY_DATA_DIR: z.string().default('.data'),

  AUTH_SECRET: z.string().min(32),
  AUTH_TRUST_HOST: booleanFlag,
  AUTH_GITHUB_ID: z.string().optional(),
  AUTH_GITHUB_SECRET: z.string().optional(),
  AUTH_GOOGLE_ID: z.string().optional(),
  AUTH_GOOGLE_SECRET: z.string().optional(),

  UPSTASH_REDIS_REST_URL: optionalUrl,
  UPSTASH_REDIS_REST_TOKEN: z.string().optional(),
  REDIS_URL: optionalUrl,

  INNGEST_EVENT_KEY: z.string().optional(),
  INNGEST_SIGNING_KEY: z.string().optional(),
  INNGEST_BASE_URL: optionalUrl,

  /** Defaults to the sidecar on this machine at REALTIME_PORT (see below). */
  REALTIME_URL: z.url().optional(),
  REALTIME_PUBLIC_URL: optionalUrl,
  REALTIME_PORT: z.coerce.number().int().min(1).max(65535).default(3001),
  REALTIME_SECRET: z.string().min(32),

  /** Optional reading enrichment by an OpenAI-compatible chat endpoint; off without a key. */
  LLM_BASE_URL: z.url().default('https://api.openai.com/v1'),
  LLM_API_KEY: z.string().optional(),
  LLM_MODEL: z.string().default('gpt-4o-mini'),
  LLM_TIMEOUT_MS: z.coerce.number().int().min(1).default(20000),

  /** Changes to the API plans' limits (see `lib/api/plan-limit-overrides.ts`). */
  API_PLAN_LIMITS: jsonText.pipe(planLimitOverridesSchema).optional(),

  /** Worker threads casting API charts (`lib/api/v1/chart-caster.ts`); unset: cores − 1, at most 4. */
  CHART_WORKERS: z.coerce.number().int().min(0).max(32).optional(),
});

export type Env = Omit<z.infer<typeof schema>, 'REALTIME_URL'> & { REALTIME_URL: string };

let cached: Env | undefined;

/** Parses `process.env` (plus generated local secrets) once; throws naming every bad variable. */
export function env(): Env {
  if (cached) return cached;
  // An empty variable (`X=` in an env file) means "not set", not "set to nothing".
  const source: Record<string, string | undefined> = Object.fromEntries(
    Object.entries(process.env).filter(([, value]) => value !== ''),
  );
  if (!source.AUTH_SECRET || !source.REALTIME_SECRET) {
    const secrets = loadLocalSecrets();
    source.AUTH_SECRET ??= secrets.AUTH_SECRET;
    source.REALTIME_SECRET ??= secrets.REALTIME_SECRET;
  }
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}\nSee .env.example.`);
  }
  const config = parsed.data;
  cached = {
    ...config,
    REALTIME_URL: config.REALTIME_URL ?? `http://127.0.0.1:${config.REALTIME_PORT}`,
  };
  return cached;
}

/** For tests that change the environment between cases. */
export function resetEnvForTests(): void {
  cached = undefined;
}
