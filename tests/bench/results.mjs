// results.json as measured, and RESULTS.md: the tables, the goals met or not, and
// the notes written by hand in notes.md (what moved which number, and the plan
// for any goal not met).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const here = (name) => new URL(`./${name}`, import.meta.url);
const kb = (bytes) => (bytes / 1024).toFixed(1);
const mmm = (r, f = (v) => v) => `${f(r.min)} / **${f(r.median)}** / ${f(r.max)}`;

function goals(r) {
  const out = [];
  const lh = r.lighthouse;
  if (lh) {
    const content = [
      'home',
      'band 5-10',
      'band 11-15',
      'band 16-17',
      'leaving quickly',
      'Urdu 11-15 home',
    ];
    const forms = Object.keys(lh).filter((k) => /referral|survey/.test(k));
    const contentLcp = content.map((k) => lh[k].lcpMs.median).sort((a, b) => a - b)[
      Math.floor(content.length / 2)
    ];
    for (const k of forms) {
      const lcp = lh[k].lcpMs.median;
      out.push([
        `${k}: LCP within 15% of content pages' (${contentLcp} ms)`,
        `${lcp} ms (${Math.round((lcp / contentLcp - 1) * 100)}%)`,
        lcp <= contentLcp * 1.15,
      ]);
      out.push([
        `${k}: transfer below the GOV.UK baseline's (${kb(lh['GOV.UK baseline'].transferBytes.median)} KB)`,
        `${kb(lh[k].transferBytes.median)} KB`,
        lh[k].transferBytes.median < lh['GOV.UK baseline'].transferBytes.median,
      ]);
    }
    for (const [k, v] of Object.entries(lh)) {
      if (k === 'GOV.UK baseline') continue;
      out.push([
        `${k}: performance, accessibility, best practices 1.00`,
        `${v.performance.median}, ${v.accessibility.median}, ${v.bestPractices.median}`,
        v.performance.median === 1 && v.accessibility.median === 1 && v.bestPractices.median === 1,
      ]);
    }
  }
  for (const [engine, s] of Object.entries(r.submit ?? {}))
    out.push([`submit p95 ≤ 50 ms on ${engine}`, `${s.sequential.p95} ms`, s.sequential.p95 <= 50]);
  if (r.bytes) {
    const over = r.bytes.pages.filter((p) => !p.pass);
    out.push([
      'every page within its byte budget',
      over.length ? over.map((p) => p.path).join(', ') : 'all',
      over.length === 0,
    ]);
    for (const [locale, s] of Object.entries(r.bytes.search ?? {}))
      out.push([
        `search index (${locale}) ≤ 40 KB, fetched on first use`,
        `${kb(s.gzip)} KB`,
        s.pass,
      ]);
  }
  return out;
}

function markdown(r) {
  const lines = [
    '# Benchmark results',
    '',
    `Measured ${r.date.slice(0, 10)} on ${r.machine} with \`npm run bench\`. Figures with three values are min / **median** / max.`,
    '',
  ];
  const g = goals(r);
  lines.push(
    '## Goals',
    '',
    '| goal | measured | met |',
    '| --- | --- | --- |',
    ...g.map(([goal, value, met]) => `| ${goal} | ${value} | ${met ? 'yes' : '**no**'} |`),
    '',
  );
  if (r.lighthouse) {
    const base = r.lighthouse['GOV.UK baseline'];
    lines.push(
      '## Lighthouse (mobile, simulated slow 4G and 4× CPU)',
      '',
      '| page | performance | LCP ms | LCP ÷ baseline | TBT ms | CLS | transfer KB | ÷ baseline | a11y | best practices | LCP element |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const [k, v] of Object.entries(r.lighthouse))
      lines.push(
        `| ${k} | ${mmm(v.performance)} | ${mmm(v.lcpMs)} | ${(v.lcpMs.median / base.lcpMs.median).toFixed(2)} | ${v.tbtMs.median} | ${v.cls.median} | ${mmm(v.transferBytes, kb)} | ${(v.transferBytes.median / base.transferBytes.median).toFixed(2)} | ${v.accessibility.median} | ${v.bestPractices.median} | ${(v.lcpElement ?? '').replace(/\|/g, '/')} |`,
      );
    lines.push('');
  }
  if (r.bytes) {
    const b = r.bytes.baseline;
    const show = r.bytes.pages.filter(
      (p) =>
        p.form ||
        [
          '/',
          '/young-people/11-15/',
          '/young-people/11-15/your-rights/',
          '/young-people/11-15/online-safety/',
          '/leave-quickly/',
          '/search/',
        ].includes(p.path) ||
        p.path.endsWith('/support-near-you/'),
    );
    lines.push(
      '## Bytes per page (gzip, from the build)',
      '',
      `${r.bytes.pages.length} pages measured (every page in the sitemap); ${r.bytes.pages.filter((p) => !p.pass).length} over a budget. Budgets: a content page's HTML and CSS ≤ 14 KB and its scripts ≤ 3 KB (a directory page: its first screen ≤ 14 KB, the whole page ≤ 28 KB); a form page's JavaScript ≤ 100 KB and its total below the GOV.UK baseline's (${kb(b.total.gzip)} KB: HTML and CSS ${kb(b.htmlCss.gzip)}, JS ${kb(b.js.gzip)}, fonts ${kb(b.fonts.gzip)}).`,
      '',
      '| page | HTML+CSS KB | first screen KB | JS KB | total KB | ÷ baseline | within budget | responses: header bytes (page-only saved) |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const p of show)
      lines.push(
        `| ${p.path} | ${kb(p.htmlCss.gzip)} | ${p.firstScreen ? kb(p.firstScreen.gzip) : ''} | ${kb(p.js.gzip)} | ${kb(p.total.gzip)} | ${(p.total.gzip / b.total.gzip).toFixed(2)} | ${p.pass ? 'yes' : '**no**'} | ${p.headers ? `${p.headers.responses}: ${p.headers.bytes} (${p.headers.saved})` : ''} |`,
      );
    lines.push('', 'Every page: `results.json`.', '');
    if (r.bytes.search) {
      lines.push(
        'The search index of each language, fetched from the portal the first time someone uses a search box (KB): ' +
          Object.entries(r.bytes.search)
            .map(([locale, s]) => `${locale} ${kb(s.gzip)} gzip (${kb(s.raw)} raw)`)
            .join(', ') +
          '.',
        '',
      );
    }
  }
  if (r.submit) {
    lines.push(
      '## Submissions through the local API',
      '',
      '| engine | 1,000 sequential: p50 / p95 / p99 / max ms | errors | 8 clients: per second | 32 clients: per second | errors |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const [engine, s] of Object.entries(r.submit))
      lines.push(
        `| ${engine} | ${s.sequential.p50} / ${s.sequential.p95} / ${s.sequential.p99} / ${s.sequential.max} | ${s.sequential.errors} | ${s.clients8.perSecond} | ${s.clients32.perSecond} | ${s.clients8.errors + s.clients32.errors} |`,
      );
    lines.push('');
  }
  if (r.journey) {
    const t = [...r.journey.ms].sort((a, b) => a - b);
    lines.push(
      '## A referral on slow 4G, landing to reference',
      '',
      `${t.length} runs: ${t[0]} / **${t[Math.floor(t.length / 2)]}** / ${t.at(-1)} ms.`,
      '',
    );
  }
  if (Array.isArray(r.scale)) {
    lines.push(
      '## How costs grow with the work (PostgreSQL)',
      '',
      '| volume | referrals | stored per second | database MB | intake pull per second (2,000 from the queue) | quarterly report s |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const s of r.scale)
      lines.push(
        `| ${s.label} | ${s.referrals} | ${s.storePerSecond} | ${s.databaseMB} | ${s.pullPerSecond} | ${s.reportSeconds} |`,
      );
    lines.push('');
  }
  if (existsSync(here('notes.md'))) lines.push(readFileSync(here('notes.md'), 'utf8').trim(), '');
  return lines.join('\n');
}

export function writeResults(fresh, only) {
  const previous =
    only && existsSync(here('results.json'))
      ? JSON.parse(readFileSync(here('results.json'), 'utf8'))
      : {};
  const results = { ...previous, ...fresh };
  writeFileSync(here('results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(here('RESULTS.md'), `${markdown(results)}\n`);
}
