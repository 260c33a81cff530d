import nextEnv from '@next/env';

// Scripts see the same .env files as the Next.js app (.env, .env.local, .env.production…).
nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production');
