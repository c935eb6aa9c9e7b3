// At 400% zoom (a 1280 × 1024 screen is 320 × 256 CSS pixels) the sticky quick
// exit bar takes a good part of the screen, and its height changes with the
// language. Whatever has focus must still be wholly visible below it: after
// each error summary link (the field, and its question when there is room for
// both), and at every Tab stop, forwards and backwards. "Visible" means the
// element itself is what the browser finds at each of its corners.
import { test, expect, type Page } from '@playwright/test';
import { fillStep, formPath } from './fill';

/** What is wrong with how the focused element shows: outside the screen, or covered. */
function hidden(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'nothing has focus';
    const width = document.documentElement.clientWidth;
    const height = document.documentElement.clientHeight;
    const name = `${el.tagName.toLowerCase()}#${el.id} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    for (const box of [...el.getClientRects()].filter((r) => r.width > 0 && r.height > 0)) {
      // In from each corner, clear of a rounded corner's curve (a radio is a circle,
      // and the browser finds what is behind its box's corners).
      const round = getComputedStyle(el).borderTopLeftRadius;
      const radius = round.endsWith('%')
        ? (Math.min(box.width, box.height) * parseFloat(round)) / 100
        : parseFloat(round) || 0;
      const inset = Math.max(3, Math.ceil(radius * 0.3) + 2);
      // A line of text's box is its font's full height, which in Nastaliq reaches
      // well into the lines above and below: a link is sampled a quarter in.
      const inline = getComputedStyle(el).display === 'inline';
      const down = inline ? box.height / 4 : inset;
      const corners = [
        [box.left + inset, box.top + down],
        [box.right - inset, box.top + down],
        [box.left + inset, box.bottom - down],
        [box.right - inset, box.bottom - down],
      ];
      for (const [x = 0, y = 0] of corners) {
        if (x < 0 || y < 0 || x > width || y > height) return `${name}: off screen at ${x},${y}`;
        // Covered means something else is drawn there: the bar, or anything that is
        // not the element or what holds it (a corner of an inline link's box can
        // fall on the paragraph around it, which covers nothing).
        const found = document.elementFromPoint(x, y);
        if (!found || !(el.contains(found) || found.contains(el)))
          return `${name}: covered at ${x},${y} by ${found?.className || found?.tagName}`;
      }
    }
    return '';
  });
}

/** Tab through every stop on the page, then Shift+Tab back: each one wholly visible. */
async function everyTabStop(page: Page, where: string) {
  // From the very first stop, the quick exit skip link, as after loading the page.
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    document.querySelector<HTMLElement>('a.skip-link')?.focus();
  });
  expect(await hidden(page), `${where}, the first stop`).toBe('');
  const seen: string[] = [];
  for (const key of ['Tab', 'Shift+Tab']) {
    let first = '';
    for (let i = 0; i < 150; i += 1) {
      await page.keyboard.press(key);
      const id = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return '';
        return `${[...document.querySelectorAll('*')].indexOf(el)}`;
      });
      // Off the end of the page (focus leaves for the browser) or round to the start.
      if (!id || id === first) break;
      first ||= id;
      seen.push(id);
      expect(await hidden(page), `${where}, ${key} stop ${i + 1}`).toBe('');
    }
  }
  expect(seen.length, where).toBeGreaterThan(20);
}

/** Each link of the error summary brings its field, and its question, into view. */
async function everySummaryLink(page: Page, where: string) {
  const links = page.locator('.error-summary a');
  const count = await links.count();
  expect(count, where).toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) {
    await page.locator('.error-summary').focus();
    for (let tab = 0; tab <= i; tab += 1) await page.keyboard.press('Tab');
    await expect(links.nth(i)).toBeFocused();
    const target = (await links.nth(i).getAttribute('href'))?.slice(1) ?? '';
    await page.keyboard.press('Enter');
    await expect(page.locator(`[id="${target}"]`)).toBeFocused();
    expect(await hidden(page), `${where}, link ${i + 1}`).toBe('');
    // The question's words too, when the question fits on the screen at all.
    const question = await page.evaluate(() => {
      const input = document.activeElement as HTMLElement;
      const words = input.closest('.field')?.querySelector('label, legend');
      if (!words) return 'no label';
      const barBottom = document.querySelector('quick-exit')!.getBoundingClientRect().bottom;
      const room = document.documentElement.clientHeight - barBottom;
      const top = words.getBoundingClientRect().top;
      const bottom = input.getBoundingClientRect().bottom;
      if (bottom - top > room) return '';
      return top >= barBottom - 1 ? '' : `label ${Math.round(barBottom - top)} px under the bar`;
    });
    expect(question, `${where}, link ${i + 1}`).toBe('');
  }
}

for (const lang of ['en', 'ur'] as const) {
  test(`at 320 × 256 in ${lang}, nothing with focus is under the quick exit bar`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 320, height: 256 });
    await page.goto(`${lang === 'en' ? '' : '/ur'}${formPath.young_person}`);
    await page.locator('main button.button').click();
    await page.locator('form button[type="submit"]').click();
    await expect(page.locator('.error-summary')).toBeFocused();
    await everySummaryLink(page, `${lang} step 1`);
    await everyTabStop(page, `${lang} step 1 with errors`);

    // The step with the most stops: contact, with its checkboxes and radios.
    await fillStep(page, 'young_person', 'Zoom');
    for (let step = 1; step < 5; step += 1) {
      await page.locator('form button[type="submit"]').click();
      await expect(page.locator('h1 .step-count')).toContainText(String(step + 1));
      if (step < 4) await fillStep(page, 'young_person', 'Zoom');
    }
    await page.locator('input[name="contact-via"][value="direct"]').check();
    await page.locator('#contact-channels').selectOption('phone_call');
    await page.locator('form button[type="submit"]').click();
    await expect(page.locator('.error-summary')).toBeFocused();
    await everySummaryLink(page, `${lang} step 5`);
    await everyTabStop(page, `${lang} step 5 with errors`);
  });
}
