// The policy module on its own: hashes of inline code, the `_headers` format both
// ways, and which headers a path gets.
import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import {
  contentSecurityPolicy,
  headerRules,
  headersFor,
  inlineHashes,
  parseHeadersFile,
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

test('a headers file reads back as it was written, and form pages are never cached', () => {
  const rules = headerRules("default-src 'self'", ['/parents/ask-for-help/']);
  const read = parseHeadersFile(toHeadersFile(rules));
  expect(read).toEqual(rules);
  expect(headersFor(read, '/parents/ask-for-help/')).toMatchObject({
    'Content-Security-Policy': "default-src 'self'",
    'Cache-Control': 'private, no-store',
  });
  expect(headersFor(read, '/parents/')['Cache-Control']).toBe('public, max-age=600');
  expect(headersFor(read, '/_astro/a.js')['Cache-Control']).toContain('immutable');
});
