// After a deploy (or against `npm start`): does a URL get the headers the portal
// ships with? `npm run headers:check -- https://portal.example/` checks the home
// page, a content page and a form page, prints each header, and exits 1 if one is
// missing or weaker than it should be (2 if the site cannot be reached); then the
// form page's script, which needs `nosniff` and should carry no page-only header.
const base = process.argv[2] ?? 'http://127.0.0.1:4321/';
const pages = ['', 'young-people/11-15/', 'young-people/11-15/ask-for-help/'];

/** @type {[string, (value: string, page: string) => boolean][]} */
const checks = [
  [
    'content-security-policy',
    (v) =>
      /default-src 'self'/.test(v) &&
      /frame-ancestors 'none'/.test(v) &&
      /object-src 'none'/.test(v) &&
      !/unsafe-inline|unsafe-eval/.test(v),
  ],
  ['referrer-policy', (v) => v === 'no-referrer'],
  ['x-content-type-options', (v) => v === 'nosniff'],
  [
    'permissions-policy',
    (v) => /camera=\(\)/.test(v) && /geolocation=\(\)/.test(v) && /microphone=\(\)/.test(v),
  ],
  ['strict-transport-security', (v) => /max-age=\d{7,}/.test(v)],
  ['cache-control', (v, page) => (/ask-for-help/.test(page) ? /no-store/.test(v) : v !== '')],
];

let failed = 0;
for (const page of pages) {
  const url = new URL(page, base).href;
  const response = await fetch(url, { redirect: 'manual' }).catch((error) => {
    console.error(`cannot reach ${url}: ${error.cause?.message ?? error.message}`);
    process.exit(2);
  });
  console.log(`${url}  ${response.status}`);
  for (const [name, ok] of checks) {
    const value = response.headers.get(name) ?? '';
    const pass = value !== '' && ok(value, page);
    if (!pass) failed += 1;
    console.log(
      `  ${pass ? 'ok  ' : 'FAIL'} ${name}: ${value.length > 90 ? `${value.slice(0, 87)}...` : value || '(missing)'}`,
    );
  }
  const server = response.headers.get('server');
  if (server) console.log(`  note server: ${server} (names the software; a host may strip it)`);
}
// A script the form page loads: `nosniff` keeps it from being run as anything
// else; the page-only headers on it do nothing but cost bytes (policy.mjs).
const form = new URL(/** @type {string} */ (pages.at(-1)), base).href;
const html = await fetch(form).then(
  (r) => (r.ok ? r.text() : ''),
  () => '',
);
const script = html.match(/component-url="([^"]+\.js)"/)?.[1];
if (script) {
  const url = new URL(script, base).href;
  const response = await fetch(url).catch(() => null);
  const nosniff = response?.headers.get('x-content-type-options') === 'nosniff';
  if (!nosniff) failed += 1;
  console.log(`${url}  ${response?.status ?? 'unreachable'}`);
  console.log(`  ${nosniff ? 'ok  ' : 'FAIL'} x-content-type-options: nosniff`);
  for (const name of ['content-security-policy', 'permissions-policy', 'x-frame-options'])
    if (response?.headers.has(name))
      console.log(`  note ${name} is sent with a script too (only a page acts on it)`);
}
console.log(failed ? `${failed} header checks failed` : 'every header check passed');
process.exit(failed ? 1 : 0);
