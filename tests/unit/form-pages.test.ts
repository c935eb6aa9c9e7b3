// Form pages stay inside their budgets (architecture doc: ≤ 100 KB gzip of
// JavaScript, and less in all than a GOV.UK Frontend form page), measured on the
// built files they reference. The timings are the benchmark's (npm run bench).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/headers/policy.mjs';
import { allPages, formPages } from '../../src/lib/routes';
import { buildBaseline } from '../bench/baseline/baseline.mjs';
import { baselineBytes, pageBytes, pageRequests } from '../bench/bytes.mjs';

const baseline = baselineBytes(buildBaseline());

const dist = new URL('../../dist/', import.meta.url).pathname;

const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
const asking = new Set(formPages());

// What someone types on a page (a referral, a survey, a first name and a phone
// number for the panel) must never sit in a shared cache; a page that asks for
// nothing may be cached. Every page, both ways.
it.each(allPages())('%s is kept out of caches exactly when it asks for something', (path) => {
  const cache = headersFor(rules, path)['Cache-Control'];
  expect(cache).toBe(asking.has(path) ? 'private, no-store' : 'public, max-age=600');
});

it('the panel offers are among the pages that ask for something', () => {
  expect([...asking].filter((path) => path.endsWith('/help-shape-the-service/'))).toHaveLength(9);
});

describe.each(formPages())('form page %s', (path) => {
  it('loads at most 100 KB gzip of JavaScript, all from this site', () => {
    const { js, scriptFiles } = pageBytes(dist, path);
    expect(readFileSync(join(dist, path, 'index.html'), 'utf8')).toContain('astro-island');
    // The island and its renderer at least: proof the measurement found the files.
    expect(scriptFiles).toBeGreaterThanOrEqual(2);
    expect(js.gzip).toBeLessThanOrEqual(100 * 1024);
  });

  // Only the page itself acts on the page-only headers; build-output.test.ts holds
  // every page to carrying them and every other file the build serves (these) not.
  it('loads its icon and its scripts as files of the build', () => {
    const [, ...loaded] = pageRequests(dist, path);
    expect(loaded).toContain('/favicon.svg');
    expect(loaded.filter((url) => url.startsWith('/_astro/')).length).toBeGreaterThanOrEqual(2);
    for (const url of loaded) expect(existsSync(join(dist, url)), url).toBe(true);
  });

  it(`costs less to open than the GOV.UK Frontend baseline (${(baseline.total.gzip / 1024).toFixed(1)} KB gzip)`, () => {
    const { total } = pageBytes(dist, path);
    expect(total.gzip).toBeLessThan(baseline.total.gzip);
  });
});
