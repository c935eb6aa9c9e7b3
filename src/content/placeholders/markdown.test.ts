// The placeholder plugin on a guide, rendered the way Astro renders the guides
// (its Sätteri processor, given the front matter and the file's address).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { satteri } from '@astrojs/markdown-satteri';
import { placeholderValues, providerSettings } from '../../lib/provider-settings';
import { placeholdersPlugin } from './markdown';

const fixture = new URL('./fixtures/guide.md', import.meta.url);

async function render(markdown: string, frontmatter: Record<string, unknown>, fileURL?: URL) {
  const processor = satteri({ mdastPlugins: [placeholdersPlugin('test')] });
  const renderer = await processor.createRenderer({});
  const body = markdown.replace(/^---[\s\S]*?---\n/, '');
  return (await renderer.render(body, { frontmatter, fileURL })).code;
}

const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

describe('the placeholders plugin', () => {
  it('fills every placeholder of a guide with the settings, in text, emphasis and links', async () => {
    const html = await render(readFileSync(fixture, 'utf8'), { locale: 'en' }, fixture);
    const en = placeholderValues('en');
    expect(html).toContain(`contact you ${en.contactTime}.`);
    expect(html).toContain(`<strong>${escaped(en.phone!)}</strong>`);
    expect(html).toContain(`(${en.phoneHours})`);
    expect(html).toContain(
      `<a href="${providerSettings.phone.href}">call ${escaped(en.phone!)}</a>`,
    );
    expect(html).toContain(escaped(`${en.supportContinues} ${en.interpreter}`));
    expect(html).toContain('<code>{{contactTime}}</code>');
    expect(html.replace(/<code>[^<]*<\/code>/g, '')).not.toContain('{{');
  });

  it('uses the page’s language, and keeps a number in dialling order in Urdu', async () => {
    const pl = await render('Zadzwoń: {{phone}}, {{contactTime}}.', { locale: 'pl' });
    expect(pl).toContain(
      `${placeholderValues('pl').phone}, ${placeholderValues('pl').contactTime}`,
    );
    const ur = await render('{{phone}}', { locale: 'ur' });
    expect(ur).toContain(`\u2066${providerSettings.phone.number}\u2069`);
  });

  it('takes the language from the file’s folder when the front matter has none', async () => {
    const file = new URL('file:///site/src/content/guides/pl/parents/x.md');
    expect(await render('{{contactTime}}', {}, file)).toContain(
      placeholderValues('pl').contactTime,
    );
  });

  it('stops on a placeholder it does not know, naming the file', async () => {
    const file = new URL('file:///site/src/content/guides/en/11-15/x.md');
    await expect(render('Call us {{openingTimes}}.', { locale: 'en' }, file)).rejects.toThrow(
      /guides\/en\/11-15\/x\.md: unknown placeholder \{\{openingTimes\}\}/,
    );
  });
});
