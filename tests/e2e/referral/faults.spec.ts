// What a flaky mobile network, an impatient double tap or a server that says no
// does to a submission: it lands exactly once, or the person is told what to do
// and keeps every answer.
import { test, expect, type Locator, type Page, type Request } from '@playwright/test';
import { apiURL } from '../../playwright.config';
import { pullReferrals, uniqueName } from '../case-system';
import { fillAll, formPath } from './fill';

const rpc = `${apiURL}/rest/v1/rpc/submit_referral`;
const keyOf = (request: Request) =>
  (request.postDataJSON() as { payload: { idempotency_key: string } }).payload.idempotency_key;

async function ready(page: Page, name: string) {
  await page.clock.install();
  await page.goto(formPath.young_person);
  await fillAll(page, 'young_person', name);
  await page.clock.fastForward(10_000);
}

/**
 * Moves the page's clock on until `target` shows. Each retry's wait is only set
 * once the try before it has failed, so time is moved on in steps, not in one jump.
 */
async function advanceUntilVisible(page: Page, target: Locator) {
  await expect(async () => {
    await page.clock.fastForward(5_000);
    await expect(target).toBeVisible({ timeout: 250 });
  }).toPass({ timeout: 20_000 });
}

const sendButton = (page: Page) => page.locator('main .actions .button');
const reference = (page: Page) => page.locator('.reference');

test('the first two tries are cut off: one referral, one reference, one key', async ({ page }) => {
  const name = uniqueName('Cut');
  await ready(page, name);
  const keys: string[] = [];
  let calls = 0;
  await page.route(rpc, async (route) => {
    keys.push(keyOf(route.request()));
    calls += 1;
    if (calls <= 2) await route.abort('connectionreset');
    else await route.continue();
  });
  await sendButton(page).click();
  await expect(page.getByText('Still trying to send')).toBeVisible();
  await advanceUntilVisible(page, reference(page));
  expect(calls).toBe(3);
  expect(new Set(keys).size).toBe(1);
  const docs = await pullReferrals(name);
  expect(docs.map((d) => d.reference)).toEqual([await reference(page).textContent()]);
});

test('a response lost after the referral was stored is replayed, not duplicated', async ({
  page,
}) => {
  const name = uniqueName('Lost');
  await ready(page, name);
  let calls = 0;
  await page.route(rpc, async (route) => {
    calls += 1;
    const response = await route.fetch();
    if (calls === 1) await route.abort('connectionreset');
    else await route.fulfill({ response });
  });
  await sendButton(page).click();
  await advanceUntilVisible(page, reference(page));
  expect(calls).toBe(2);
  const docs = await pullReferrals(name);
  expect(docs).toHaveLength(1);
  expect(docs[0]?.reference).toBe(await reference(page).textContent());
});

test('429 with Retry-After: waits as long as asked, then sends once', async ({ page }) => {
  const name = uniqueName('Busy');
  await ready(page, name);
  const times: number[] = [];
  await page.route(rpc, async (route) => {
    times.push(await page.evaluate(() => Date.now()));
    if (times.length === 1) {
      await route.fulfill({
        status: 429,
        headers: {
          'Retry-After': '7',
          'Access-Control-Allow-Origin': '*',
          'Access-Control-Expose-Headers': 'Retry-After',
        },
        contentType: 'application/json',
        body: '{"code":"rate_limited","message":"rate_limited","details":"{\\"retry_after_seconds\\": 7}","hint":null}',
      });
    } else await route.continue();
  });
  await sendButton(page).click();
  await expect(page.getByText('Still trying to send')).toBeVisible();
  await page.clock.fastForward(5_000);
  expect(times).toHaveLength(1);
  await page.clock.fastForward(3_000);
  await expect(reference(page)).toBeVisible();
  expect(times).toHaveLength(2);
  expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(7_000);
  expect(await pullReferrals(name)).toHaveLength(1);
});

test('offline: says so, waits, and sends once the connection is back', async ({
  page,
  context,
}) => {
  const name = uniqueName('Offline');
  await ready(page, name);
  let calls = 0;
  page.on('request', (r) => r.url() === rpc && r.method() === 'POST' && (calls += 1));
  await context.setOffline(true);
  await sendButton(page).click();
  await expect(page.getByRole('status').filter({ hasText: "You're offline" })).toBeVisible();
  // Unavailable while it waits, yet still focused: focus never falls to the page.
  await expect(sendButton(page)).toHaveAttribute('aria-disabled', 'true');
  await expect(sendButton(page)).toBeFocused();
  expect(calls).toBe(0);
  await context.setOffline(false);
  await expect(reference(page)).toBeVisible();
  expect(calls).toBe(1);
  expect(await pullReferrals(name)).toHaveLength(1);
});

test('a double click sends once', async ({ page }) => {
  const name = uniqueName('Double');
  await ready(page, name);
  let calls = 0;
  page.on('request', (r) => r.url() === rpc && r.method() === 'POST' && (calls += 1));
  await sendButton(page).dblclick();
  await expect(reference(page)).toBeVisible();
  expect(calls).toBe(1);
  expect(await pullReferrals(name)).toHaveLength(1);
});

test('refused by a limit for longer than anyone should wait: the answers stay, with the phone number', async ({
  page,
}) => {
  const name = uniqueName('Surge');
  await ready(page, name);
  await page.route(rpc, (route) =>
    route.fulfill({
      status: 429,
      headers: {
        'Retry-After': '2360',
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Expose-Headers': 'Retry-After',
        'Content-Type': 'application/json',
      },
      body: '{"code":"rate_limited","message":"rate_limited","details":"{\\"retry_after_seconds\\": 2360}","hint":null}',
    }),
  );
  await sendButton(page).click();
  const alert = page.getByRole('alert');
  await advanceUntilVisible(page, alert);
  await expect(alert).toContainText('Your answers have not been sent yet');
  await expect(alert).toContainText('0300 1234 148');
  await expect(page.getByRole('main')).toContainText(name);
});

test('when every try fails: a clear message, a phone number, and the answers still there', async ({
  page,
}) => {
  const name = uniqueName('Down');
  await ready(page, name);
  let calls = 0;
  await page.route(rpc, async (route) => {
    calls += 1;
    await route.fulfill({
      status: 503,
      headers: { 'Access-Control-Allow-Origin': '*' },
      body: 'unavailable',
    });
  });
  await sendButton(page).click();
  const alert = page.getByRole('alert');
  await advanceUntilVisible(page, alert);
  await expect(alert).toContainText('Your answers have not been sent yet');
  await expect(alert).toContainText('0300 1234 148');
  expect(calls).toBe(5);
  await expect(page.getByRole('main')).toContainText(name);
  await page.unroute(rpc);
  await sendButton(page).click();
  await expect(reference(page)).toBeVisible();
  expect(await pullReferrals(name)).toHaveLength(1);
});

test("the server's validation error is shown against the right field", async ({ page }) => {
  const name = uniqueName('Server');
  await ready(page, name);
  await page.route(rpc, (route) =>
    route.fulfill({
      status: 400,
      headers: { 'Access-Control-Allow-Origin': '*' },
      contentType: 'application/json',
      body: JSON.stringify({
        code: 'invalid_payload',
        message: 'invalid_payload',
        hint: null,
        details: JSON.stringify([{ path: 'contact.phone', code: 'invalid_phone' }]),
      }),
    }),
  );
  await sendButton(page).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Enter a UK mobile or phone number, like 07700 900 982',
  ]);
  await expect(page.getByText('Step 5 of 6')).toBeVisible();
  const phone = page.getByLabel('Mobile or phone number');
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await expect(phone).toHaveAccessibleDescription(/Error: Enter a UK mobile or phone number/);
  await summary.getByRole('link').click();
  await expect(phone).toBeFocused();
  // Corrected and sent again: it lands once, with the corrected answer.
  await page.unroute(rpc);
  await phone.fill('07700 900555');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  await sendButton(page).click();
  await expect(reference(page)).toBeVisible();
  const docs = await pullReferrals(name);
  expect(docs).toHaveLength(1);
  expect(docs[0]).toMatchObject({ contact: { phone: '07700 900555' } });
});

test('the questions do not load: it says so with the phone number, and Try again loads them', async ({
  page,
}) => {
  let cutOff = true;
  await page.route('**/_astro/Journey.*.js', (route) =>
    cutOff ? route.abort('connectionreset') : route.continue(),
  );
  await page.route('**/referral-words.json', (route) =>
    cutOff ? route.fulfill({ status: 503, body: '' }) : route.continue(),
  );
  await page.goto(formPath.young_person);
  const start = page.locator('main button.button');
  await start.click();
  await expect(page.getByRole('alert')).toContainText('0300 1234 148');
  await expect(start).toHaveText('Try again');
  await expect(start).toBeFocused();
  cutOff = false;
  await start.click();
  await expect(page.locator('#young_person-first_name')).toBeVisible();
  await expect(page.locator('h1')).toBeFocused();
});

test('the questions are fetched only once someone is about to start', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.goto(formPath.young_person);
  await page.waitForLoadState('networkidle');
  const later = () => fetched.filter((url) => /Journey|referral-words/.test(url));
  expect(later()).toEqual([]);
  await page.locator('main button.button').hover();
  await expect.poll(() => later().length).toBe(2);
});
