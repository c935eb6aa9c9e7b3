// The HTTP headers the portal is served with: on every response no referrer, no
// sniffing, HTTPS only and a cache rule; on pages also a strict
// Content-Security-Policy (hashes for the few inline scripts and styles the build
// makes, no 'unsafe-inline', no 'unsafe-eval'), no framing and no device features;
// and form pages kept out of shared caches so a shared computer's proxy never
// holds a page someone was filling in. Written into the
// build as a static host's `_headers` file (integration.mjs) and sent by the
// local server (server.mjs), so the tests see what a host serves.
import { createHash } from 'node:crypto';

/**
 * Pages that ask for anything (every form is an island: a referral, a survey, an
 * offer to join the panel with a name and a phone number): what is typed there
 * must never sit in a shared cache. Decided from the page itself, so a new form
 * page is covered without being listed.
 */
export const asksForAnything = (html) => /<astro-island\b/.test(html);

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The hashes of the inline `<script>` and `<style>` blocks of some HTML. */
export function inlineHashes(html, into = { scripts: new Set(), styles: new Set() }) {
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g))
    if (m[1]) into.scripts.add(sha256(m[1]));
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g))
    if (m[1]) into.styles.add(sha256(m[1]));
  return into;
}

export function contentSecurityPolicy({ scripts, styles }, connect = []) {
  const list = (set) => [...set].sort().join(' ');
  return [
    "default-src 'self'",
    `script-src 'self' ${list(scripts)}`,
    `style-src 'self' ${list(styles)}`,
    "img-src 'self'",
    "font-src 'self'",
    `connect-src ${["'self'", ...connect].join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const denied = [
  'accelerometer',
  'autoplay',
  'bluetooth',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'serial',
  'usb',
];

/**
 * What every response carries, whatever it holds: no referrer (a stylesheet's or
 * a module script's own header sets the policy of what it fetches in turn), no
 * sniffing (what keeps a script or a JSON file from being read as something else),
 * HTTPS only (the host's rule, learnt from any response), and a cache rule.
 */
function everyResponse() {
  return {
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
    'Cache-Control': 'public, max-age=600',
  };
}

/**
 * What only a page acts on, sent with pages alone: a browser applies a
 * Content-Security-Policy, framing rules, a Permissions-Policy and an opener
 * policy to the document it renders, never to a script, a JSON file or an image
 * that document loads, so on those they were bytes on a slow phone line for
 * nothing. (A worker's script would need the policy too: the portal has none.)
 */
export function pageHeaders(csp) {
  return {
    'Content-Security-Policy': csp,
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': denied.map((feature) => `${feature}=()`).join(', '),
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

export const pageOnly = Object.keys(pageHeaders(''));

/**
 * Patterns that match every one of `wanted` (pages, as `/a/b/`, each also served
 * at `/a/b/index.html`) and nothing else of what is `served`: a folder holding
 * only wanted pages is one `/a/*`; a wanted page beside other files is matched
 * exactly, at both of its addresses. Only exact paths and a final `*`, which every
 * host's rules read the same way, and as few rules as that allows (a host may
 * limit them: Cloudflare Pages reads 100).
 */
export function patternsFor(wanted, served) {
  const want = new Set(wanted.flatMap((page) => [page, `${page}index.html`]));
  const others = served.filter((path) => !want.has(path));
  const cover = (dir) => {
    const inside = [...want].filter((path) => path.startsWith(dir));
    if (!inside.length) return [];
    if (!others.some((path) => path.startsWith(dir))) return [`${dir}*`];
    const folders = new Set(
      inside
        .map((path) => path.slice(dir.length).split('/'))
        .filter((parts) => parts.length > 1)
        .map((parts) => `${dir}${parts[0]}/`),
    );
    return [
      ...(want.has(dir) ? [dir, `${dir}index.html`] : []),
      ...[...folders].sort().flatMap(cover),
    ];
  };
  return cover('/');
}

/**
 * `[pattern, headers]` rules, in order; a later rule overrides an earlier one's
 * header. `site` is every path the build serves (pages as `/a/b/` and as
 * `/a/b/index.html`, and every other file); `pages` and `formPaths` are pages.
 */
export function headerRules(csp, { pages, formPaths, site }) {
  return [
    ['/*', everyResponse()],
    ['/_astro/*', { 'Cache-Control': 'public, max-age=31536000, immutable' }],
    ...patternsFor(pages, site).map((pattern) => [pattern, pageHeaders(csp)]),
    ...patternsFor(formPaths, site).map((pattern) => [
      pattern,
      { 'Cache-Control': 'private, no-store' },
    ]),
  ];
}

/** Netlify's and Cloudflare Pages' `_headers` format. */
export const toHeadersFile = (rules) =>
  rules
    .map(([path, headers]) =>
      [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
    )
    .join('\n') + '\n';

export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push([line.trim(), {}]);
      continue;
    }
    const headers = rules.at(-1)?.[1];
    const at = line.indexOf(':');
    if (headers && at > 0) headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return rules;
}

const matches = (pattern, path) =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;

/** The headers a path is served with under some rules. */
export const headersFor = (rules, path) =>
  Object.assign({}, ...rules.filter(([pattern]) => matches(pattern, path)).map(([, h]) => h));
