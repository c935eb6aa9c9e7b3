// A young person's referral in Chromium on a slow 4G network (150 ms round trip,
// 1.6 Mbit/s down, 750 kbit/s up, through the DevTools protocol), from the band's
// home page to the reference on screen, in a fresh browser each time. The form
// takes anything sent within 3 seconds of starting for a bot's, so the journey
// waits out what is left of those 3 seconds before sending, and that wait is not
// counted. Writes its times to BENCH_JOURNEY_OUT, and with BENCH_JOURNEY_TRACE
// every request of every run (when it started and ended, its bytes on the wire)
// and the journey's moments, in milliseconds from landing (journey-trace.ts).
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { fillStep, stepCount } from '../e2e/referral/fill';
import { traceRequests, type Trace } from './journey-trace';

const RUNS = Number(process.env.BENCH_JOURNEY_RUNS ?? 5);

/**
 * Waits for something on screen by checking at every frame. Playwright's own
 * waits retry after 20, 50, 100, 100 and then every 500 ms, so a screen that came
 * 50 ms later could be noticed 500 ms later: the figure moved by half a second
 * for a few kilobytes (notes.md).
 */
const onScreen = (page: Page, selector: string) =>
  page.waitForFunction(
    (s) => [...document.querySelectorAll(s)].some((e) => e.getClientRects().length > 0),
    selector,
    { polling: 'raf', timeout: 60_000 },
  );

test('a referral on slow 4G, landing to reference', async ({ browser }) => {
  const times: number[] = [];
  const traces: Trace[] = [];
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
    // Only when asked: its own round trips to the browser would be counted.
    const trace = process.env.BENCH_JOURNEY_TRACE
      ? await traceRequests(page, cdp)
      : { from: () => {}, mark: async () => {}, done: async () => ({ requests: [], marks: [] }) };
    const started = Date.now();
    trace.from(started);
    await page.goto('/young-people/11-15/');
    await trace.mark('home loaded');
    await page.locator('main a.button').first().click();
    await page.waitForURL('**/ask-for-help/');
    await trace.mark('form page loaded');
    const formStarted = Date.now();
    // The steps of fillAll (tests/e2e/referral/fill.ts), waiting by frame where the
    // page waits on the network: Start usable once the island is hydrated, and
    // the first step once the journey is fetched. Each Continue shows the next
    // step at once, from memory.
    await onScreen(page, 'main button.button:enabled');
    await page.locator('main button.button').click();
    await onScreen(page, '.step-count');
    for (let step = 0; step < stepCount.young_person; step += 1) {
      await fillStep(page, 'young_person', `Bench ${run}`);
      await page.locator('form button[type="submit"]').click();
    }
    await expect(page.locator('.summary-list').first()).toBeVisible();
    await trace.mark('answers checked');
    const waited = Math.max(0, 3100 - (Date.now() - formStarted));
    await page.waitForTimeout(waited);
    await trace.mark(`waited ${waited} ms`);
    await page.locator('main .actions .button').click();
    await onScreen(page, '.reference');
    await trace.mark('reference shown');
    times.push(Date.now() - started - waited);
    traces.push(await trace.done());
    await context.close();
  }
  writeFileSync(process.env.BENCH_JOURNEY_OUT ?? '/dev/stdout', JSON.stringify(times));
  if (process.env.BENCH_JOURNEY_TRACE)
    writeFileSync(process.env.BENCH_JOURNEY_TRACE, JSON.stringify(traces, null, 2));
});
