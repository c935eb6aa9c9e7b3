// The byte counter the budgets rely on: it must find what a page loads, follow an
// island's static imports and leave its dynamic ones (fetched later) out.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { pageBytes } from './bytes.mjs';

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
