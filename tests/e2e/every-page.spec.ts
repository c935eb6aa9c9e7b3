// Walks every page in the sitemap, in every language, in a real browser: zero
// axe violations against WCAG 2.2 AA, every letter drawn with a real glyph,
// English inside Urdu marked as English, no
// request to any other site, nothing written to browser storage, no sideways
// scrolling on a 320 px screen, the security headers, and nothing the
// Content-Security-Policy had to block.
import { test, expect, type Response } from '@playwright/test';
import { allPages, formPages } from '../../src/lib/routes';
import {
  expectNoAxeViolations,
  expectNoMarkupShown,
  expectNoStorage,
  unmarkedEnglish,
} from './helpers';
import { missingGlyphs } from './glyphs';
import { expectFileHeaders, expectSecurityHeaders, watchCsp } from './security';

test('the sitemap lists exactly the pages the site has', async ({ request, baseURL }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  expect(listed.sort()).toEqual(allPages().sort());
  expect(baseURL).toBeTruthy();
});

test('the glyph check sees a letter that no installed font has', async ({ page }) => {
  // U+E000 is private use: no font the tests install draws it, so it is a box.
  await page.setContent(
    '<html lang="ur"><body><p>ہ \uE000 Zażółć 🌟</p><p hidden>\uE001</p></body></html>',
  );
  const missing = await missingGlyphs(page);
  expect(missing).toHaveLength(1);
  expect(missing[0]).toContain('U+E000');
});

test('the axe check sees a violation, and a frame it would not look inside', async ({ page }) => {
  await page.setContent('<html lang="en"><body><main><img src="a.png"></main></body></html>');
  await expect(expectNoAxeViolations(page)).rejects.toThrow(/image-alt/);
  await page.setContent(
    '<html lang="en"><body><main><iframe title="x"></iframe></main></body></html>',
  );
  await expect(expectNoAxeViolations(page)).rejects.toThrow(/a frame axe would not look inside/);
});

test('the policy blocks an inline script it has no hash for, and the watch sees it', async ({
  page,
}) => {
  const violations = await watchCsp(page);
  await page.goto('/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.title = "ran"';
    document.body.append(script);
  });
  await expect.poll(() => violations.length).toBe(1);
  expect(violations[0]).toMatch(/^script-src-elem blocked inline/);
  await expect(page).not.toHaveTitle('ran');
});

// A few pages to a test, each its own step, in one browser page: a fresh context
// and renderer for every page cost more than the checks themselves. Nothing a page
// does may outlive it anyway (expectNoStorage), and each step starts at full width.
const chunk = 10;
const pages = allPages();
// Every page that asks for something (the referrals, the surveys, the panel offer
// with a name and a phone number) is kept out of every cache.
const asking = new Set(formPages());
for (let at = 0; at < pages.length; at += chunk) {
  const paths = pages.slice(at, at + chunk);
  test(`pages ${paths[0]} … ${paths.at(-1)}`, async ({ page, baseURL }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const files: Response[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() !== 'document') files.push(r);
    });
    const violations = await watchCsp(page);
    const origin = new URL(baseURL ?? '').origin;
    let filesChecked = 0;
    for (const path of paths) {
      await test.step(path, async () => {
        requests.length = 0;
        files.length = 0;
        violations.length = 0;
        await page.setViewportSize({ width: 1280, height: 720 });
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        expectSecurityHeaders(response?.headers() ?? {}, path, asking.has(path));

        await expectNoAxeViolations(page, path);
        expect(await missingGlyphs(page), path).toEqual([]);

        expect(requests.length, path).toBeGreaterThan(0);
        for (const url of requests) expect(new URL(url).origin, url).toBe(origin);

        const lang = path.match(/^\/(pl|ur)\//)?.[1] ?? 'en';
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ur' ? 'rtl' : 'ltr');
        await expect(page.locator('h1')).toHaveCount(1);
        // English inside Urdu is marked, so a screen reader says it in English. A
        // guide's own words (its Markdown) are its editors', checked with the guides.
        await expectNoMarkupShown(page, path);
        if (lang === 'ur') {
          const skip = '[data-guide-text], [aria-hidden="true"]';
          expect(await unmarkedEnglish(page, skip), path).toEqual([]);
        }

        await page.setViewportSize({ width: 320, height: 640 });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, path).toBeLessThanOrEqual(0);
        await expectNoStorage(page);
        expect(violations, path).toEqual([]);
        for (const file of files) expectFileHeaders(await file.allHeaders(), file.url());
        filesChecked += files.length;
      });
    }
    // The icon at least: proof the watch saw what the pages load.
    expect(filesChecked).toBeGreaterThan(0);
  });
}
