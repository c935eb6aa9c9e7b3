// Writes `_headers` into the build once every page exists, so the policy hashes
// exactly the inline scripts and styles that ship, and allows connections only to
// this portal and the Supabase project the forms were built for.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  contentSecurityPolicy,
  headerRules,
  inlineHashes,
  isFormPage,
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
        for (const page of pages) inlineHashes(readFileSync(join(root, page), 'utf8'), hashes);
        // `pl/parents/index.html` is served at `/pl/parents/`; `index.html` at `/`.
        const paths = pages.map((page) =>
          `/${page.split(sep).slice(0, -1).join('/')}/`.replace(/^\/\/$/, '/'),
        );
        const connect = supabaseUrl ? [new URL(supabaseUrl).origin] : [];
        const rules = headerRules(contentSecurityPolicy(hashes, connect), paths.filter(isFormPage));
        writeFileSync(join(root, '_headers'), toHeadersFile(rules));
      },
    },
  };
}
