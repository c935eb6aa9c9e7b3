// `npm test`: everything, in order, from a fresh clone. Each stage starts what it
// needs (Chromium, the built site, databases) and stops it again.
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync, rmSync } from 'node:fs';
import { ensureChromium } from './support/chromium.mjs';
import { anonKey } from '../supabase/local/keys.mjs';

const started = Date.now();
// The build's forms post to the stack the browser tests start (tests/support/test-stack.mjs).
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  PUBLIC_SUPABASE_URL: `http://127.0.0.1:${process.env.TEST_STACK_PORT ?? 54329}`,
  PUBLIC_SUPABASE_ANON_KEY: anonKey,
};

function run(title, cmd, args) {
  console.log(`\n=== ${title} ===`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  return result.status === 0;
}

ensureChromium();
rmSync('test-results', { recursive: true, force: true });

const stages = [
  ['Type check', 'astro', ['check', '--minimumSeverity', 'warning']],
  ['Build', 'astro', ['build']],
  ['Unit and database tests', 'vitest', ['run', '--config', 'tests/vitest.config.ts', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json']],
  ['Browser tests', 'playwright', ['test', '--config', 'tests/playwright.config.ts']],
];

let ok = true;
for (const [title, cmd, args] of stages) {
  if (!run(title, cmd, args)) {
    ok = false;
    // A failed build leaves nothing to test; later stages would only add noise.
    if (title === 'Build' || title === 'Type check') break;
  }
}

let passed = 0;
let failed = 0;
if (existsSync('test-results/vitest.json')) {
  const v = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
}
if (existsSync('test-results/playwright.json')) {
  const p = JSON.parse(readFileSync('test-results/playwright.json', 'utf8'));
  passed += p.stats.expected;
  failed += p.stats.unexpected + p.stats.flaky;
}
const minutes = ((Date.now() - started) / 60000).toFixed(1);
console.log(`\nFull test run: ${minutes} min`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 && passed > 0 ? 0 : 1);
