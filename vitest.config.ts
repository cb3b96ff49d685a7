import { defineConfig } from 'vitest/config';

const exclude = ['**/node_modules/**', '**/.next/**', '**/dist/**'];

/**
 * Test tiers by file name: *.unit.spec.ts (pure), *.int.spec.ts (real Postgres), *.scaled.int.spec.ts (real
 * Postgres, Kafka and Cassandra). e2e is Playwright's.
 */
export default defineConfig({
  test: {
    projects: [
      // Kit components render in specs too (*.unit.spec.tsx, packages/ui only).
      { test: { name: 'unit', include: ['**/*.unit.spec.ts', 'packages/ui/**/*.unit.spec.tsx'], exclude } },
      {
        test: {
          name: 'int',
          include: ['**/*.int.spec.ts'],
          exclude: [...exclude, '**/*.scaled.int.spec.ts'],
          globalSetup: ['packages/db/src/testing/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Scaled mode: real Kafka and Cassandra too. One file at a time: some specs stop Kafka.
        test: {
          name: 'scaled',
          include: ['**/*.scaled.int.spec.ts'],
          exclude,
          globalSetup: ['packages/db/src/testing/global-setup.ts', 'services/projector/src/testing/scaled-setup.ts'],
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
