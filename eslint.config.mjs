import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import inngest from '@inngest/eslint-plugin';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    plugins: { '@inngest': inngest },
    rules: {
      '@inngest/await-inngest-send': 'error',
      '@inngest/no-nested-steps': 'error',
      '@inngest/no-variable-mutation-in-step': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      '.data/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
      'db/migrations/**',
    ],
  },
];

export default config;
