// The page title a referral should have on each screen, from the translations
// themselves: "About you – Step 1 of 6 – Ask for help – Young Victims Service",
// "Error: " first while the error summary shows (as GOV.UK services do).
import { readFileSync } from 'node:fs';
import { isolateNumbers } from '../../../src/i18n/bidi';
import { localeInfo, type Locale } from '../../../src/i18n/locales';
import { plain } from '../../../src/i18n/marked';
import { stepsFor } from '../../../src/islands/referral/journeys';
import { translator } from '../../../src/islands/messages';
import type { Source } from './fill';

export type Lang = Locale;

// Read here rather than through src/i18n/resources.ts, whose JSON imports carry no
// `type: 'json'` attribute and so do not load in Playwright's ES modules.
const words = (lang: Lang, ns: string): Record<string, string> =>
  JSON.parse(
    readFileSync(new URL(`../../../src/i18n/locales/${lang}/${ns}.json`, import.meta.url), 'utf8'),
  ) as Record<string, string>;

/**
 * Right to left, each run of digits in a translation is isolated so a phone
 * number is not reordered; the islands get their words that way at build time,
 * before any {{placeholder}} is filled in.
 */
function islandWords(lang: Lang): Record<string, string> {
  const all = { ...words(lang, 'forms'), ...words(lang, 'referral') };
  if (localeInfo[lang].dir === 'ltr') return all;
  return Object.fromEntries(Object.entries(all).map(([key, text]) => [key, isolateNumbers(text)]));
}

export function referralTitles(lang: Lang, source: Source) {
  const { t } = translator(islandWords(lang));
  const say = (key: string, vars: Record<string, string | number> = {}) => plain(t(key, vars));
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
