// Content pages ship no framework JavaScript: only the quick-exit script and the
// script of each small custom element the page uses (read aloud on a guide, the
// search box, the directory's filters), inline and small, and everything a page
// needs arrives in its first response.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { contentPages } from '../../src/lib/routes';
import { contentBudget, pageBytes } from '../bench/bytes.mjs';

const dist = new URL('../../dist/', import.meta.url);

function html(path: string): string {
  const file = new URL(`.${path}index.html`, dist);
  if (!existsSync(file)) throw new Error(`${path} is not built: run \`npm run build\` first`);
  return readFileSync(file, 'utf8');
}

const gz = (text: string) => gzipSync(text, { level: 9 }).length;

describe.each(contentPages())('content page %s', (path) => {
  const page = html(path);
  const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];

  it('loads no script file and no island', () => {
    expect(scripts.every(([, attrs]) => !/\bsrc=/.test(attrs ?? ''))).toBe(true);
    expect(page).not.toContain('astro-island');
    expect(page).not.toMatch(/component-url|renderer-url/);
  });

  it('has small inline scripts only: quick exit, and each custom element it uses; 3 KB gzip in all', () => {
    // Each element's script names what only it does: the speech it reads with,
    // the element it defines.
    const elements = [
      ['<listen-aloud', 'speechSynthesis'],
      ['<site-search', 'site-search'],
      ['<service-finder', 'service-finder'],
    ].filter(([tag]) => page.includes(tag!));
    expect(scripts).toHaveLength(1 + elements.length);
    expect(scripts[0]?.[2]).toContain('yvs:quick-exit');
    for (const [, marker] of elements)
      expect(
        scripts.filter(([, , body]) => body?.includes(marker!)),
        marker,
      ).toHaveLength(1);
    const total = scripts.reduce((sum, [, , body]) => sum + gz(body ?? ''), 0);
    expect(total).toBeLessThanOrEqual(contentBudget.scripts);
  });

  it('fits HTML and CSS in 14 KB gzip (the directory: its first screen), with no stylesheet to fetch', () => {
    expect(page).not.toMatch(/<link[^>]+rel="stylesheet"/);
    const { htmlCss, firstScreen } = pageBytes(dist.pathname, path);
    if (!firstScreen) {
      expect(htmlCss.gzip).toBeLessThanOrEqual(contentBudget.firstRoundTrip);
      return;
    }
    // The directory lists every service. Its first screen (heading, filters, the
    // list of needs) comes first and fits the first round trip, so it paints as
    // soon as any content page; the cards after it follow in the next ones. A
    // card costs about 250 bytes: 28 KB in all leaves room for about 90 services.
    expect(firstScreen.gzip).toBeLessThanOrEqual(contentBudget.firstRoundTrip);
    expect(htmlCss.gzip).toBeLessThanOrEqual(contentBudget.directory);
  });

  it('points at no other site for anything it loads', () => {
    const loads = [
      ...page.matchAll(
        /<(?:link|script|img|iframe|source|video|audio)\b[^>]*\s(?:src|href)="([^"]+)"/g,
      ),
    ].map((m) => m[1]);
    for (const url of loads) expect(url, url).toMatch(/^\/(?!\/)/);
    expect(page).not.toMatch(/url\(\s*['"]?(https?:)?\/\//);
  });
});
