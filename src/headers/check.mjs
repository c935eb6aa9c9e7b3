// After a deploy (or against `npm start`): does a URL get the headers the portal
// ships with? `npm run headers:check -- https://portal.example/` checks the home
// page, a content page and a form page, prints each header, and exits 1 if one is
// missing or weaker than it should be (2 if the site cannot be reached).
const base = process.argv[2] ?? 'http://127.0.0.1:4321/';
const pages = ['', 'young-people/11-15/', 'young-people/11-15/ask-for-help/'];

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
console.log(failed ? `${failed} header checks failed` : 'every header check passed');
process.exit(failed ? 1 : 0);
