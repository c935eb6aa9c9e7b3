// Writes `_headers` into the build once every page exists, so the policy hashes
// exactly the inline scripts and styles that ship, and allows connections only to
// this portal and the Supabase project the forms were built for; and so the
// page-only headers are given to exactly the pages, from what the build holds.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  contentSecurityPolicy,
  headerRules,
  asksForAnything,
  inlineHashes,
  toHeadersFile,
} from './policy.mjs';

export function securityHeaders({ supabaseUrl }) {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        // Every file as the address it is served at: `pl/parents/index.html` at
        // `/pl/parents/index.html`, and a page also at its folder, `/pl/parents/`.
        const files = readdirSync(root, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile() && entry.name !== '_headers')
          .map((entry) => join(entry.parentPath, entry.name).slice(root.length).split(sep))
          .map((parts) => `/${parts.filter(Boolean).join('/')}`);
        const page = (file) => file.slice(0, -'index.html'.length);
        const pages = files.filter((file) => file.endsWith('/index.html')).map(page);
        const hashes = { scripts: new Set(), styles: new Set() };
        const asking = [];
        for (const path of pages) {
          const html = readFileSync(join(root, path, 'index.html'), 'utf8');
          inlineHashes(html, hashes);
          if (asksForAnything(html)) asking.push(path);
        }
        const connect = supabaseUrl ? [new URL(supabaseUrl).origin] : [];
        const rules = headerRules(contentSecurityPolicy(hashes, connect), {
          pages: pages.sort(),
          formPaths: asking.sort(),
          site: [...files, ...pages],
        });
        writeFileSync(join(root, '_headers'), toHeadersFile(rules));
      },
    },
  };
}
