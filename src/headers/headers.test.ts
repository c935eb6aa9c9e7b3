// The policy module on its own: hashes of inline code, the `_headers` format both
// ways, and which headers a path gets.
import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import {
  contentSecurityPolicy,
  headerRules,
  headersFor,
  inlineHashes,
  pageOnly,
  parseHeadersFile,
  patternsFor,
  toHeadersFile,
} from './policy.mjs';

const hash = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

test('inline scripts and styles are hashed; scripts with a src are not', () => {
  const found = inlineHashes(
    '<script>a()</script><script type="module">b()</script><script src="/x.js"></script><style>p{}</style>',
  );
  expect([...found.scripts].sort()).toEqual([hash('a()'), hash('b()')].sort());
  expect([...found.styles]).toEqual([hash('p{}')]);
});

test('the policy allows only this site, its hashes and the Supabase project', () => {
  const csp = contentSecurityPolicy({ scripts: new Set([hash('a()')]), styles: new Set() }, [
    'https://project.supabase.co',
  ]);
  expect(csp).toContain(`script-src 'self' ${hash('a()')};`);
  expect(csp).toContain("connect-src 'self' https://project.supabase.co;");
  expect(csp).not.toMatch(/unsafe/);
});

// A small site: pages in folders of their own, pages beside data files, a form.
const pages = ['/', '/a/', '/a/b/', '/search/', '/pl/', '/pl/a/', '/pl/search/', '/a/form/'];
const files = ['/favicon.svg', '/words.json', '/search/index.json', '/pl/words.json'];
const site = [
  ...pages,
  ...pages.map((page) => `${page}index.html`),
  ...files,
  '/pl/search/index.json',
  '/_astro/a.js',
];
const rules = headerRules("default-src 'self'", { pages, formPaths: ['/a/form/'], site });

test('page patterns match every page at both its addresses and nothing else the site serves', () => {
  const patterns = patternsFor(pages, site);
  const matched = (path: string) =>
    patterns.some((p: string) => (p.endsWith('*') ? path.startsWith(p.slice(0, -1)) : p === path));
  for (const page of pages) {
    expect(matched(page), page).toBe(true);
    expect(matched(`${page}index.html`), page).toBe(true);
  }
  for (const file of site.filter((path) => !/\/(index\.html)?$/.test(path)))
    expect(matched(file), file).toBe(false);
  // A folder of pages only is one rule; a page beside other files is matched exactly.
  expect(patterns).toContain('/a/*');
  expect(patterns).toContain('/search/');
  expect(patterns).not.toContain('/search/*');
  expect(patterns).toEqual(
    expect.arrayContaining(['/', '/index.html', '/pl/', '/pl/index.html', '/pl/a/*']),
  );
});

test('pages get the page-only headers; scripts, data and the icon do not', () => {
  for (const page of [...pages, '/pl/a/index.html']) {
    const headers = headersFor(rules, page);
    for (const name of pageOnly) expect(headers[name], `${page} ${name}`).toBeTruthy();
  }
  for (const file of [...files, '/pl/search/index.json', '/_astro/a.js']) {
    const headers = headersFor(rules, file);
    for (const name of pageOnly) expect(headers[name], `${file} ${name}`).toBeUndefined();
    expect(headers['X-Content-Type-Options'], file).toBe('nosniff');
    expect(headers['Referrer-Policy'], file).toBe('no-referrer');
    expect(headers['Strict-Transport-Security'], file).toMatch(/max-age=\d+/);
  }
  expect(pageOnly).toEqual(
    expect.arrayContaining(['Content-Security-Policy', 'Permissions-Policy', 'X-Frame-Options']),
  );
});

test('a headers file reads back as it was written, and form pages are never cached', () => {
  const read = parseHeadersFile(toHeadersFile(rules));
  expect(read).toEqual(rules);
  for (const address of ['/a/form/', '/a/form/index.html'])
    expect(headersFor(read, address)).toMatchObject({
      'Content-Security-Policy': "default-src 'self'",
      'Cache-Control': 'private, no-store',
    });
  expect(headersFor(read, '/a/')['Cache-Control']).toBe('public, max-age=600');
  expect(headersFor(read, '/_astro/a.js')['Cache-Control']).toContain('immutable');
});
