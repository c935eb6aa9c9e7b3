// Bytes a page costs, raw and gzip: its HTML (with the CSS inlined in it), any
// stylesheet it links, and every script it loads, followed through the islands'
// imports. Deterministic: read from the build, so a test can hold budgets to it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor } from '../../src/headers/policy.mjs';

const gz = (data) => gzipSync(data, { level: 9 }).length;
const size = (data) => ({ raw: Buffer.byteLength(data), gzip: gz(data) });
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const zero = { raw: 0, gzip: 0 };

function scriptFiles(dist, html) {
  const seen = new Set();
  const queue = [
    ...[...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1]),
  ];
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    seen.add(url);
    const code = readFileSync(join(dist, url), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g))
      queue.push(new URL(/** @type {string} */ (m[1]), `http://x${url}`).pathname);
  }
  return [...seen];
}

/**
 * A content page's budgets, gzip: its HTML and CSS in the first round trip, or for
 * the directory its first screen there and all of it in 28 KB; its scripts 3 KB in
 * all (tests/unit/content-pages.test.ts says why).
 */
export const contentBudget = {
  firstRoundTrip: 14 * 1024,
  directory: 28 * 1024,
  scripts: 3 * 1024,
};

/** What a built page costs: html (CSS inlined), css files, js (inline and files), total. */
export function pageBytes(dist, path) {
  const file = join(dist, path, 'index.html');
  if (!existsSync(file)) throw new Error(`${path} is not built: run npm run build first`);
  const html = readFileSync(file, 'utf8');
  const inlineJs = [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => m[1],
  );
  const withoutScripts = html.replace(/<script\b(?![^>]*\ssrc=)[^>]*>[\s\S]*?<\/script>/g, '');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)]
    .map((m) => readFileSync(join(dist, /** @type {string} */ (m[1])), 'utf8'))
    .reduce((sum, text) => add(sum, size(text)), zero);
  const urls = scriptFiles(dist, html);
  const files = urls.map((url) => size(readFileSync(join(dist, url)))).reduce(add, zero);
  const inline = inlineJs.map(size).reduce(add, zero);
  // The directory: what comes before its list of every service (its first screen).
  const list = withoutScripts.indexOf('<div data-all');
  return {
    htmlCss: add(size(withoutScripts), css),
    ...(list === -1 ? {} : { firstScreen: size(withoutScripts.slice(0, list)) }),
    js: add(inline, files),
    scriptFiles: urls.length,
    // What goes over the wire: the document as sent (its inline scripts in it), its files.
    total: add(add(size(html), css), files),
  };
}

/**
 * What a page fetches as it arrives, as addresses: itself, what it links (its
 * icon, any stylesheet) and its scripts, followed through their static imports.
 */
export function pageRequests(dist, path) {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const links = [...html.matchAll(/<link[^>]+href="(\/[^"]+)"/g)].map((m) => m[1]);
  return [path, ...links, ...scriptFiles(dist, html)];
}

/** The bytes of the header lines `rules` add to each of `paths`: `Name: value` and a line break. */
export const headerBytes = (rules, paths) =>
  paths
    .flatMap((path) => Object.entries(headersFor(rules, path)))
    .reduce((sum, [name, value]) => sum + Buffer.byteLength(`${name}: ${value}\r\n`), 0);

/** The same for the GOV.UK baseline folder: its page, stylesheet, scripts and the fonts its CSS uses. */
export function baselineBytes(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const css = readFileSync(join(dir, 'govuk-frontend.min.css'), 'utf8');
  const js = ['govuk-frontend.min.js', 'init.js'].map((f) => size(readFileSync(join(dir, f))));
  // A browser that reads woff2 fetches the two woff2 faces the page uses.
  const fonts = readdirSync(join(dir, 'assets', 'fonts'))
    .filter((f) => f.endsWith('.woff2'))
    .map((f) => readFileSync(join(dir, 'assets', 'fonts', f)).length)
    .reduce((a, b) => a + b, 0);
  const document = size(html);
  const jsTotal = js.reduce(add, zero);
  return {
    htmlCss: add(document, size(css)),
    js: jsTotal,
    fonts: { raw: fonts, gzip: fonts },
    total: add(add(add(document, size(css)), jsTotal), { raw: fonts, gzip: fonts }),
  };
}

/** Each language's search index: fetched once, when someone first uses the search box. */
export function searchIndexBytes(dist) {
  return Object.fromEntries(
    ['en', 'pl', 'ur'].map((locale) => [
      locale,
      size(readFileSync(join(dist, locale === 'en' ? '' : locale, 'search', 'index.json'))),
    ]),
  );
}
