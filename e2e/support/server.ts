import path from 'node:path';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const FAKE_LLM_PORT = PORT + 2;

/**
 * The browser tests run the product on its embedded defaults (PGlite, in-memory Redis,
 * local job runner) in a throwaway data folder, so a run never touches a developer's data
 * or a real database; the integration tests cover PostgreSQL and Redis. Reading enrichment
 * is on, against a local fake provider (`fake-llm-server.ts`) that is slow only for readings
 * in `fakeLlm.slowLocale`, a locale no other spec reads a reading in.
 */
export const e2eServer = {
  baseURL: `http://localhost:${PORT}`,
  fakeLlm: { port: FAKE_LLM_PORT, slowLocale: 'pt' },
  adminEmail: 'admin@orrery.local',
  adminPassword: 'e2e-admin-password',
  env: {
    PORT: String(PORT),
    REALTIME_PORT: String(PORT + 1),
    REALTIME_URL: `http://127.0.0.1:${PORT + 1}`,
    ORRERY_DATA_DIR: path.resolve('.data', `e2e-${PORT}`),
    DATABASE_URL: '',
    REDIS_URL: '',
    UPSTASH_REDIS_REST_URL: '',
    UPSTASH_REDIS_REST_TOKEN: '',
    INNGEST_EVENT_KEY: '',
    INNGEST_BASE_URL: '',
    DEMO_ADMIN_PASSWORD: 'e2e-admin-password',
    LOG_LEVEL: 'warn',
    // A quota small enough to use up over HTTP; the specs read every limit from RateLimit-Policy.
    API_PLAN_LIMITS: JSON.stringify({ basic: { perMonth: 30 } }),
    LLM_BASE_URL: `http://127.0.0.1:${FAKE_LLM_PORT}/v1`,
    LLM_API_KEY: 'e2e-fake-llm',
    LLM_MODEL: 'e2e-echo',
    LLM_TIMEOUT_MS: '20000',
  },
};
