// The benchmark's journey (journey.bench.ts), run by tests/bench/run.mjs against
// the site and stack it started; not part of npm test.
import { defineConfig } from '@playwright/test';
import { chromiumArgs, ensureChromium } from '../support/chromium.mjs';

export default defineConfig({
  testDir: '.',
  testMatch: ['journey.bench.ts'],
  outputDir: '../../test-results/bench',
  workers: 1,
  retries: 0,
  timeout: 300_000,
  reporter: [['line']],
  use: {
    baseURL: process.env.BENCH_SITE_URL,
    browserName: 'chromium',
    launchOptions: { executablePath: ensureChromium(), args: chromiumArgs },
    serviceWorkers: 'block',
  },
});
