// The whole loop the commissioner's figures rest on: someone refers in the browser
// and answers the equality questions; the case system pulls the referral, then
// records a first attempt at 30 hours and contact at 50; the quarterly report
// counts the referral as contacted within 72 hours and counts the answers, both
// as "fewer than 5". Only this test records milestones or answers "Sikh".
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { serviceKey } from '../../supabase/local/keys.mjs';
import { parseQuarter } from '../../supabase/report/quarter.mjs';
import { apiURL } from '../playwright.config';
import { pullReferrals, uniqueName } from './case-system';
import { fillAll, formPath } from './referral/fill';

const cli = (script: string, args: string[]) =>
  execFileSync(process.execPath, [script, ...args, '--url', apiURL, '--key', serviceKey], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

/** This quarter as the report names it, in UK time, which is how months are kept. */
function thisQuarter() {
  const [year, month] = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
  })
    .format(new Date())
    .split('-')
    .map(Number) as [number, number];
  return `${year}Q${Math.ceil(month / 3)}`;
}

const csvValue = (csv: string, section: string, key: string) =>
  csv
    .split('\r\n')
    .map((line) => line.split(','))
    .find(([s, k]) => s === section && k === key)?.[3];

test('refer, pull, record contact at 50 hours, answer the equality questions, and the report counts both', async ({
  page,
}) => {
  const name = uniqueName('Round trip');
  await page.clock.install();
  await page.goto(formPath.parent_carer);
  await fillAll(page, 'parent_carer', name);
  await page.clock.fastForward(10_000);
  await page.locator('.actions button.button').click();
  await expect(page.locator('.reference')).toBeVisible();

  const offer = page.locator('section.monitoring');
  await offer
    .getByRole('group', { name: /religion/ })
    .getByLabel('Sikh')
    .check();
  await offer.getByLabel(/I agree to send these answers/).check();
  const answered = page.waitForResponse('**/rest/v1/rpc/submit_monitoring');
  await page.clock.fastForward(10_000);
  await offer.getByRole('button', { name: 'Send answers' }).click();
  expect(await (await answered).json()).toEqual({ received: true });

  const [doc] = await pullReferrals(name);
  const statisticsId = String(doc?.statistics_id);
  expect(statisticsId).toMatch(/^[0-9a-f-]{36}$/);
  const intake = 'supabase/intake/cli.mjs';
  cli(intake, ['milestone', statisticsId, 'first_attempt', '--after', '30h']);
  cli(intake, ['milestone', statisticsId, 'contacted', '--after', '50h']);

  const dir = mkdtempSync(join(tmpdir(), 'round-trip-'));
  try {
    const out = join(dir, 'report.html');
    cli('supabase/report/cli.mjs', ['--quarter', thisQuarter(), '--out', out]);
    const csv = readFileSync(join(dir, 'report.csv'), 'utf8');
    expect(csvValue(csv, 'service', 'within_72_hours')).toBe('fewer than 5');
    expect(csvValue(csv, 'service', 'contact_count')).toBe('fewer than 5');
    expect(csvValue(csv, 'equal_access_religion', 'sikh')).toBe('fewer than 5');
    expect(readFileSync(out, 'utf8')).toContain('contacted within 72 hours');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // Behind the suppression, exactly this referral and these answers were counted.
  const quarter = parseQuarter(thisQuarter())!;
  const response = await fetch(`${apiURL}/rest/v1/rpc/report_statistics`, {
    method: 'POST',
    headers: {
      apikey: serviceKey,
      authorization: `Bearer ${serviceKey}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ first_day: quarter.firstDay, last_day: quarter.lastDay }),
  });
  const stats = (await response.json()) as {
    service: { contact: { within_72_hours: number; median_minutes: number } };
    monitoring: { referral: { religion?: Record<string, number> } };
  };
  expect(stats.service.contact).toMatchObject({ within_72_hours: 1, median_minutes: 50 * 60 });
  expect(stats.monitoring.referral.religion?.sikh).toBe(1);
});
