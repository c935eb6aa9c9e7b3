// Shared by the browser tests.
import { expect, type Page, type BrowserContext } from '@playwright/test';
import axe from 'axe-core';

/** WCAG 2.2 AA, as axe names it. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Zero axe violations against WCAG 2.2 AA; `where` names the screen in a failure. */
export async function expectNoAxeViolations(page: Page, where = ''): Promise<void> {
  // The quick exit bar is sticky: mid-scroll, whatever passes under it is partly
  // hidden for that moment, which axe's target-size rule reads as a small target.
  // Focus is kept clear of the bar by scroll-padding; axe looks at the page at rest.
  await page.evaluate(() => window.scrollTo(0, 0));
  // axe runs in the page itself. AxeBuilder opens a blank page for every check, to
  // merge what each frame found; that took most of a second a check, and the site
  // has no frames (so a frame appearing fails here rather than going unchecked).
  expect(
    await page.locator('iframe, frame').count(),
    `${where}: a frame axe would not look inside`,
  ).toBe(0);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  // Only violations are reported back: listing every pass too doubles the time.
  const found = await page.evaluate(async (tags) => {
    const { violations } = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
  }, wcagTags);
  expect(found, where).toEqual([]);
}

/** Nothing a visitor does may leave a trace in the browser's storage. */
export async function expectNoStorage(page: Page): Promise<void> {
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookie: document.cookie,
    databases: (await indexedDB.databases()).length,
  }));
  expect(stored).toEqual({ local: 0, session: 0, cookie: '', databases: 0 });
  expect(await page.context().cookies()).toEqual([]);
}

export const neutralSite = 'https://www.bbc.co.uk/weather';

/** Stands in for the neutral site (no internet here) and records what it was sent. */
export async function fakeNeutralSite(
  context: BrowserContext,
  delayMs = 0,
): Promise<{ referers: (string | undefined)[] }> {
  const seen: { referers: (string | undefined)[] } = { referers: [] };
  await context.route('https://www.bbc.co.uk/**', async (route) => {
    seen.referers.push(route.request().headers()['referer']);
    // A slow network, so a test can watch the page being left while it waits.
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
    await route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>Neutral site</title><h1>Neutral</h1>',
    });
  });
  return seen;
}

/**
 * Latin-script text on a page in Urdu that is not inside an element marked
 * lang="en": a screen reader would say it with Urdu rules. `skip`: parts whose
 * words are not the site's translations (what people typed, a guide's own text).
 */
export async function unmarkedEnglish(page: Page, skip = ''): Promise<string[]> {
  return page.evaluate((skip) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    // A text box's text is what was typed into it.
    const ignore = `script, style, noscript, textarea, [hidden]${skip ? `, ${skip}` : ''}`;
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const parent = node.parentElement;
      if (!parent || !/[A-Za-z]/.test(node.data) || parent.closest(ignore)) continue;
      if (parent.closest('[lang]')?.getAttribute('lang') === 'ur') found.push(node.data.trim());
    }
    return found;
  }, skip);
}

/** Markup a translation held that reached the screen as text instead of an element. */
export async function expectNoMarkupShown(page: Page, where = ''): Promise<void> {
  expect(await page.locator('body').innerText(), where).not.toMatch(/<\/?span/);
  expect(await page.title(), where).not.toMatch(/[<>]/);
}
