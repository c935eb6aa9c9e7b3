// Form pages stay inside their budgets (architecture doc: ≤ 100 KB gzip of
// JavaScript, and less in all than a GOV.UK Frontend form page), measured on the
// built files they reference. The timings are the benchmark's (npm run bench).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formPages } from '../../src/lib/routes';
import { buildBaseline } from '../bench/baseline/baseline.mjs';
import { baselineBytes, pageBytes } from '../bench/bytes.mjs';

const baseline = baselineBytes(buildBaseline());

const dist = new URL('../../dist/', import.meta.url).pathname;

describe.each(formPages())('form page %s', (path) => {
  it('loads at most 100 KB gzip of JavaScript, all from this site', () => {
    const { js, scriptFiles } = pageBytes(dist, path);
    expect(readFileSync(join(dist, path, 'index.html'), 'utf8')).toContain('astro-island');
    // The island and its renderer at least: proof the measurement found the files.
    expect(scriptFiles).toBeGreaterThanOrEqual(2);
    expect(js.gzip).toBeLessThanOrEqual(100 * 1024);
  });

  it(`costs less to open than the GOV.UK Frontend baseline (${(baseline.total.gzip / 1024).toFixed(1)} KB gzip)`, () => {
    const { total } = pageBytes(dist, path);
    expect(total.gzip).toBeLessThan(baseline.total.gzip);
  });
});
