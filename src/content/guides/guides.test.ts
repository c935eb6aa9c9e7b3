// The guides, before any page is built: every topic in every language, front
// matter that says the same thing in each, sources for the English, only
// placeholders the provider's settings fill, and every English page and its
// line in the list of guides as easy to read as its audience needs, with the
// settings filled in as readers see them (the sentences to rework are listed
// when one is not).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales } from '../../i18n/locales';
import { guideAudiences, guideTopics } from '../../lib/guides';
import { fill } from '../../lib/provider-settings';
import { measure, measureSentences, sentencesOfLines } from '../readability/readability.mjs';

const dir = new URL('./', import.meta.url);
const file = (locale: string, audience: string, topic: string) =>
  new URL(`${locale}/${audience}/${topic}.md`, dir);

function frontMatter(text: string): Record<string, string> {
  const block = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  return Object.fromEntries(
    block
      .split('\n')
      .map((line) => /^(\w+):\s*"?(.*?)"?\s*$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!, m[2]!]),
  );
}

const pages = guideAudiences.flatMap((audience) =>
  guideTopics[audience].map((topic) => [audience, topic] as const),
);

describe.each(pages)('guide %s/%s', (audience, topic) => {
  it.each(locales)('exists in %s, and says which page it is', (locale) => {
    const path = file(locale, audience, topic);
    expect(existsSync(path), `missing: src/content/guides/${locale}/${audience}/${topic}.md`).toBe(
      true,
    );
    const fm = frontMatter(readFileSync(path, 'utf8'));
    expect(fm).toMatchObject({ audience, topic, locale });
    const english = frontMatter(readFileSync(file('en', audience, topic), 'utf8'));
    expect(fm.order, 'the same order in every language').toBe(english.order);
  });

  it('in English, names a source for what it says about law or procedure, or says nothing of them', () => {
    const text = readFileSync(file('en', audience, topic), 'utf8');
    const sources = [...text.matchAll(/^\s+source:\s*"?(.+?)"?\s*$/gm)].map((m) => m[1]);
    const claims = [...text.matchAll(/^\s+- claim:/gm)];
    expect(sources.length).toBe(claims.length);
    for (const source of sources) expect(source!.length).toBeGreaterThan(10);
  });

  it.each(locales)('in %s, uses only placeholders the settings fill', (locale) => {
    const path = `${locale}/${audience}/${topic}.md`;
    expect(() =>
      fill(readFileSync(file(locale, audience, topic), 'utf8'), locale, path),
    ).not.toThrow();
  });

  it(`in English, reads at its audience's level`, () => {
    const result = measure(fill(readFileSync(file('en', audience, topic), 'utf8'), 'en'), audience);
    const advice = [
      `reading ease ${result.ease}, target ${result.target.ease} or more (${result.target.label})`,
      ...result.long.map((s: string) => `too long: ${s}`),
    ].join('\n');
    expect(result.passes, advice).toBe(true);
    expect(result.sentences).toBeGreaterThan(5);
  });

  it(`in English, has a description short enough for its audience's list of guides`, () => {
    const description = fill(
      frontMatter(readFileSync(file('en', audience, topic), 'utf8')).description ?? '',
      'en',
    );
    const result = measureSentences(sentencesOfLines([description]), audience);
    expect(result.long, `too long for ${audience}: ${description}`).toEqual([]);
    expect(description.length).toBeGreaterThan(10);
  });
});

it('has no guide file that no route serves', () => {
  const served = new Set(pages.map(([a, t]) => `${a}/${t}.md`));
  for (const locale of locales) {
    for (const audience of readdirSync(new URL(`${locale}/`, dir))) {
      for (const name of readdirSync(new URL(`${locale}/${audience}/`, dir)))
        expect(served, `${locale}/${audience}/${name}`).toContain(`${audience}/${name}`);
    }
  }
});
