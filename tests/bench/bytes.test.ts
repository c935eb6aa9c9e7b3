// The byte counter the budgets rely on: it must find what a page loads, follow an
// island's static imports and leave its dynamic ones (fetched later) out.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { headerBytes, pageBytes, pageRequests } from './bytes.mjs';

test('counts the page, its scripts and their static imports, not the dynamic ones', () => {
  const dist = mkdtempSync(join(tmpdir(), 'bytes-'));
  mkdirSync(join(dist, 'p'));
  mkdirSync(join(dist, '_astro'));
  const island = `import{a}from"./shared.js";const later=()=>import("./later.js");${'x'.repeat(500)}`;
  writeFileSync(join(dist, '_astro', 'island.js'), island);
  writeFileSync(join(dist, '_astro', 'shared.js'), 'y'.repeat(300));
  writeFileSync(join(dist, '_astro', 'later.js'), 'z'.repeat(9000));
  const html = `<html><script>q()</script><astro-island component-url="/_astro/island.js"></astro-island></html>`;
  writeFileSync(join(dist, 'p', 'index.html'), html);
  const bytes = pageBytes(dist, '/p/');
  expect(bytes.js.raw).toBe('q()'.length + island.length + 300);
  expect(bytes.total.raw).toBe(html.length + island.length + 300);
  expect(bytes.total.gzip).toBeLessThan(bytes.total.raw);
});

test("measures the directory's first screen: everything before its list of services", () => {
  const dist = mkdtempSync(join(tmpdir(), 'bytes-'));
  mkdirSync(join(dist, 'd'));
  const top = `<html><h1>Support</h1><form>${'<select></select>'.repeat(20)}</form>`;
  const html = `${top}<div data-all>${'<li>A service, its words.</li>'.repeat(400)}</div></html>`;
  writeFileSync(join(dist, 'd', 'index.html'), html);
  const bytes = pageBytes(dist, '/d/');
  expect(bytes.firstScreen?.raw).toBe(top.length);
  expect(bytes.firstScreen!.gzip).toBeLessThan(bytes.htmlCss.gzip);
  mkdirSync(join(dist, 'p'));
  writeFileSync(join(dist, 'p', 'index.html'), top);
  expect(pageBytes(dist, '/p/').firstScreen).toBeUndefined();
});

test('lists what a page fetches as it arrives, and counts the header lines each gets', () => {
  const dist = mkdtempSync(join(tmpdir(), 'bytes-'));
  mkdirSync(join(dist, 'p'));
  mkdirSync(join(dist, '_astro'));
  writeFileSync(
    join(dist, '_astro', 'island.js'),
    'import{a}from"./shared.js";import("./later.js")',
  );
  writeFileSync(join(dist, '_astro', 'shared.js'), '');
  const html = `<link rel="icon" href="/i.svg"><astro-island component-url="/_astro/island.js">`;
  writeFileSync(join(dist, 'p', 'index.html'), html);
  const requests = pageRequests(dist, '/p/');
  expect(requests).toEqual(['/p/', '/i.svg', '/_astro/island.js', '/_astro/shared.js']);
  const rules = [
    ['/*', { A: 'xy' }],
    ['/p/*', { Bb: 'z' }],
  ];
  // "A: xy\r\n" is 7 bytes on every response; "Bb: z\r\n" 7 more on the page.
  expect(headerBytes(rules, requests)).toBe(4 * 7 + 7);
});
