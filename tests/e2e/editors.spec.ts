// The editors' list of translations: built with the site, kept out of search
// engines and of the sitemap, and accessible like every other page.
import { expect, test } from '@playwright/test';
import { guideAudiences, guideTopics } from '../../src/lib/guides';
import { readdirSync, readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './helpers';
import { coverage } from '../../src/lib/service-checks';
import { serviceEntry } from '../../src/lib/service-entry';

test('the translations list is hidden from search engines, lists every guide, and passes axe', async ({
  page,
  request,
}) => {
  await page.goto('/editors/translations/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');
  const guides = guideAudiences.reduce((n, a) => n + guideTopics[a].length, 0);
  await expect(page.locator('tbody tr')).toHaveCount(guides);
  await expect(page.locator('.lead')).toHaveText(
    'Every translation is up to date with the English.',
  );
  await expectNoAxeViolations(page, '/editors/translations/');
  expect(await (await request.get('/sitemap.xml')).text()).not.toContain('/editors/');
});

test('the settings list names each setting waiting for the provider and its pages, and passes axe', async ({
  page,
  request,
}) => {
  const { providerSettings, unconfirmed } = await import('../../src/lib/provider-settings');
  await page.goto('/editors/settings/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');
  await expect(page.locator('main h2')).toHaveText(Object.keys(providerSettings));
  for (const name of unconfirmed()) {
    const section = page.locator('section', { has: page.locator(`h2#setting-${name}`) });
    await expect(section).toContainText('Waiting for the provider.');
  }
  const contactTime = page.locator('section', { has: page.locator('h2#setting-contactTime') });
  await expect(contactTime.getByRole('link', { name: '/parents/', exact: true })).toBeVisible();
  await expectNoAxeViolations(page, '/editors/settings/');
  await page.goto('/editors/translations/');
  await page.getByRole('link', { name: "The provider's settings" }).click();
  await expect(page).toHaveURL(/\/editors\/settings\/$/);
  expect(await (await request.get('/sitemap.xml')).text()).not.toContain('/editors/');
});

test('the services list is hidden from search engines, counts what it must, and passes axe', async ({
  page,
  request,
}) => {
  await page.goto('/editors/services/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');
  const sources = page.locator('[data-list="sources"] li');
  const total = await sources.count();
  expect(total).toBeGreaterThan(0);
  await expect(page.locator('[data-summary]')).toContainText(`${total} services.`);
  // Every need against every county: 14 needs, 4 counties.
  await expect(page.locator('[data-table="coverage"] tbody tr')).toHaveCount(14);
  await expect(page.locator('[data-table="coverage"] tbody tr').first().locator('td')).toHaveCount(
    4,
  );
  // The gaps it lists are the ones the entries leave.
  const dir = new URL('../../src/content/services/', import.meta.url);
  const services = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({
      slug: f,
      ...serviceEntry.parse(JSON.parse(readFileSync(new URL(f, dir), 'utf8'))),
    }));
  const gaps = coverage(services).filter((c) => c.all === 0);
  await expect(page.locator('[data-list="gaps"] li')).toHaveCount(gaps.length);
  for (const gap of gaps)
    await expect(page.locator('[data-list="gaps"]')).toContainText(`(${gap.need})`);
  for (const section of ['due', 'translations', 'gaps', 'national-only'])
    await expect(
      page.locator(`[data-none="${section}"], [data-table="${section}"], [data-list="${section}"]`),
    ).toHaveCount(1);
  await expectNoAxeViolations(page, '/editors/services/');
  expect(await (await request.get('/sitemap.xml')).text()).not.toContain('/editors/');
});
