// The quarterly report from a seeded quarter: `npm run report` as its own process
// against the local stack, after the referrals it counts have been purged. The
// expected figures were counted by hand from seed.ts, not copied from output.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawn } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumArgs, ensureChromium } from '../../tests/support/chromium.mjs';
import { openStack, type Stack } from '../database/tests/support/stack';
import { seedQuarter } from './seed';

const cli = fileURLToPath(new URL('./cli.mjs', import.meta.url));
const F = 'fewer than 5';
const H = 'hidden';

// section, key, value, percent
const expected: [string, string, string, string][] = [
  ['referrals', 'total', '30', ''],
  ['referrals', 'not_reported_share', '18', '60.0'],
  ['month', '2026-07', H, ''],
  ['month', '2026-08', '15', '50.0'],
  ['month', '2026-09', F, ''],
  ['month', 'total', '30', ''],
  ['source', 'young_person', H, ''],
  ['source', 'parent_carer', '16', '53.3'],
  ['source', 'professional', F, ''],
  ['age_band', '5-10', F, ''],
  ['age_band', '11-15', H, ''],
  ['age_band', '16-17', F, ''],
  ['county', 'berkshire', '12', '40.0'],
  ['county', 'buckinghamshire', '10', '33.3'],
  ['county', 'oxfordshire', H, ''],
  ['county', 'outside', F, ''],
  ['category', 'violence', '14', '46.7'],
  ['category', 'robbery_theft', '0', '0.0'],
  ['category', 'sexual_abuse_exploitation', '5', '16.7'],
  ['category', 'online_abuse_harassment', '11', '36.7'],
  ['category', 'hate_crime', F, ''],
  ['category', 'domestic_abuse_home', '6', '20.0'],
  ['category', 'relationship_abuse', '0', '0.0'],
  ['category', 'criminal_exploitation', F, ''],
  ['category', 'something_else', F, ''],
  ['reported_to_police', 'yes', H, ''],
  ['reported_to_police', 'no', '18', '60.0'],
  ['reported_to_police', 'not_sure', F, ''],
  ['contact_via', 'direct', H, ''],
  ['contact_via', 'safe_adult', F, ''],
  ['contact_via', 'school', '0', '0.0'],
  ['priority', 'urgent', '7', '23.3'],
  ['priority', 'routine', '23', '76.7'],
  ['channel', 'phone_call', '9', '30.0'],
  ['channel', 'text_message', '21', '70.0'],
  ['channel', 'email', F, ''],
  ['pickup', 'acknowledged', '24', ''],
  ['pickup', 'median_hours', '6.0', ''],
  ['pickup', 'p95_hours', '48.0', ''],
  ['feedback', 'total', '20', ''],
  ['improving', 'informed', '17', '85.0'],
  ['improving', 'wellbeing', '12', '70.6'],
  ['improving', 'safe', '16', '80.0'],
  ['improving', 'everyday', '9', '47.4'],
  ['improving', 'satisfied', '16', '84.2'],
  ['outcome_informed', 'better', '17', '85.0'],
  ['outcome_informed', 'same', F, ''],
  ['outcome_informed', 'worse', '0', '0.0'],
  ['outcome_informed', 'not_sure', F, ''],
  ['outcome_informed', 'total', '20', ''],
  ['outcome_wellbeing', 'better', '12', '70.6'],
  ['outcome_wellbeing', 'same', '5', '29.4'],
  ['outcome_wellbeing', 'total', '17', ''],
  ['outcome_safe', 'same', '0', '0.0'],
  ['outcome_safe', 'worse', F, ''],
  ['outcome_safe', 'not_sure', F, ''],
  ['outcome_everyday', 'better', '9', '47.4'],
  ['outcome_everyday', 'same', H, ''],
  ['outcome_everyday', 'worse', F, ''],
  ['outcome_everyday', 'not_sure', '0', '0.0'],
  ['outcome_everyday', 'total', '19', ''],
  ['satisfaction', 'satisfied', '16', '84.2'],
  ['satisfaction', 'neither', F, ''],
  ['satisfaction', 'dissatisfied', F, ''],
  ['satisfaction', 'total', '19', ''],
  ['listened_to', 'yes', '12', '60.0'],
  ['listened_to', 'a_bit', F, ''],
  ['listened_to', 'no', H, ''],
  ['listened_to', 'total', '20', ''],
  // Victim or witness, support, language, organisations.
  ['involvement', 'victim', '25', '83.3'],
  ['involvement', 'witness', F, ''],
  ['involvement', 'both', F, ''],
  ['support', 'talk_to_someone', '30', '100.0'],
  ['support', 'feel_safer', '7', '23.3'],
  ['support', 'school_support', '0', '0.0'],
  ['support', 'online_safety', '30', '100.0'],
  ['contact_language', 'en', '22', '73.3'],
  ['contact_language', 'pl', '8', '26.7'],
  ['contact_language', 'ur', '0', '0.0'],
  ['interpreter', 'yes', '8', '26.7'],
  ['interpreter', 'no', '22', '73.3'],
  ['organisation_type', 'school', F, ''],
  ['organisation_type', 'health', F, ''],
  ['organisation_type', 'social_care', '0', ''],
  ['organisation_type', 'police', F, ''],
  ['organisation_type', 'total', F, ''],
  // Service levels, from the milestones recorded after the purge.
  ['service', 'within_72_hours', '10', '33.3'],
  ['service', 'first_attempt_count', '16', ''],
  ['service', 'first_attempt_median_hours', '20.0', ''],
  ['service', 'first_attempt_p95_hours', '70.0', ''],
  ['service', 'contact_count', '12', ''],
  ['service', 'contact_median_hours', '40.0', ''],
  ['service', 'contact_p95_hours', '100.0', ''],
  ['service', 'assessed_count', '9', ''],
  ['service', 'assessed_median_hours', '60.0', ''],
  ['service', 'assessed_p95_hours', '100.0', ''],
  ['take_up', 'accepted', H, ''],
  ['take_up', 'declined', F, ''],
  ['take_up', 'total', '9', ''],
  ['closure_reason', 'support_completed', F, ''],
  ['closure_reason', 'declined_support', F, ''],
  ['closure_reason', 'could_not_contact', F, ''],
  ['closure_reason', 'referred_elsewhere', '0', ''],
  ['closure_reason', 'total', F, ''],
  // Grown-ups' feedback.
  ['parent_carer_feedback', 'total', '10', ''],
  ['parent_carer_ease', 'very_easy', '5', '50.0'],
  ['parent_carer_ease', 'easy', F, ''],
  ['parent_carer_ease', 'neither', '0', '0.0'],
  ['parent_carer_ease', 'hard', F, ''],
  ['parent_carer_knew_next', 'yes', '5', '50.0'],
  ['parent_carer_knew_next', 'partly', F, ''],
  ['parent_carer_knew_next', 'no', F, ''],
  ['parent_carer_satisfaction', 'satisfied', H, ''],
  ['parent_carer_satisfaction', 'neither', '0', '0.0'],
  ['parent_carer_satisfaction', 'dissatisfied', F, ''],
  ['parent_carer_satisfaction', 'total', '10', ''],
  ['professional_feedback', 'total', F, ''],
  ['professional_ease', 'easy', F, ''],
  ['professional_ease', 'very_easy', '0', ''],
  ['professional_satisfaction', 'satisfied', F, ''],
  // Equal access: answers given after a referral in the quarter only.
  ['equal_access_gender', 'girl', '8', '57.1'],
  ['equal_access_gender', 'boy', '6', '42.9'],
  ['equal_access_gender', 'in_another_way', '0', '0.0'],
  ['equal_access_gender', 'total', '14', ''],
  ['equal_access_gender', 'prefer_not_to_say', '0', ''],
  ['equal_access_ethnic_group', 'asian', H, ''],
  ['equal_access_ethnic_group', 'black', F, ''],
  ['equal_access_ethnic_group', 'mixed', '0', '0.0'],
  ['equal_access_ethnic_group', 'white', '7', '50.0'],
  ['equal_access_ethnic_group', 'other', '0', '0.0'],
  ['equal_access_ethnic_group', 'total', '14', ''],
  ['equal_access_disability', 'yes', '0', '0.0'],
  ['equal_access_disability', 'no', '8', '100.0'],
  ['equal_access_disability', 'prefer_not_to_say', F, ''],
  ['equal_access_religion', 'no_religion', '6', '100.0'],
  ['equal_access_religion', 'muslim', '0', '0.0'],
  ['equal_access_religion', 'total', '6', ''],
  ['equal_access_sexual_orientation', 'straight', F, ''],
  ['equal_access_sexual_orientation', 'bisexual', '0', ''],
  ['equal_access_sexual_orientation', 'total', F, ''],
  // The trend: each headline beside the four quarters before.
  ['trend', 'referrals_2025Q3', '0', ''],
  ['trend', 'referrals_2025Q4', '5', ''],
  ['trend', 'referrals_2026Q1', '0', ''],
  ['trend', 'referrals_2026Q2', '7', ''],
  ['trend', 'referrals_2026Q3', '30', ''],
  ['trend', 'within_72_hours_2025Q3', 'none', ''],
  ['trend', 'within_72_hours_2025Q4', '0.0%', ''],
  ['trend', 'within_72_hours_2026Q2', '0.0%', ''],
  ['trend', 'within_72_hours_2026Q3', '33.3%', ''],
  ['trend', 'contact_median_hours_2026Q2', 'too few', ''],
  ['trend', 'contact_median_hours_2026Q3', '40.0 h', ''],
  ['trend', 'take_up_2026Q2', 'none', ''],
  ['trend', 'take_up_2026Q3', 'hidden', ''],
  ['trend', 'feedback_2026Q2', '0', ''],
  ['trend', 'feedback_2026Q3', '20', ''],
  ['trend', 'satisfied_2026Q3', '84.2%', ''],
  ['trend', 'parents_satisfied_2026Q2', 'none', ''],
  ['trend', 'parents_satisfied_2026Q3', 'hidden', ''],
  ['trend', 'professionals_satisfied_2026Q3', 'too few', ''],
];

function parseCsv(text: string) {
  return text
    .trim()
    .split('\r\n')
    .slice(1)
    .map((line) => {
      const cells = [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) =>
        m[1]!.replace(/^"|"$/g, '').replaceAll('""', '"'),
      );
      return { section: cells[0]!, key: cells[1]!, value: cells[3]!, percent: cells[4]! };
    });
}

describe('quarterly report (seeded 2026Q3)', () => {
  let stack: Stack;
  let dir: string;
  let csv: ReturnType<typeof parseCsv>;
  let html: string;
  beforeAll(async () => {
    stack = await openStack('pglite', {
      referral_ip_limit: 100000,
      referral_global_limit: 100000,
      feedback_ip_limit: 100000,
      feedback_global_limit: 100000,
    });
    await seedQuarter(stack);
    dir = mkdtempSync(join(tmpdir(), 'report-'));
    // Not spawnSync: the stack answers from this very process.
    const run = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [
        cli,
        '--quarter',
        '2026Q3',
        '--out',
        join(dir, 'q3.html'),
        '--url',
        stack.url,
        '--key',
        stack.serviceKey,
      ]);
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('close', (status) => resolve({ status, stderr }));
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('July to September 2026: 30 referrals, 20 feedback responses');
    csv = parseCsv(readFileSync(join(dir, 'q3.csv'), 'utf8'));
    html = readFileSync(join(dir, 'q3.html'), 'utf8');
  });
  afterAll(async () => {
    await stack?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('counts a quarter whose acknowledged referrals were purged', async () => {
    expect((await stack.query('select count(*)::int as n from private.referrals')).rows).toEqual([
      { n: 6 },
    ]);
  });

  test.each(expected)('%s %s: %s %s', (section, key, value, percent) => {
    expect(csv.find((row) => row.section === section && row.key === key)).toMatchObject({
      value,
      percent,
    });
  });

  test('no count from 1 to 4 appears anywhere', () => {
    const counts = csv
      .filter((row) => row.section !== 'pickup' && row.section !== 'quarter')
      .filter((row) => !(row.section === 'service' && /hours$/.test(row.key)))
      .map((row) => row.value);
    expect(counts.filter((v) => /^[1-4]$/.test(v))).toEqual([]);
  });

  test('the page is self-contained, in English, and leads with the headline figures', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).not.toMatch(/<script|<link|<img|src=|href=|url\(/i);
    for (const text of [
      '>30</span>referrals',
      '>60%</span>not reported to the police',
      '>33%</span>contacted within 72 hours',
      '10 of 30 referrals',
      'half within <strong>6.0 hours</strong>',
      '95% within <strong>48.0 hours</strong>',
      'Pickup is not contact',
      'Population: Thames Valley',
      'Referrals made by phone or through the Victims Hub',
      '85.0% (17 of 20)',
      '47.4% (9 of 19)',
      '84.2% (16 of 19)',
      'Target 95%',
    ]) {
      expect(html).toContain(text);
    }
    expect(html).not.toMatch(/undefined|NaN|null/);
  });

  test('only contact is drawn against the 72-hour promise, never pickup', () => {
    const chart = (id: string) =>
      new RegExp(`<svg[^>]*aria-labelledby="${id}-title"[\\s\\S]*?</svg>`).exec(html)?.[0] ?? '';
    expect(chart('contact-time')).toContain('class="target"');
    expect(chart('contact-time')).toContain('contact is promised within 72 hours');
    expect(chart('pickup')).toContain('picked up by the case system');
    expect(chart('pickup')).not.toContain('class="target"');
    expect(chart('pickup')).not.toMatch(/72 hours|promise/);
  });

  test('the page has no axe violations (WCAG 2.2 AA) and fits a 320 px screen', async () => {
    const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
    try {
      const page = await (await browser.newContext()).newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(pathToFileURL(join(dir, 'q3.html')).href);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
      ).toEqual([]);
      expect(results.passes.length).toBeGreaterThan(10);
      expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
      await page.setViewportSize({ width: 320, height: 640 });
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      ).toBeLessThanOrEqual(0);
    } finally {
      await browser.close();
    }
  });
});
