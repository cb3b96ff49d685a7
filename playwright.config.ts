import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// The same setting as the statement PDFs' Chromium (HP_CHROMIUM_PATH in packages/config/src/env.ts), with its default.
const chromium = process.env.HP_CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** e2e: real Chromium against the full stack started in e2e/global-setup.ts. No retries, no focus. */
export default defineConfig({
  testMatch: '**/*.e2e.spec.ts',
  testIgnore: ['**/node_modules/**', '**/.next/**'],
  globalSetup: './e2e/global-setup.ts',
  forbidOnly: true,
  retries: 0,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '.tmp/playwright.json' }]],
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
