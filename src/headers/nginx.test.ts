// The nginx blocks written from the rules: each address gets what `_headers`
// gives it, read the way nginx chooses a location (exact, then longest `^~`
// prefix, then `/`).
import { expect, test } from 'vitest';
import { toNginx } from './nginx.mjs';
import { headerRules, headersFor } from './policy.mjs';

const pages = ['/', '/a/', '/a/form/', '/search/'];
const site = [
  ...pages,
  ...pages.map((page) => `${page}index.html`),
  '/favicon.svg',
  '/search/index.json',
  '/_astro/a.js',
];
const rules = headerRules("default-src 'self'", { pages, formPaths: ['/a/form/'], site });

/** The headers nginx sends for an address under the blocks `toNginx` wrote. */
function nginxHeaders(conf: string, path: string): Record<string, string> {
  const blocks = [...conf.matchAll(/location (=|\^~)? ?(\S+) \{\n([^}]*)\}/g)].map((m) => ({
    kind: m[1] ?? '',
    at: m[2] ?? '',
    headers: Object.fromEntries(
      [...(m[3] ?? '').matchAll(/add_header (\S+) "([^"]*)" always;/g)].map((h) => [h[1], h[2]]),
    ),
  }));
  const exact = blocks.find((b) => b.kind === '=' && b.at === path);
  const prefixes = blocks
    .filter((b) => b.kind === '^~' && path.startsWith(b.at))
    .sort((x, y) => y.at.length - x.at.length);
  const chosen = exact ?? prefixes[0] ?? blocks.find((b) => b.kind === '' && b.at === '/');
  return chosen?.headers ?? {};
}

test('every address gets from nginx exactly the headers _headers gives it', () => {
  const conf = toNginx(rules);
  expect(conf).toContain('location / {');
  for (const path of site) expect(nginxHeaders(conf, path), path).toEqual(headersFor(rules, path));
  expect(nginxHeaders(conf, '/a/form/index.html')['Cache-Control']).toBe('private, no-store');
  expect(nginxHeaders(conf, '/search/index.json')['Content-Security-Policy']).toBeUndefined();
});

test('one block per pattern, even when two rules share it', () => {
  const twice = [...rules, ['/a/*', { 'X-Test': '1' }]];
  const conf = toNginx(twice);
  expect(conf.match(/location \^~ \/a\/ \{/g)).toHaveLength(1);
  expect(nginxHeaders(conf, '/a/')['X-Test']).toBe('1');
});
