// The report's pieces without a database: quarters, labels, and what a quiet or
// empty quarter looks like.
import { describe, expect, test } from 'vitest';
import { field, toCsv } from './csv.mjs';
import { esc } from './charts.mjs';
import { buildFigures } from './figures.mjs';
import { toHtml } from './html.mjs';
import { labels, values } from './labels.mjs';
import { parseQuarter } from './quarter.mjs';

const empty = {
  referrals: {
    total: 0,
    month: {},
    source: {},
    age_band: {},
    county: {},
    category: {},
    reported_to_police: {},
    contact_via: {},
    channel: {},
    priority: {},
    pickup: { count: 0, median_minutes: null, p95_minutes: null },
  },
  feedback: {
    total: 0,
    month: {},
    informed: {},
    wellbeing: {},
    safe: {},
    everyday: {},
    satisfaction: {},
    listened_to: {},
  },
};

describe('quarters', () => {
  test.each([
    ['2026Q3', '2026-07-01', '2026-09-30', 'July to September 2026'],
    ['2027q1', '2027-01-01', '2027-03-31', 'January to March 2027'],
    ['2026-Q4', '2026-10-01', '2026-12-31', 'October to December 2026'],
  ])('%s is %s to %s', (text, firstDay, lastDay, label) => {
    expect(parseQuarter(text)).toMatchObject({ firstDay, lastDay, label });
  });

  test.each(['2026Q5', 'Q3', '2026', '', undefined])('%s is not a quarter', (text) => {
    expect(parseQuarter(text)).toBeNull();
  });
});

test('every stored value has words for the commissioner', () => {
  for (const [name, list] of Object.entries(values)) {
    expect(Object.keys(labels[name as keyof typeof labels]).sort(), name).toEqual([...list].sort());
  }
});

describe('quiet quarters', () => {
  const quarter = parseQuarter('2026Q3')!;

  test('an empty quarter says so, with zeros and no made-up percentages', () => {
    const figures = buildFigures(empty, quarter, '2026-10-05');
    const html = toHtml(figures);
    expect(html).not.toMatch(/NaN|undefined|null/);
    expect(html).toContain('no answers');
    expect(html).toContain('Fewer than 5 referrals from this quarter have been acknowledged');
    expect(toCsv(figures)).toContain('referrals,total,Referrals received,0,,');
  });

  test('three referrals: the total and every non-zero count read "fewer than 5", times are not shown', () => {
    const stats = structuredClone(empty);
    Object.assign(stats.referrals, {
      total: 3,
      month: { '2026-08': 3 },
      source: { professional: 2, parent_carer: 1 },
      county: { oxfordshire: 3 },
      pickup: { count: 3, median_minutes: 60, p95_minutes: 120 },
    });
    const figures = buildFigures(stats, quarter, '2026-10-05');
    expect(figures.referrals.totalShown).toBe('fewer than 5');
    const source = figures.referrals.tables.find((t) => t.key === 'source')!;
    expect(source.rows.map((r: { shown: string }) => r.shown)).toEqual([
      '0',
      'fewer than 5',
      'fewer than 5',
    ]);
    expect(source.rows.every((r: { percent: number | null }) => r.percent === null)).toBe(true);
    expect(figures.referrals.pickup).toMatchObject({ suppressed: true, medianHours: null });
    expect(toCsv(figures)).not.toMatch(/,(1|2|3),/);
  });
});

describe('what reaches a spreadsheet or a page is inert', () => {
  test('a cell that a spreadsheet would run as a formula is made text', () => {
    expect(['=SUM(A1:A9)', '+44 7700', '-1+2', '@cmd', '\tx', 'Violence', '12'].map(field)).toEqual(
      ["'=SUM(A1:A9)", "'+44 7700", "'-1+2", "'@cmd", "'\tx", 'Violence', '12'],
    );
    expect(field('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"');
  });

  test('text in the page is escaped, quotes included', () => {
    expect(esc(`<script>alert('x')</script> & "y"`)).toBe(
      '&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;',
    );
  });
});
