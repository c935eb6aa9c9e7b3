// The page title a referral should have on each screen, from the translations
// themselves: "About you – Step 1 of 6 – Ask for help – Young Victims Service",
// "Error: " first while the error summary shows (as GOV.UK services do).
import { readFileSync } from 'node:fs';
import { plain } from '../../../src/i18n/marked';
import { stepsFor } from '../../../src/islands/referral/journeys';
import type { Source } from './fill';

export type Lang = 'en' | 'pl' | 'ur';

export const words = (lang: Lang, ns: string): Record<string, string> =>
  JSON.parse(
    readFileSync(new URL(`../../../src/i18n/locales/${lang}/${ns}.json`, import.meta.url), 'utf8'),
  ) as Record<string, string>;

/**
 * Right to left, each run of digits in a translation is isolated so a phone
 * number is not reordered; the islands get their words that way at build time,
 * before any {{placeholder}} is filled in.
 */
const isolated = (lang: Lang, text: string) =>
  lang === 'ur' ? text.replace(/\d(?:[\d ]*\d)?/g, (d) => `\u2066${d}\u2069`) : text;

const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(vars[name]));

export function referralTitles(lang: Lang, source: Source) {
  const r = { ...words(lang, 'forms'), ...words(lang, 'referral') };
  const say = (key: string, vars: Record<string, string | number> = {}) =>
    plain(fill(isolated(lang, r[key] ?? key), vars));
  const who = { young_person: 'self', parent_carer: 'parent', professional: 'pro' }[source];
  const page = `${say(`page.${who}.title`)} – ${plain(words(lang, 'common')['site.name'] ?? '')}`;
  const steps = stepsFor(source);
  return {
    page,
    say,
    stepCount: (index: number) => say('nav.stepCount', { current: index + 1, total: steps.length }),
    step: (index: number) =>
      [
        say(steps[index]?.title ?? ''),
        say('nav.stepCount', { current: index + 1, total: steps.length }),
        page,
      ].join(' – '),
    check: `${say('check.title')} – ${page}`,
    done: `${say('done.title')} – ${page}`,
    error: (title: string) => say('errors.pageTitle', { title }),
  };
}
