import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/.next/**', '**/.turbo/**', '**/next-env.d.ts', '.data/**', '.tmp/**', '.cache/**', '**/src/generated/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'No focused tests.' },
        { selector: "CallExpression[callee.property.name='skip']", message: 'No skipped tests.' },
        { selector: "CallExpression[callee.property.name='waitForTimeout']", message: 'No sleeps in tests.' },
      ],
    },
  },
  {
    // The domain is pure: no clock, no randomness, no I/O.
    files: ['packages/domain/src/**/*.ts'],
    ignores: ['**/*.spec.ts', 'packages/domain/src/testing/**'],
    rules: {
      'no-restricted-globals': ['error', 'fetch', 'setTimeout', 'setInterval', 'process'],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Time comes from command metadata.' },
        { object: 'Math', property: 'random', message: 'Ids come from command metadata.' },
      ],
      'no-restricted-imports': ['error', { patterns: ['node:*', '@healthpay/*'] }],
    },
  },
);
