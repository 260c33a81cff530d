import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '@/lib/config/env';
import { llmConfigFromEnv } from './config';

const saved = { ...process.env };

beforeEach(() => {
  resetEnvForTests();
  process.env.AUTH_SECRET = 'a'.repeat(40);
  process.env.REALTIME_SECRET = 'r'.repeat(40);
  for (const name of ['LLM_BASE_URL', 'LLM_API_KEY', 'LLM_MODEL', 'LLM_TIMEOUT_MS']) {
    delete process.env[name];
  }
});

afterEach(() => {
  process.env = { ...saved };
  resetEnvForTests();
});

describe('llmConfigFromEnv', () => {
  it('is off by default, with OpenAI defaults ready for a key', () => {
    process.env.LLM_API_KEY = '';
    expect(llmConfigFromEnv()).toEqual({
      baseUrl: 'https://api.openai.com/v1',
      apiKey: undefined,
      model: 'gpt-4o-mini',
      timeoutMs: 20_000,
    });
  });

  it('reads every LLM_ variable', () => {
    process.env.LLM_BASE_URL = 'http://127.0.0.1:11434/v1';
    process.env.LLM_API_KEY = 'local';
    process.env.LLM_MODEL = 'llama3.1';
    process.env.LLM_TIMEOUT_MS = '45000';
    expect(llmConfigFromEnv()).toEqual({
      baseUrl: 'http://127.0.0.1:11434/v1',
      apiKey: 'local',
      model: 'llama3.1',
      timeoutMs: 45_000,
    });
  });

  it('rejects a base URL that is not one', () => {
    process.env.LLM_BASE_URL = 'api.openai.com';
    expect(() => llmConfigFromEnv()).toThrowError(/LLM_BASE_URL/);
  });
});
