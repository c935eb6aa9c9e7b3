// Every page with prose reads at its audience's level, not only the guides: each
// English page as built (its <main>), the frame every page shares, and the
// screens a form shows once someone has started, with the provider's settings
// filled in as readers see them. A miss names the page and the sentences.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translations } from '../../i18n/i18n';
import { resources } from '../../i18n/resources';
import { sentencesOfHtml } from './html.mjs';
import { measureSentences, sentencesOfLines, targets } from './readability.mjs';
import { audienceOf, measuredPages, screenOnly, screens } from './pages';

const dist = new URL('../../../dist/', import.meta.url);

function built(path: string): string {
  const file = new URL(`.${path}index.html`, dist);
  if (!existsSync(file)) throw new Error(`${path} is not built: run \`npm run build\` first`);
  return readFileSync(file, 'utf8');
}

function advice(where: string, result: ReturnType<typeof measureSentences>): string {
  return [
    `${where}: reading ease ${result.ease}, target ${result.target.ease} or more (${result.target.label})`,
    ...result.long.map((s: string) => `too long (over ${result.target.words} words): ${s}`),
  ].join('\n');
}

describe.each(measuredPages())('page %s', (page) => {
  it('reads at its audience’s level', () => {
    const audience = audienceOf(page);
    const result = measureSentences(sentencesOfHtml(built(page)), audience);
    expect(result.passes, advice(`${page} (${audience})`, result)).toBe(true);
    expect(result.sentences).toBeGreaterThan(2);
  });
});

describe('the frame of every page', () => {
  // The danger line and the footer (the phone line among them) are on every
  // page, the 5 to 10 ones too: no sentence longer than a 5 to 10 page allows.
  // Their reading ease is held to 11 to 15: they are labels and place names
  // (Buckinghamshire, Accessibility) the formula scores as hard.
  const html = built('/');
  const sentences = [...sentencesOfHtml(html, 'aside'), ...sentencesOfHtml(html, 'footer')];

  it('has no sentence too long for a 5 to 10 year old', () => {
    const result = measureSentences(sentences, '5-10');
    expect(result.long, advice('the frame', result)).toEqual([]);
    expect(sentences.length).toBeGreaterThan(5);
  });

  it('reads at the 11 to 15 level', () => {
    const result = measureSentences(sentences, '11-15');
    expect(result.ease, advice('the frame', result)).toBeGreaterThanOrEqual(targets['11-15'].ease);
  });
});

const words = (ns: keyof typeof resources.en, key: string) => {
  const own = resources.en[ns] as Record<string, string>;
  const t = translations('en', key in own ? ns : 'forms') as (k: string) => string;
  return t(key);
};

describe.each(screens)('screen: $name', ({ ns, keys, audience, name }) => {
  it('reads at its audience’s level', () => {
    const lines = keys.map((key) => words(ns, key));
    const result = measureSentences(sentencesOfLines(lines), audience);
    expect(result.passes, advice(`${name} (${audience})`, result)).toBe(true);
    for (const line of lines) expect(line).not.toMatch(/\{\{/);
  });
});

it('measures every word a form shows only after someone has started', () => {
  // A form's own words, or the words every form shares (`forms`) when it has none of its own.
  const onScreen = new Set(
    screens.flatMap((s) =>
      s.keys.map((key) => `${key in resources.en[s.ns] ? s.ns : 'forms'}:${key}`),
    ),
  );
  const missing = (Object.keys(resources.en) as (keyof typeof resources.en)[]).flatMap((ns) =>
    Object.keys(resources.en[ns])
      .filter((key) => screenOnly(ns, key))
      .map((key) => `${ns}:${key}`)
      .filter((key) => !onScreen.has(key)),
  );
  expect(missing).toEqual([]);
});

it('holds each page to the level of who reads it', () => {
  expect(audienceOf('/young-people/5-10/ask-for-help/')).toBe('5-10');
  expect(audienceOf('/outside-thames-valley/')).toBe('11-15');
  expect(audienceOf('/18-or-over/')).toBe('16-17');
  expect(audienceOf('/professionals/refer/')).toBe('professionals');
  const pages = measuredPages();
  expect(pages).toContain('/young-people/5-10/what-happens/');
  expect(pages).toContain('/privacy/');
  expect(pages).not.toContain('/young-people/11-15/your-rights/');
  expect(pages.some((p) => p.startsWith('/pl/'))).toBe(false);
});
