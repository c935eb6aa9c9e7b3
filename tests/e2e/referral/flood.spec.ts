// A real browser completing a referral while someone floods the portal. The form's
// requests go to a stack of this test's own, flooded with junk from many addresses
// past every limit; the person's browser solves the challenge it is set without
// their knowing, gets a reference, and the referral waits, held, for the case system.
import { expect, test, type Page } from '@playwright/test';
import { startStack } from '../../../supabase/local/stack.mjs';
import { youngPersonReferral } from '../../../supabase/database/tests/support/fixtures';
import { apiURL } from '../../playwright.config';
import { postFrom } from '../../support/loopback.mjs';
import { uniqueName } from '../case-system';
import { fillAll, formPath } from './fill';
import { steadyWindow } from '../../support/steady-window.mjs';

type Stack = Awaited<ReturnType<typeof startStack>>;
let flooded: Stack;

test.beforeAll(async () => {
  flooded = await startStack({
    settings: {
      referral_ip_limit: 2,
      referral_global_limit: 6,
      challenge_bits: 12,
      // No window boundary mid-test: the counts must not start again halfway.
      rate_window_seconds: steadyWindow(),
    },
  });
});
test.afterAll(() => flooded?.stop());

/** Junk from `addresses` loopback addresses, `each` referrals apiece; the statuses it got. */
async function flood(addresses: number, each: number): Promise<number[]> {
  const one = async (from: string) =>
    (
      await postFrom(
        `${flooded.url}/rest/v1/rpc/submit_referral`,
        JSON.stringify({ payload: youngPersonReferral() }),
        from,
        { apikey: flooded.anonKey },
      )
    ).status;
  const statuses: number[] = [];
  await Promise.all(
    Array.from({ length: addresses }, async (_, n) => {
      for (let i = 0; i < each; i++) statuses.push(await one(`127.0.2.${n + 1}`));
    }),
  );
  return statuses;
}

/** The form's requests, sent on to the flooded stack. */
async function sendToFlooded(page: Page) {
  await page.route(`${apiURL}/rest/v1/rpc/submit_referral`, async (route) => {
    const response = await route.fetch({ url: `${flooded.url}/rest/v1/rpc/submit_referral` });
    await route.fulfill({ response });
  });
}

async function referInBrowser(page: Page, name: string) {
  await sendToFlooded(page);
  // The form takes a referral completed faster than a person could for a bot's.
  await page.clock.install();
  await page.goto(formPath.young_person);
  await fillAll(page, 'young_person', name);
  await page.clock.fastForward(10_000);
  await page.locator('main .actions .button').click();
  await expect(page.locator('.reference')).toBeVisible({ timeout: 30_000 });
  return page.locator('.reference').textContent();
}

test('during and after a flood, a person in a real browser still gets a reference; their referral is held, once', async ({
  page,
}) => {
  const during = uniqueName('Flood');
  const [statuses, reference] = await Promise.all([flood(12, 4), referInBrowser(page, during)]);
  // The junk was past every limit: most of it was asked for work it never did.
  expect(statuses.filter((s) => s === 428).length).toBeGreaterThan(30);
  const after = uniqueName('After');
  const second = await referInBrowser(page, after);

  const { rows } = await flooded.query(`select public.claim_held_referrals(100, 'review') as d`);
  const held = (
    rows as unknown as { d: { reference: string; young_person: { first_name: string } }[] }[]
  )[0]!.d;
  for (const [name, ref] of [
    [during, reference],
    [after, second],
  ]) {
    const mine = held.filter((doc) => doc.young_person.first_name === name);
    expect(mine.map((doc) => doc.reference)).toEqual([ref]);
  }
});
