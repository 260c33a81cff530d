import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { env, resetEnvForTests } from './env';

const saved = { ...process.env };

beforeEach(() => {
  resetEnvForTests();
  process.env.ORRERY_DATA_DIR = mkdtempSync(path.join(tmpdir(), 'orrery-env-'));
  delete process.env.AUTH_SECRET;
  delete process.env.REALTIME_SECRET;
});

afterEach(() => {
  process.env = { ...saved };
  resetEnvForTests();
});

describe('env', () => {
  it('generates missing local secrets once, keeps them private, and reuses them', () => {
    const first = env();
    expect(first.AUTH_SECRET.length).toBeGreaterThanOrEqual(32);
    const file = path.join(process.env.ORRERY_DATA_DIR ?? '', 'secrets.json');
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      AUTH_SECRET: first.AUTH_SECRET,
    });

    resetEnvForTests();
    expect(env().AUTH_SECRET).toBe(first.AUTH_SECRET);
    expect(env().REALTIME_SECRET).toBe(first.REALTIME_SECRET);
  });

  it('prefers a secret from the environment over a generated one', () => {
    process.env.AUTH_SECRET = 'x'.repeat(40);
    expect(env().AUTH_SECRET).toBe('x'.repeat(40));
  });

  it('names every bad variable in one clear error', () => {
    process.env.PORT = 'eighty';
    process.env.DATABASE_URL = 'not a url';
    expect(() => env()).toThrowError(/PORT[\s\S]*DATABASE_URL|DATABASE_URL[\s\S]*PORT/);
  });

  it('reads API_PLAN_LIMITS as JSON and names it when it is not', () => {
    process.env.API_PLAN_LIMITS = '{"basic":{"perMonth":30}}';
    expect(env().API_PLAN_LIMITS).toEqual({ basic: { perMonth: 30 } });
    resetEnvForTests();
    process.env.API_PLAN_LIMITS = '{basic: 30}';
    expect(() => env()).toThrowError(/API_PLAN_LIMITS: must be valid JSON/);
    resetEnvForTests();
    process.env.API_PLAN_LIMITS = '{"gold":{"perMonth":30}}';
    expect(() => env()).toThrowError(/API_PLAN_LIMITS/);
  });

  it('treats empty variables as unset and applies defaults', () => {
    process.env.DATABASE_URL = '';
    process.env.PORT = '';
    const config = env();
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.PORT).toBe(3000);
  });

  it('points REALTIME_URL at the local sidecar port unless set', () => {
    process.env.REALTIME_PORT = '4101';
    delete process.env.REALTIME_URL;
    expect(env().REALTIME_URL).toBe('http://127.0.0.1:4101');
    resetEnvForTests();
    process.env.REALTIME_URL = 'http://realtime.internal:9000';
    expect(env().REALTIME_URL).toBe('http://realtime.internal:9000');
  });
});
