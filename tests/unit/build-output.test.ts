// What the build ships gives nothing away: no source maps (they would publish the
// source and its comments) and no secret, only the public key the forms need.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { anonKey, LOCAL_JWT_SECRET, serviceKey } from '../../supabase/local/keys.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const files = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name));

test('the build ships no source maps', () => {
  expect(files.length).toBeGreaterThan(78);
  expect(files.filter((file) => /\.map$/.test(file))).toEqual([]);
  const text = files.filter((file) => /\.(js|html|css)$/.test(file));
  for (const file of text) expect(readFileSync(file, 'utf8'), file).not.toMatch(/sourceMappingURL/);
});

test('no secret is in the build: not the service key, not the JWT secret', () => {
  let publicKeyShipped = false;
  for (const file of files) {
    const content = readFileSync(file, 'utf8');
    expect(content.includes(serviceKey), file).toBe(false);
    expect(content.includes(LOCAL_JWT_SECRET), file).toBe(false);
    expect(content.includes('service_role'), file).toBe(false);
    publicKeyShipped ||= content.includes(anonKey);
  }
  // The forms do need the public key: proof that the search reads what ships.
  expect(publicKeyShipped).toBe(true);
});

// Which pages are kept out of caches: tests/unit/form-pages.test.ts.
test('the shipped _headers covers every inline script and style', async () => {
  const { headersFor, inlineHashes, parseHeadersFile } =
    await import('../../src/headers/policy.mjs');
  const { allPages } = await import('../../src/lib/routes');
  const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
  for (const path of allPages()) {
    const headers = headersFor(rules, path);
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    const { scripts, styles } = inlineHashes(html);
    for (const hash of [...scripts, ...styles])
      expect(headers['Content-Security-Policy'], path).toContain(hash);
  }
});

// Pages carry the headers only a page acts on (policy.mjs says why); everything
// else the build serves (scripts, words, the search index, the icon, the sitemap)
// carries only what every response needs.
test('page-only headers go with every page and with nothing else', async () => {
  const { headersFor, pageOnly, parseHeadersFile } = await import('../../src/headers/policy.mjs');
  const { allPages } = await import('../../src/lib/routes');
  const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
  const served = files.map((file) => `/${relative(dist, file).split(sep).join('/')}`);
  const pages = served.filter((path) => path.endsWith('/index.html'));
  // Every page of the sitemap, and the editors' pages it leaves out.
  expect(pages).toEqual(expect.arrayContaining(allPages().map((path) => `${path}index.html`)));
  for (const path of [...allPages(), ...pages]) {
    const headers = headersFor(rules, path);
    for (const name of pageOnly) expect(headers[name], `${path} ${name}`).toBeTruthy();
  }
  const others = served.filter((path) => !path.endsWith('/index.html') && path !== '/_headers');
  expect(others.filter((path) => path.startsWith('/_astro/')).length).toBeGreaterThan(5);
  expect(others).toEqual(expect.arrayContaining(['/favicon.svg', '/search/index.json']));
  for (const path of others) {
    const headers = headersFor(rules, path);
    for (const name of pageOnly) expect(headers[name], `${path} ${name}`).toBeUndefined();
    expect(headers['X-Content-Type-Options'], path).toBe('nosniff');
  }
});

// Cloudflare Pages reads at most 100 rules and 2,000 characters a line.
test('the _headers file stays within what Cloudflare Pages reads', () => {
  const text = readFileSync(join(dist, '_headers'), 'utf8');
  const rules = text.split('\n').filter((line) => line.startsWith('/'));
  expect(rules.length).toBeGreaterThan(3);
  expect(rules.length).toBeLessThanOrEqual(100);
  for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(2000);
});
