// The baseline the benchmark compares our form pages with: a GOV.UK Frontend
// one-question form page with Exit this page, built from the govuk-frontend
// package's compiled CSS, JavaScript and fonts, served by the same server as
// the portal (with the same headers file format and compression).
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

/** A folder with the baseline page and the package's assets, ready for src/headers/server.mjs. */
export function buildBaseline() {
  const dist = join(dirname(require.resolve('govuk-frontend/package.json')), 'dist', 'govuk');
  const dir = mkdtempSync(join(tmpdir(), 'govuk-baseline-'));
  cpSync(join(here, 'index.html'), join(dir, 'index.html'));
  cpSync(join(here, 'init.js'), join(dir, 'init.js'));
  cpSync(join(dist, 'govuk-frontend.min.css'), join(dir, 'govuk-frontend.min.css'));
  cpSync(join(dist, 'govuk-frontend.min.js'), join(dir, 'govuk-frontend.min.js'));
  cpSync(join(dist, 'assets'), join(dir, 'assets'), { recursive: true });
  // The baseline gets no security headers: only what a static host sends by default.
  writeFileSync(join(dir, '_headers'), '/*\n  Cache-Control: public, max-age=600\n');
  return dir;
}
