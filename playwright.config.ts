import { defineConfig, devices } from '@playwright/test';
import { e2eServer } from './e2e/support/server';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const launchOptions = {
  executablePath: CHROMIUM,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: './e2e',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  // Playwright empties its outputDir at start: keep it apart from the other reports.
  outputDir: 'test-results/playwright',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  use: {
    baseURL: e2eServer.baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'api', testMatch: /api\/.*\.spec\.ts/ },
    {
      name: 'desktop',
      testMatch: /ui\/.*\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    {
      name: 'mobile',
      testMatch: /ui\/.*\.spec\.ts/,
      // A colour scheme changes colours, not layout: the dark scheme's axe pass is desktop's.
      testIgnore: /ui\/accessibility-dark\.spec\.ts/,
      use: { ...devices['Pixel 7'], browserName: 'chromium', launchOptions },
    },
  ],
  webServer: [
    // The fake LLM provider first: the app sends it every reading section.
    {
      command: 'node node_modules/tsx/dist/cli.mjs e2e/support/fake-llm-server.ts',
      port: e2eServer.fakeLlm.port,
      timeout: 30_000,
      reuseExistingServer: false,
    },
    {
      command: 'node node_modules/tsx/dist/cli.mjs scripts/start.ts --no-build',
      url: `${e2eServer.baseURL}/api/health/ready`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      env: e2eServer.env,
    },
  ],
});
