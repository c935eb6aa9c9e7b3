// What the build ships gives nothing away: no source maps (they would publish the
// source and its comments) and no secret, only the public key the forms need.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
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
