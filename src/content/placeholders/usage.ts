// Which pages depend on each of the provider's settings, found by reading the
// site's own files, never from a list someone keeps: the guides whose Markdown
// has the placeholder, the strings that have it and the pages that show those
// strings, and the components that read a setting directly (the phone line on
// every page). The pages are the English ones; each has a Polish and an Urdu twin.
import { resources } from '../../i18n/resources';
import { guidePath, type GuideAudience } from '../../lib/guides';
import { allPages } from '../../lib/routes';
import {
  placeholderNames,
  placeholderPattern,
  providerSettings,
  settingOf,
  type SettingName,
} from '../../lib/provider-settings';

const sources = import.meta.glob<string>(
  ['/src/**/*.{astro,ts,tsx,mjs}', '!/src/**/*.{test,spec}.ts', '!/src/content/placeholders/**'],
  { query: '?raw', import: 'default', eager: true },
);
const guides = import.meta.glob<string>('/src/content/guides/*/*/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const namesIn = (text: string) => [...text.matchAll(placeholderPattern)].map((m) => m[1] ?? '');

/** Where a relative import points, among the files read. */
function resolve(from: string, spec: string): string | undefined {
  const base = new URL(spec, `file://${from}`).pathname;
  return ['', '.ts', '.tsx', '.astro', '.mjs', '/index.ts']
    .map((ext) => base + ext)
    .find((path) => path in sources);
}

/** Who imports each file (statically or on demand). */
const importers = new Map<string, string[]>();
for (const [path, text] of Object.entries(sources)) {
  for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)'(\.[^']+)'/g)) {
    const target = resolve(path, m[1] ?? '');
    if (target) importers.set(target, [...(importers.get(target) ?? []), path]);
  }
}

const english = allPages().filter((page) => !/^\/(pl|ur)\//.test(page));

/** The English pages a page file builds: `[band]` and `[topic]` stand for any. */
function pagesOfFile(path: string): string[] {
  if (!/^\/src\/pages\/\[\.\.\.lang\]\/.*index\.astro$/.test(path)) return [];
  const route = path
    .replace(/^\/src\/pages\/\[\.\.\.lang\]/, '')
    .replace(/index\.astro$/, '')
    .replace(/[.*+?^${}()|\\]/g, '\\$&')
    .replace(/\\?\[[\w.]+\\?\]/g, '[^/]+');
  return english.filter((page) => new RegExp(`^${route}$`).test(page));
}

/** Every page a file ends up on, through whatever imports it. */
function pagesReached(path: string): string[] {
  const seen = new Set<string>();
  const todo = [path];
  const pages = new Set<string>();
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const page of pagesOfFile(file)) pages.add(page);
    todo.push(...(importers.get(file) ?? []));
  }
  return [...pages];
}

/** A string literal or template in code, as a pattern a key can match. */
function literals(text: string): RegExp[] {
  return [...text.matchAll(/'([\w.${}-]+\.[\w.${}-]+)'|`([\w.${}\s()?:'!=-]+\.[^`]*)`/g)].map(
    (m) => {
      const parts = (m[1] ?? m[2] ?? '').split(/\$\{[^}]*\}/);
      const escaped = parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      return new RegExp(`^${escaped.join('[\\w.-]+')}$`);
    },
  );
}

/**
 * The files that show a string: an island is handed its whole namespace (or, on
 * a referral's first screen, the `start.` words), a page looks its keys up.
 * island-messages.ts only hands words on, so it is the pages calling it that count.
 */
function filesShowing(ns: string, key: string): string[] {
  return Object.entries(sources)
    .filter(([path, text]) => {
      if (path === '/src/islands/island-messages.ts') return false;
      const whole =
        new RegExp(`islandMessages\\([^)]*'${ns}'\\)`).test(text) ||
        text.includes(`/${ns}-words.json`);
      const start =
        ns === 'referral' && key.startsWith('start.') && /referralStartMessages\(/.test(text);
      const looked =
        new RegExp(`translations\\([^)]*'${ns}'\\)`).test(text) &&
        literals(text).some((pattern) => pattern.test(key));
      return whole || start || looked;
    })
    .map(([path]) => path);
}

/** Code without its comments (whole-line, as this code base writes them). */
const withoutComments = (text: string) =>
  text
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line))
    .join('\n');

export interface Usage {
  pages: string[];
  strings: { ns: string; key: string; text: string }[];
  guides: string[];
}

/** `guideFiles`: the guides' Markdown by path (all of them unless a test gives others). */
export function settingUsage(
  guideFiles: Record<string, string> = guides,
): Record<SettingName, Usage> {
  const usage = Object.fromEntries(
    (Object.keys(providerSettings) as SettingName[]).map((name) => [
      name,
      { pages: new Set<string>(), strings: [] as Usage['strings'], guides: new Set<string>() },
    ]),
  ) as Record<SettingName, { pages: Set<string>; strings: Usage['strings']; guides: Set<string> }>;

  for (const [path, text] of Object.entries(guideFiles)) {
    const [, , audience, topic] = /guides\/(\w+)\/([\w-]+)\/([\w-]+)\.md$/.exec(path) ?? [];
    if (!audience || !topic) continue;
    const page = guidePath(audience as GuideAudience, topic);
    const description = /^description:(.*)$/m.exec(text)?.[1] ?? '';
    const home = english.find(
      (p) => page.startsWith(p) && p.split('/').length === page.split('/').length - 1,
    );
    for (const name of namesIn(text)) {
      const entry = usage[settingOf(name)];
      if (!entry) continue;
      entry.pages.add(page);
      entry.guides.add(path.replace(/^\/src\/content\/guides\//, ''));
      if (description.includes(`{{${name}}}`) && home) entry.pages.add(home);
    }
  }

  for (const [ns, words] of Object.entries(resources.en)) {
    for (const [key, text] of Object.entries(words as Record<string, string>)) {
      const names = namesIn(text).filter((name) => placeholderNames.includes(name));
      if (names.length === 0) continue;
      const pages = filesShowing(ns, key).flatMap(pagesReached);
      for (const name of names) {
        const entry = usage[settingOf(name)];
        entry.strings.push({ ns, key, text });
        for (const page of pages) entry.pages.add(page);
      }
    }
  }

  for (const [path, text] of Object.entries(sources)) {
    if (!/from '[./]*lib\/provider-settings'/.test(text) || path.endsWith('provider-settings.ts'))
      continue;
    const code = withoutComments(text);
    for (const name of Object.keys(providerSettings) as SettingName[]) {
      if (new RegExp(`\\b${name}\\b`).test(code))
        for (const page of pagesReached(path)) usage[name].pages.add(page);
    }
  }

  return Object.fromEntries(
    Object.entries(usage).map(([name, u]) => [
      name,
      {
        pages: [...u.pages].sort(),
        strings: u.strings,
        guides: [...u.guides].sort(),
      },
    ]),
  ) as Record<SettingName, Usage>;
}
