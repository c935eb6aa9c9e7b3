// `npm run bench` (not part of npm test; takes several minutes): builds the site
// against a local stack of its own, then measures bytes per page, Lighthouse on
// the key pages beside a GOV.UK Frontend baseline served the same way, submit
// latency and throughput on both engines, a referral journey on slow 4G, and how
// costs grow with the work. Writes tests/bench/results.json and RESULTS.md.
// `--only bytes,lighthouse` runs some sections; `--runs N` sets Lighthouse's runs
// (5: with 3, one slow run of a page, up to 1.4 s, could be its median);
// `--ports STACK,SITE,BASELINE` moves it off its default ports (54349,4349,4348),
// so two runs on one machine never answer each other's requests.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  concurrent,
  onBothEngines,
  sequential,
  unlimitedSettings,
} from '../../supabase/database/bench/submit.mjs';
import { anonKey } from '../../supabase/local/keys.mjs';
import { startStack } from '../../supabase/local/stack.mjs';
import { headersFor, pageOnly, parseHeadersFile } from '../../src/headers/policy.mjs';
import { serve } from '../../src/headers/server.mjs';
import { buildBaseline } from './baseline/baseline.mjs';
import {
  baselineBytes,
  contentBudget,
  headerBytes,
  pageBytes,
  pageRequests,
  searchIndexBytes,
} from './bytes.mjs';
import { measurePages } from './lighthouse.mjs';
import { writeResults } from './results.mjs';
import { measureScale } from './scale.mjs';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    runs: { type: 'string', default: '5' },
    ports: { type: 'string', default: '54349,4349,4348' },
  },
});
const only = values.only?.split(',');
const wanted = (section) => !only || only.includes(section);
const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
const log = (line) => console.log(`bench: ${line}`);
const [stackPort, sitePort, baselinePort] = values.ports.split(',').map(Number);
if (![stackPort, sitePort, baselinePort].every((port) => (port ?? 0) > 0))
  throw new Error('--ports takes three port numbers: stack,site,baseline');
const ports = { stack: stackPort, site: sitePort, baseline: baselinePort };

const stack = await startStack({ port: ports.stack, settings: unlimitedSettings });
const stops = [() => stack.stop()];
const results = {
  date: new Date().toISOString(),
  machine: process.env.BENCH_MACHINE ?? 'this machine',
};
try {
  log('building the site against the bench stack');
  const built = spawnSync('npm', ['run', '-s', 'build'], {
    cwd: root,
    env: { ...process.env, PUBLIC_SUPABASE_URL: stack.url, PUBLIC_SUPABASE_ANON_KEY: anonKey },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status !== 0) throw new Error('the build failed');
  const site = await serve({ dir: dist, port: ports.site });
  const baselineDir = buildBaseline();
  const baseline = await serve({ dir: baselineDir, port: ports.baseline });
  stops.push(
    () => site.stop(),
    () => baseline.stop(),
  );

  if (wanted('bytes')) {
    const paths = [
      ...readFileSync(join(dist, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g),
    ].map((m) => new URL(/** @type {string} */ (m[1])).pathname);
    const base = baselineBytes(baselineDir);
    const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
    // A form page's responses as it arrives, and the header lines they carry; the
    // page-only ones go with the page alone, which saves them on every other one.
    const headers = (path) => {
      const requests = pageRequests(dist, path);
      const pageOnlyLines = Object.fromEntries(
        Object.entries(headersFor(rules, path)).filter(([name]) => pageOnly.includes(name)),
      );
      return {
        responses: requests.length,
        bytes: headerBytes(rules, requests),
        saved: headerBytes([['/*', pageOnlyLines]], requests.slice(1)),
      };
    };
    results.bytes = {
      baseline: base,
      pages: paths.map((path) => {
        const bytes = pageBytes(dist, path);
        const form = readFileSync(join(dist, path, 'index.html'), 'utf8').includes('<astro-island');
        // The directory's first screen fits the first round trip; its cards follow
        // (tests/unit/content-pages.test.ts says why).
        const budgets = form
          ? { js: bytes.js.gzip <= 100 * 1024, belowBaseline: bytes.total.gzip < base.total.gzip }
          : bytes.firstScreen
            ? {
                firstScreen: bytes.firstScreen.gzip <= contentBudget.firstRoundTrip,
                htmlCss: bytes.htmlCss.gzip <= contentBudget.directory,
                scripts: bytes.js.gzip <= contentBudget.scripts,
              }
            : {
                htmlCss: bytes.htmlCss.gzip <= contentBudget.firstRoundTrip,
                scripts: bytes.js.gzip <= contentBudget.scripts,
              };
        return {
          path,
          form,
          ...bytes,
          ...(form ? { headers: headers(path) } : {}),
          budgets,
          pass: Object.values(budgets).every(Boolean),
        };
      }),
    };
    const search = searchIndexBytes(dist);
    results.bytes.search = Object.fromEntries(
      Object.entries(search).map(([locale, size]) => [
        locale,
        { ...size, pass: size.gzip <= 40 * 1024 },
      ]),
    );
    log(
      `bytes: ${results.bytes.pages.filter((p) => !p.pass).length} of ${paths.length} pages over a budget`,
    );
  }

  if (wanted('lighthouse')) {
    const s = (path) => `${site.url}${path.replace(/^\//, '')}`;
    results.lighthouse = await measurePages(
      {
        home: s('/'),
        'band 5-10': s('/young-people/5-10/'),
        'band 11-15': s('/young-people/11-15/'),
        'band 16-17': s('/young-people/16-17/'),
        'young person referral': s('/young-people/11-15/ask-for-help/'),
        'parent referral': s('/parents/ask-for-help/'),
        'professional referral': s('/professionals/refer/'),
        'survey 5-10': s('/young-people/5-10/feedback/'),
        'survey 11-15': s('/young-people/11-15/feedback/'),
        'survey 16-17': s('/young-people/16-17/feedback/'),
        'leaving quickly': s('/leave-quickly/'),
        'Urdu 11-15 home': s('/ur/young-people/11-15/'),
        'GOV.UK baseline': baseline.url,
      },
      Number(values.runs),
      log,
    );
  }

  if (wanted('submit')) {
    log('submissions on both engines');
    results.submit = await onBothEngines(
      async (engine) => ({
        sequential: await sequential(engine),
        clients8: await concurrent(engine, 8),
        clients32: await concurrent(engine, 32),
      }),
      log,
    );
  }

  if (wanted('journey')) {
    log('journey on slow 4G');
    const out = join(mkdtempSync(join(tmpdir(), 'bench-journey-')), 'times.json');
    // Spawned, not spawnSync: the site it loads is served by this very process.
    const status = await new Promise((resolve) =>
      spawn('npx', ['playwright', 'test', '--config', 'tests/bench/playwright.config.ts'], {
        cwd: root,
        env: { ...process.env, BENCH_SITE_URL: site.url, BENCH_JOURNEY_OUT: out },
        stdio: ['ignore', 'inherit', 'inherit'],
      }).on('exit', resolve),
    );
    if (status !== 0) throw new Error('the journey failed');
    results.journey = { ms: JSON.parse(readFileSync(out, 'utf8')) };
  }

  if (wanted('scale')) {
    log('scale: ×1, ×10, ×100 a year of referrals');
    results.scale = await measureScale(log);
  }
} finally {
  for (const stop of stops.reverse()) await stop().catch(() => {});
}

writeResults(results, only);
log('wrote tests/bench/results.json and tests/bench/RESULTS.md');
