import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ['{lib,db,inngest,realtime,scripts,app,components,messages}/**/*.test.{ts,tsx}'],
    exclude: ['node_modules', 'e2e', '.next'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
