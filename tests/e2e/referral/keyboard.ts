// Driving a form with the keyboard alone, as someone who cannot use a mouse or a
// touch screen would: Tab to a control, then type, Space, arrows or Enter. If Tab
// cannot reach a control, the test fails.
import { expect, type Locator, type Page } from '@playwright/test';

export async function tabTo(page: Page, target: Locator, maxPresses = 120): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

export async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.type(text);
  await expect(target).toHaveValue(text);
}

/** Radios: Tab reaches the group, arrows move to the option and choose it. */
export async function chooseRadio(page: Page, group: Locator, option: string): Promise<void> {
  const radios = group.getByRole('radio');
  const labels = await radios.evaluateAll((els) =>
    els.map((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? ''),
  );
  await chooseNth(page, radios, labels, option);
}

/** The same, by the option's value: the same in every language. */
export async function chooseRadioValue(page: Page, radios: Locator, value: string): Promise<void> {
  const values = await radios.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
  await chooseNth(page, radios, values, value);
}

async function chooseNth(page: Page, radios: Locator, names: string[], name: string) {
  const index = names.indexOf(name);
  if (index < 0) throw new Error(`no option "${name}" in ${names.join(' | ')}`);
  await tabTo(page, radios.first());
  await page.keyboard.press('Space');
  for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
  await expect(radios.nth(index)).toBeChecked();
}

export async function tick(page: Page, checkbox: Locator): Promise<void> {
  await tabTo(page, checkbox);
  await page.keyboard.press('Space');
  await expect(checkbox).toBeChecked();
}

/** A closed <select>: arrows step through its options. */
export async function selectOption(page: Page, select: Locator, value: string): Promise<void> {
  await tabTo(page, select);
  const values = await select.evaluate((el) =>
    [...(el as HTMLSelectElement).options].map((o) => o.value),
  );
  const from = values.indexOf(await select.inputValue());
  const to = values.indexOf(value);
  for (let i = from; i < to; i += 1) await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue(value);
}

export async function press(page: Page, button: Locator): Promise<void> {
  await tabTo(page, button);
  await page.keyboard.press('Enter');
}
