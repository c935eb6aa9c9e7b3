// A young person's referral in Chromium on a slow 4G network (150 ms round trip,
// 1.6 Mbit/s down, 750 kbit/s up, through the DevTools protocol), from the band's
// home page to the reference on screen, in a fresh browser each time. The form
// takes anything sent within 3 seconds of starting for a bot's, so the journey
// waits out what is left of those 3 seconds before sending, and that wait is not
// counted. Writes its times to BENCH_JOURNEY_OUT.
import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { fillAll } from '../e2e/referral/fill';

const RUNS = Number(process.env.BENCH_JOURNEY_RUNS ?? 5);

test('a referral on slow 4G, landing to reference', async ({ browser }) => {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    const started = Date.now();
    await page.goto('/young-people/11-15/');
    await page.locator('main a.button').first().click();
    await page.waitForURL('**/ask-for-help/');
    const formStarted = Date.now();
    await fillAll(page, 'young_person', `Bench ${run}`);
    const waited = Math.max(0, 3100 - (Date.now() - formStarted));
    await page.waitForTimeout(waited);
    await page.locator('main .actions .button').click();
    await expect(page.locator('.reference')).toBeVisible({ timeout: 60_000 });
    times.push(Date.now() - started - waited);
    await context.close();
  }
  writeFileSync(process.env.BENCH_JOURNEY_OUT ?? '/dev/stdout', JSON.stringify(times));
});
