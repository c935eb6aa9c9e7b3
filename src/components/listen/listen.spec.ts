// Read aloud in a real browser, with the browser's speech synthesis replaced by a
// recorder: it starts, pauses, carries on and stops from the keyboard, marks the
// sentence being read, falls silent on quick exit, and is not offered at all when
// there is no voice for the page's language.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../../../tests/e2e/helpers';
import { watchCsp } from '../../../tests/e2e/security';

type Voice = { lang: string; name: string };

async function fakeSpeech(page: Page, voices: Voice[]) {
  await page.addInitScript((available: Voice[]) => {
    const calls: string[] = [];
    const spoken: Utterance[] = [];
    Object.assign(window, { speechCalls: calls, spoken });
    class Utterance {
      voice: unknown = null;
      lang = '';
      onstart: (() => void) | null = null;
      onend: (() => void) | null = null;
      constructor(public text: string) {}
    }
    const queue: Utterance[] = [];
    const synth = {
      getVoices: () => available,
      speak(u: Utterance) {
        calls.push(`speak:${u.text}`);
        spoken.push(u);
        queue.push(u);
        if (queue.length === 1) setTimeout(() => u.onstart?.(), 0);
      },
      pause: () => calls.push('pause'),
      resume: () => calls.push('resume'),
      cancel: () => (calls.push('cancel'), (queue.length = 0)),
      addEventListener: () => {},
    };
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
    Object.defineProperty(window, 'speechSynthesis', { value: synth });
  }, voices);
}

const calls = (page: Page) =>
  page.evaluate(() => (window as unknown as { speechCalls: string[] }).speechCalls);
const guide = '/young-people/11-15/your-rights/';

test('starts, pauses, carries on and stops by keyboard, keeping focus on the control', async ({
  page,
}) => {
  await fakeSpeech(page, [{ lang: 'en-GB', name: 'Test voice' }]);
  const violations = await watchCsp(page);
  await page.goto(guide);
  const listen = page.getByRole('button', { name: 'Listen to this page' });
  await expect(listen).toBeVisible();
  await expectNoAxeViolations(page, guide);
  await listen.focus();
  await page.keyboard.press('Enter');
  // A sentence at a time, so the one being read can be marked.
  const paragraph = (await page.locator('[data-listen-text] p').first().innerText()).trim();
  const [first, second] = paragraph.split(/(?<=\.)\s+/);
  await expect.poll(() => calls(page)).toContain(`speak:${first}`);
  expect((await calls(page)).slice(1, 3)).toEqual([`speak:${first}`, `speak:${second}`]);
  await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Carry on listening' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(listen).toBeFocused();
  expect((await calls(page)).filter((c) => !c.startsWith('speak:'))).toEqual([
    'cancel',
    'pause',
    'resume',
    'cancel',
  ]);

  // Read to the end: the buttons change back, focus goes back to the start, and
  // the status line says reading has finished.
  const status = page.locator('listen-aloud [data-status]');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
  await expect(status).toHaveText('Reading this page aloud');
  await page.evaluate(() =>
    (window as unknown as { spoken: { onend: (() => void) | null }[] }).spoken.at(-1)?.onend?.(),
  );
  await expect(listen).toBeFocused();
  await expect(status).toHaveText('Finished reading this page');
  expect(violations).toEqual([]);
});

test('reading that ends while focus is elsewhere leaves focus there', async ({ page }) => {
  await fakeSpeech(page, [{ lang: 'en-GB', name: 'Test voice' }]);
  await page.goto(guide);
  await page.getByRole('button', { name: 'Listen to this page' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  const before = await page.evaluate(() => document.activeElement?.outerHTML);
  await page.evaluate(() =>
    (window as unknown as { spoken: { onend: (() => void) | null }[] }).spoken.at(-1)?.onend?.(),
  );
  await expect(page.locator('listen-aloud [data-status]')).toHaveText('Finished reading this page');
  expect(await page.evaluate(() => document.activeElement?.outerHTML)).toBe(before);
});

test('marks the sentence being read, unless less motion is asked for', async ({ page }) => {
  await fakeSpeech(page, [{ lang: 'en-GB', name: 'Test voice' }]);
  const highlighted = () =>
    page.evaluate(() =>
      (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('listen-sentence'),
    );
  await page.goto(guide);
  await page.getByRole('button', { name: 'Listen to this page' }).click();
  await expect.poll(highlighted).toBe(true);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect.poll(highlighted).toBe(false);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  const before = (await calls(page)).length;
  await page.getByRole('button', { name: 'Listen to this page' }).click();
  await expect.poll(async () => (await calls(page)).length).toBeGreaterThan(before + 1);
  // The first sentence has started by now (the recorder starts it at once).
  await page.waitForTimeout(100);
  expect(await highlighted()).toBe(false);
});

test('quick exit silences it', async ({ page }) => {
  await fakeSpeech(page, [{ lang: 'en-GB', name: 'Test voice' }]);
  await page.goto(guide);
  await page.getByRole('button', { name: 'Listen to this page' }).click();
  await page.evaluate(() => window.dispatchEvent(new Event('yvs:quick-exit')));
  expect((await calls(page)).at(-1)).toBe('cancel');
});

test('is not offered when the browser has no voice for the language', async ({ page }) => {
  await fakeSpeech(page, [{ lang: 'en-GB', name: 'Test voice' }]);
  await page.goto(`/ur${guide}`);
  await expect(page.locator('listen-aloud')).toBeHidden();
  await page.goto(`/pl${guide}`);
  await expect(page.locator('listen-aloud')).toBeHidden();
  await page.goto(guide);
  await expect(page.locator('listen-aloud')).toBeVisible();
});
