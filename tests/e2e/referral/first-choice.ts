// The questions a test does not answer itself: every question the journey
// declares (src/islands/referral/questions.ts) that its schema needs answered,
// that is on the screen and still unanswered, gets its first valid choice (a
// text box, a plain valid value). So a new required question does not stop the
// journeys, and the tests keep saying only what they are about.
import type { Page } from '@playwright/test';
import { questionsOf, fieldId } from '../../../src/islands/referral/journeys';
import { questionAt, referralSchemas, type ReferralSource } from '../../../src/schemas';
import { nodeOf } from '../../../supabase/database/tests/support/schema-walk';

export type Action =
  | { type: string; text: string }
  | { tick: string }
  | { radio: string; value: string }
  | { select: string; value: string };

/** Needs an answer of its own: not optional, and a list needs at least one. */
function needsAnswer(source: ReferralSource, path: string): boolean {
  const question = questionAt(referralSchemas[source], path);
  if (!question?.required) return false;
  const node = nodeOf(question.node);
  return node.type !== 'array' || !!node.min;
}

/** The box or group an action is about, as a selector. */
export const selectorOf = (action: Action): string =>
  'type' in action
    ? `#${action.type}`
    : 'tick' in action
      ? `#${action.tick}`
      : 'radio' in action
        ? `input[name="${action.radio}"]`
        : `#${action.select}`;

/** The question id an action answers. */
const answers = (action: Action): string =>
  'type' in action
    ? action.type
    : 'tick' in action
      ? action.tick.replace(/-input$/, '')
      : 'radio' in action
        ? action.radio
        : action.select;

/** What to do for each question on screen that needs an answer, has none, and is not `known`. */
export async function firstChoices(
  page: Page,
  source: ReferralSource,
  known: Action[],
): Promise<Action[]> {
  const skip = new Set(known.map(answers));
  const ids = questionsOf(source)
    .filter((q) => needsAnswer(source, q.path) && !skip.has(fieldId(q.path)))
    .map((q) => fieldId(q.path));
  return page.evaluate((ids) => {
    const found: Action[] = [];
    const form = document.querySelector('form');
    for (const id of ids) {
      const choices = `input[name="${id}"]:is([type="radio"], [type="checkbox"])`;
      const group = [...(form?.querySelectorAll<HTMLInputElement>(choices) ?? [])];
      const box = form?.querySelector<HTMLElement>(`[id="${id}"]`);
      const tick = form?.querySelector<HTMLInputElement>(`[id="${id}-input"]`);
      if (group.length) {
        if (group.some((input) => input.checked)) continue;
        const first = group[0] as HTMLInputElement;
        found.push(first.type === 'radio' ? { radio: id, value: first.value } : { tick: first.id });
      } else if (tick?.type === 'checkbox') {
        if (!tick.checked) found.push({ tick: tick.id });
      } else if (box instanceof HTMLSelectElement) {
        const first = [...box.options].find((o) => o.value !== '');
        if (box.value === '' && first) found.push({ select: id, value: first.value });
      } else if (box instanceof HTMLInputElement || box instanceof HTMLTextAreaElement) {
        const kind = box instanceof HTMLInputElement ? box.type : 'text';
        const text =
          kind === 'email'
            ? 'sample@example.com'
            : kind === 'tel'
              ? '07700 900000'
              : box.inputMode === 'numeric'
                ? '12'
                : 'Sample';
        if (box.value === '') found.push({ type: id, text });
      }
    }
    return found;
  }, ids);
}

/**
 * `known` with `extra` put in page order among them, so the keyboard reaches each
 * in turn: each goes after the last known answer above it on the screen (one not
 * on the screen yet keeps its place).
 */
export async function inPageOrder(page: Page, known: Action[], extra: Action[]) {
  const at = await page.evaluate(
    (selectors) => {
      const all = [...document.querySelectorAll('form input, form select, form textarea')];
      return selectors.map((s) => {
        const el = document.querySelector(s);
        return el ? all.indexOf(el) : -1;
      });
    },
    [...known, ...extra].map(selectorOf),
  );
  const placed = known.map((action, i) => ({ action, at: at[i] ?? -1 }));
  extra.forEach((action, i) => {
    const here = at[known.length + i] ?? -1;
    let to = 0;
    placed.forEach((p, j) => {
      if (p.at >= 0 && p.at < here) to = j + 1;
    });
    placed.splice(to, 0, { action, at: here });
  });
  return placed.map((p) => p.action);
}

/** Which journey a form page is: from its address. */
export function sourceAt(url: string): ReferralSource {
  const path = new URL(url).pathname;
  return path.includes('/professionals/')
    ? 'professional'
    : path.includes('/parents/')
      ? 'parent_carer'
      : 'young_person';
}
