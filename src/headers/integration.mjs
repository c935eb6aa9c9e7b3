// Writes `_headers` into the build once every page exists, so the policy hashes
// exactly the inline scripts and styles that ship, and allows connections only to
// this portal and the Supabase project the forms were built for.
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
        const pages = readdirSync(root, { recursive: true })
          .map(String)
          .filter((file) => file.endsWith('index.html'));
        const hashes = { scripts: new Set(), styles: new Set() };
        const asking = [];
        for (const page of pages) {
          const html = readFileSync(join(root, page), 'utf8');
          inlineHashes(html, hashes);
          // `pl/parents/index.html` is served at `/pl/parents/`; `index.html` at `/`.
          if (asksForAnything(html))
            asking.push(`/${page.split(sep).slice(0, -1).join('/')}/`.replace(/^\/\/$/, '/'));
        }
        const connect = supabaseUrl ? [new URL(supabaseUrl).origin] : [];
        const rules = headerRules(contentSecurityPolicy(hashes, connect), asking.sort());
        writeFileSync(join(root, '_headers'), toHeadersFile(rules));
      },
    },
  };
}
