// Form pages stay inside their budgets (architecture doc: ≤ 100 KB gzip of
// JavaScript, and less in all than a GOV.UK Frontend form page), measured on the
// built files they reference. The timings are the benchmark's (npm run bench).
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { formPages } from '../../src/lib/routes';
import { buildBaseline } from '../bench/baseline/baseline.mjs';
import { baselineBytes, pageBytes } from '../bench/bytes.mjs';

const baseline = baselineBytes(buildBaseline());

const dist = new URL('../../dist/', import.meta.url);
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Every script a page loads: inline scripts, script files, and the island's files and their imports. */
function scripts(html: string): { bytes: number; files: number } {
  const seen = new Set<string>();
  const queue = [
    ...[...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] ?? ''),
    ...[...html.matchAll(/(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1] ?? ''),
  ];
  let total = [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (sum, m) => sum + gz(m[1] ?? ''),
    0,
  );
  while (queue.length) {
    const url = queue.shift() as string;
    if (seen.has(url)) continue;
    seen.add(url);
    const code = readFileSync(new URL(`.${url}`, dist), 'utf8');
    total += gz(code);
    for (const m of code.matchAll(/(?:from|import)\s*["'](\.\/[^"']+\.js)["']/g))
      queue.push(new URL(m[1] ?? '', `http://x${url}`).pathname);
  }
  return { bytes: total, files: seen.size };
}

describe.each(formPages())('form page %s', (path) => {
  it('loads at most 100 KB gzip of JavaScript, all from this site', () => {
    const file = new URL(`.${path}index.html`, dist);
    if (!existsSync(file)) throw new Error(`${path} is not built: run \`npm run build\` first`);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('astro-island');
    const { bytes, files } = scripts(html);
    // The island and its renderer at least: proof the measurement found the files.
    expect(files).toBeGreaterThanOrEqual(2);
    expect(bytes).toBeLessThanOrEqual(100 * 1024);
  });

  it(`costs less to open than the GOV.UK Frontend baseline (${(baseline.total.gzip / 1024).toFixed(1)} KB gzip)`, () => {
    const { total } = pageBytes(new URL('../../dist/', import.meta.url).pathname, path);
    expect(total.gzip).toBeLessThan(baseline.total.gzip);
  });
});
