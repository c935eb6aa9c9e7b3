// Equality monitoring after a referral or a survey: offered once something is sent,
// answered with the keyboard alone, sent under a key of its own, and never shown to
// a child of 5-10 answering for themselves. Sexual orientation only about 16-17s.
import { test, expect, type Page, type Request } from '@playwright/test';
import { expectNoAxeViolations, expectNoStorage, unmarkedEnglish } from '../helpers';
import { fillAll, formPath, type Source } from './fill';
import { chooseRadio, press, selectOption, tick } from './keyboard';

type Lang = 'en' | 'pl' | 'ur';
const prefix = (lang: Lang) => (lang === 'en' ? '' : `/${lang}`);
const monitoring = (page: Page) => page.locator('section.monitoring');
const orientation = (page: Page) => page.locator('#monitoring-sexual_orientation');
const payloadOf = (request: Request) =>
  (request.postDataJSON() as { payload: Record<string, unknown> }).payload;

/** People take a few seconds to read; the forms treat anything faster as a robot. */
const takeTimeToRead = (page: Page) => page.clock.fastForward(10_000);

async function refer(page: Page, source: Source, lang: Lang) {
  await page.clock.install();
  await page.goto(`${prefix(lang)}${formPath[source]}`);
  await fillAll(page, source, `Monitoring ${Math.random().toString(36).slice(2, 8)}`);
  await takeTimeToRead(page);
  const sent = page.waitForRequest('**/rest/v1/rpc/submit_referral');
  await page.locator('.actions button.button').click();
  await expect(page.locator('.reference')).toBeVisible();
  return payloadOf(await sent);
}

/** A survey with one answer, sent; its done screen is then on show. */
async function survey(page: Page, band: '5-10' | '11-15' | '16-17', lang: Lang) {
  await page.clock.install();
  await page.goto(`${prefix(lang)}/young-people/${band}/feedback/`);
  await page.locator('main button.button').click();
  await takeTimeToRead(page);
  await page.locator('form input[type="radio"]').first().check();
  // Continue through each screen (every question may be left), then Send.
  for (let screen = 0; screen < (band === '5-10' ? 4 : 3); screen += 1) {
    await expect(page.locator('.step-count')).toContainText(String(screen + 1));
    await takeTimeToRead(page);
    await page.locator('form button[type="submit"]').click();
  }
  await expect(page.locator('main h1')).toBeFocused();
}

async function sendMonitoring(page: Page) {
  const request = page.waitForRequest('**/rest/v1/rpc/submit_monitoring');
  const response = page.waitForResponse('**/rest/v1/rpc/submit_monitoring');
  await takeTimeToRead(page);
  await press(page, monitoring(page).getByRole('button', { name: 'Send answers' }));
  expect(await (await response).json()).toEqual({ received: true });
  await expect(page.locator('#monitoring-sent')).toBeFocused();
  return payloadOf(await request);
}

test('after a parent’s referral: the grown-up answers about the child by keyboard, under a key of its own', async ({
  page,
}) => {
  const referral = await refer(page, 'parent_carer', 'en');
  await expect(monitoring(page)).toBeVisible();
  await expect(monitoring(page)).toContainText('never joined to the referral');
  await expect(orientation(page)).toHaveCount(0);
  await expectNoAxeViolations(page, 'monitoring offered');

  // Sending nothing is refused on screen, with a summary that links to each problem.
  await press(page, monitoring(page).getByRole('button', { name: 'Send answers' }));
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveCount(2);
  await expectNoAxeViolations(page, 'monitoring errors');

  const m = monitoring(page);
  await chooseRadio(page, m.getByRole('group', { name: /How does the young person/ }), 'A girl');
  await selectOption(page, m.getByLabel(/ethnic group/), 'white_and_asian');
  await chooseRadio(page, m.getByRole('group', { name: /disability/ }), 'Prefer not to say');
  await tick(page, m.getByLabel(/I agree to send these answers/));
  const sent = await sendMonitoring(page);
  expect(sent).toMatchObject({
    context: 'referral',
    respondent: 'grown_up',
    age_band: referral.age_band,
    language: 'en',
    consent: true,
    answers: { gender: 'girl', ethnic_group: 'white_and_asian', disability: 'prefer_not_to_say' },
  });
  expect(sent.idempotency_key).not.toBe(referral.idempotency_key);
  // The referral's confirmation is still all there.
  await expect(page.locator('.reference')).toBeVisible();
  await expectNoStorage(page);
});

test('after an 11-15 survey: in a young person’s words, no sexual orientation, sent by keyboard', async ({
  page,
}) => {
  await survey(page, '11-15', 'en');
  const m = monitoring(page);
  await expect(m.getByRole('group', { name: /Are you/ })).toBeVisible();
  await expect(orientation(page)).toHaveCount(0);
  await chooseRadio(page, m.getByRole('group', { name: /religion/ }), 'No religion');
  await tick(page, m.getByLabel(/I agree to send these answers/));
  expect(await sendMonitoring(page)).toMatchObject({
    context: 'feedback',
    respondent: 'young_person',
    age_band: '11-15',
    answers: { religion: 'no_religion' },
  });
});

test('a 5-10 survey shows no monitoring and fetches none of it', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await survey(page, '5-10', 'en');
  await page.clock.fastForward(5_000);
  await expect(monitoring(page)).toHaveCount(0);
  // The offer itself is a few lines every survey carries; the form and its words are not.
  expect(fetched.filter((url) => /MonitoringForm|monitoring-words/.test(url))).toEqual([]);
});

for (const lang of ['en', 'pl', 'ur'] as const) {
  test(`${lang}: a 16-17 survey asks sexual orientation too, and the questions are axe clean`, async ({
    page,
  }) => {
    await survey(page, '16-17', lang);
    await expect(orientation(page)).toBeVisible();
    await expect(orientation(page).getByRole('radio')).toHaveCount(5);
    await expectNoAxeViolations(page, `monitoring ${lang} 16-17`);
    if (lang === 'ur') expect(await unmarkedEnglish(page, '[aria-hidden="true"]')).toEqual([]);
    await orientation(page).getByRole('radio').last().check();
    await monitoring(page).locator('input[type="checkbox"]').check();
    const request = page.waitForRequest('**/rest/v1/rpc/submit_monitoring');
    await takeTimeToRead(page);
    await monitoring(page).locator('button[type="submit"]').click();
    await expect(page.locator('#monitoring-sent')).toBeFocused();
    expect(payloadOf(await request)).toMatchObject({
      language: lang,
      age_band: '16-17',
      answers: { sexual_orientation: 'prefer_not_to_say' },
    });
    await expectNoAxeViolations(page, `monitoring ${lang} sent`);
  });

  test(`${lang}: after a professional’s referral the questions are axe clean`, async ({ page }) => {
    await refer(page, 'professional', lang);
    await expect(monitoring(page)).toBeVisible();
    await expectNoAxeViolations(page, `monitoring ${lang} referral`);
    if (lang === 'ur') expect(await unmarkedEnglish(page, '[aria-hidden="true"]')).toEqual([]);
  });
}
