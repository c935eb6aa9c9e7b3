import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: [
      'tests/unit/**/*.test.ts',
      'src/**/*.test.ts',
      'supabase/local/**/*.test.ts',
      'supabase/database/validation/**/*.test.ts',
      'supabase/database/tests/**/*.test.ts',
      'supabase/intake/**/*.test.ts',
      'supabase/deploy/**/*.test.ts',
      'supabase/report/**/*.test.ts',
      'tests/bench/**/*.test.ts',
    ],
    // One throwaway PostgreSQL cluster for the database tests, when the server is installed.
    globalSetup: ['supabase/database/tests/support/global-postgres.ts'],
    // Both cores: each file has a database of its own (PGlite in its worker, its own
    // database on the shared cluster), so two files at once never meet.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
