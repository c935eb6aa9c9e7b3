// The editors' list of pages that depend on each setting comes from reading the
// site: it finds the strings' pages, the pages every frame shows, and a guide
// the moment its Markdown uses a placeholder.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allPages } from '../../lib/routes';
import { settingUsage } from './usage';

const english = allPages().filter((p) => !/^\/(pl|ur)\//.test(p));

describe('which pages depend on each setting', () => {
  const usage = settingUsage();

  it('finds the pages showing a string with the placeholder, and only pages that exist', () => {
    const { pages, strings } = usage.contactTime;
    for (const page of [
      '/parents/',
      '/professionals/',
      '/young-people/11-15/what-happens/',
      '/young-people/16-17/what-happens/',
      '/parents/ask-for-help/',
      '/professionals/refer/',
      '/young-people/11-15/ask-for-help/',
    ])
      expect(pages).toContain(page);
    expect(pages).not.toContain('/privacy/');
    expect(pages).not.toContain('/young-people/11-15/feedback/');
    for (const page of pages) expect(english).toContain(page);
    expect(strings.map((s) => `${s.ns}:${s.key}`)).toEqual(
      expect.arrayContaining(['content:parents.next2', 'referral:done.next.self']),
    );
  });

  it('counts every page for the phone line every page shows', () => {
    expect(usage.phone.pages).toEqual([...english].sort());
    expect(usage.interpreter.pages).toEqual([...english].sort());
  });

  it('finds a guide that uses a placeholder, in its body or in its description', () => {
    const guide = readFileSync(new URL('./fixtures/guide.md', import.meta.url), 'utf8');
    const described = guide.replace(/^description: .*$/m, 'description: "Help {{contactTime}}."');
    const found = settingUsage({
      '/src/content/guides/en/11-15/after-you-ask.md': guide,
      '/src/content/guides/en/parents/after-you-ask.md': described,
    });
    expect(found.supportContinues.pages).toEqual([
      '/parents/after-you-ask/',
      '/young-people/11-15/after-you-ask/',
    ]);
    expect(found.supportContinues.guides).toEqual([
      'en/11-15/after-you-ask.md',
      'en/parents/after-you-ask.md',
    ]);
    expect(found.contactTime.pages).toContain('/parents/');
    expect(found.contactTime.pages).not.toContain('/young-people/11-15/');
  });
});
