// Browser tests run in Debian's Chromium against the built site served locally.
import { defineConfig } from '@playwright/test';
import { ensureChromium, chromiumArgs } from './support/chromium.mjs';

const port = Number(process.env.PORTAL_PORT ?? 4329);
export const baseURL = `http://127.0.0.1:${port}`;
/** The build (tests/run.mjs) points the forms here; see tests/support/test-stack.mjs. */
const stackPort = Number(process.env.TEST_STACK_PORT ?? 24329);
export const apiURL = `http://127.0.0.1:${stackPort}`;
/** The tests' one case-system reader, beside the stack (tests/support/case-reader.mjs). */
export const caseReaderURL = `http://127.0.0.1:${stackPort + 1}`;

export default defineConfig({
  testDir: '..',
  testMatch: ['tests/e2e/**/*.spec.ts', 'src/**/*.spec.ts'],
  outputDir: '../test-results/playwright',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  // The long keyboard journeys take 10 to 15 s alone; on a busy 2-core machine a
  // 30 s default could end a passing test, so a failure must mean a fault.
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: '../test-results/playwright.json' }]],
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions: { executablePath: ensureChromium(), args: chromiumArgs },
    serviceWorkers: 'block',
    trace: 'off',
  },
  webServer: [
    {
      command: 'node tests/support/test-stack.mjs',
      cwd: '..',
      // The reader starts last, so once it answers the stack is up too.
      url: `${caseReaderURL}/ready`,
      reuseExistingServer: false,
      timeout: 120_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    },
    {
      // The built site with the headers it ships with (src/headers/server.mjs).
      command: `node src/headers/server.mjs --dir dist --port ${port}`,
      cwd: '..',
      url: `${baseURL}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
