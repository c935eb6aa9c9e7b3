// `npm test`: everything, from a fresh clone. Each stage starts what it needs
// (Chromium, the built site, databases) and stops it again. Stages that share
// nothing run side by side: lint and format beside the build, then the type checks
// (Astro's, and tsc's of the .mjs modules) beside the unit and database tests. Astro's
// type check and the build both rewrite Astro's generated types in .astro/, so they
// never run at the same time; the unit tests measure the built pages, so they come
// after the build.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './support/chromium.mjs';
import { anonKey } from '../supabase/local/keys.mjs';

const started = Date.now();
// The build's forms post to the stack the browser tests start (tests/support/test-stack.mjs).
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  PUBLIC_SUPABASE_URL: `http://127.0.0.1:${process.env.TEST_STACK_PORT ?? 24329}`,
  PUBLIC_SUPABASE_ANON_KEY: anonKey,
};

const prettier = ['--ignore-path', '.gitignore', '--ignore-path', 'tests/lint/prettierignore'];
/** @typedef {[title: string, cmd: string, args: string[]]} Stage */
/** @satisfies {Record<string, Stage>} */
const stages = {
  typeCheck: [
    'Type check',
    'astro',
    ['check', '--minimumSeverity', 'warning', '--minimumFailingSeverity', 'warning'],
  ],
  typeCheckMjs: ['Type check (.mjs)', 'tsc', ['-p', 'tests/lint/tsconfig.mjs.json']],
  lint: [
    'Lint',
    'eslint',
    ['--config', 'tests/lint/eslint.config.mjs', '--max-warnings', '0', '.'],
  ],
  format: ['Format', 'prettier', [...prettier, '--check', '.']],
  build: ['Build', 'astro', ['build']],
  unit: [
    'Unit and database tests',
    'vitest',
    [
      'run',
      '--config',
      'tests/vitest.config.ts',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/vitest.json',
    ],
  ],
  browser: ['Browser tests', 'playwright', ['test', '--config', 'tests/playwright.config.ts']],
};

/** @type {[title: string, seconds: number, good: boolean][]} */
const timings = [];

/**
 * Runs one stage; with `quiet`, its output is held back and printed whole when it ends.
 * @param {Stage} stage
 * @returns {Promise<boolean>} whether it passed
 */
function run([title, cmd, args], { quiet = false } = {}) {
  const begun = Date.now();
  if (!quiet) console.log(`\n=== ${title} ===`);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const seconds = (Date.now() - begun) / 1000;
      timings.push([title, seconds, code === 0]);
      if (quiet)
        console.log(
          `\n=== ${title} (${code === 0 ? 'passed' : 'FAILED'}, ${seconds.toFixed(1)} s) ===\n${output.trimEnd()}`,
        );
      resolve(code === 0);
    });
  });
}

ensureChromium();
rmSync('test-results', { recursive: true, force: true });

const [built, ...checks] = await Promise.all([
  run(stages.build, { quiet: true }),
  run(stages.lint, { quiet: true }),
  run(stages.format, { quiet: true }),
]);
checks.push(
  ...(await Promise.all([
    run(stages.typeCheck, { quiet: true }),
    run(stages.typeCheckMjs, { quiet: true }),
    run(stages.unit),
  ])),
);
let ok = built && checks.every(Boolean);
// Without a build there is no site to test; the browser stage would only add noise.
if (built) ok = (await run(stages.browser)) && ok;

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

console.log(
  '\nTime per stage (build, lint and format side by side; then the type checks beside the unit tests):',
);
for (const [title, seconds, good] of timings) {
  console.log(`  ${title.padEnd(26)} ${seconds.toFixed(1).padStart(6)} s${good ? '' : '  FAILED'}`);
}
console.log(`Full test run: ${((Date.now() - started) / 60000).toFixed(1)} min`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 && passed > 0 ? 0 : 1);
