// The HTTP headers every route is served with: a strict Content-Security-Policy
// (hashes for the few inline scripts and styles the build makes, no
// 'unsafe-inline', no 'unsafe-eval'), no referrer, no sniffing, no framing, no
// device features, and form pages kept out of shared caches so a shared
// computer's proxy never holds a page someone was filling in. Written into the
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

/** The headers of every route, before the cache rules. */
function commonHeaders(csp) {
  return {
    'Content-Security-Policy': csp,
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': denied.map((feature) => `${feature}=()`).join(', '),
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'public, max-age=600',
  };
}

/** `[pattern, headers]` rules, in order; a later rule overrides an earlier one's header. */
export function headerRules(csp, formPaths) {
  return [
    ['/*', commonHeaders(csp)],
    ['/_astro/*', { 'Cache-Control': 'public, max-age=31536000, immutable' }],
    ...formPaths.map((path) => [path, { 'Cache-Control': 'private, no-store' }]),
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
