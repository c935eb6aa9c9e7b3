// The search index, built from the finished pages once the site is built (as
// Pagefind does, without its WebAssembly): for each language, every page in the
// sitemap with its title, a short excerpt, its audience and its words, sorted
// into tiers by where they appear. Written beside each search page as
// index.json, and fetched from there only when someone starts to search.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { words } from './words.mjs';

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Text of some HTML: tags gone, entities decoded, spaces collapsed. @param {string} html */
export function text(html) {
  return html
    .replace(/<(script|style|svg|template)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x?[0-9a-f]+|\w+);/gi, (whole, code) =>
      code[0] === '#'
        ? String.fromCodePoint(
            code[1] === 'x' || code[1] === 'X'
              ? parseInt(code.slice(2), 16)
              : Number(code.slice(1)),
          )
        : (ENTITIES[/** @type {keyof typeof ENTITIES} */ (code)] ?? whole),
    )
    .replace(/\s+/g, ' ')
    .trim();
}

const all = (html, tag) =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) =>
    text(m[1] ?? ''),
  );

/** Whose page it is, from its address: a band, parents, professionals or everyone (''). */
export const audienceOf = (path) =>
  /^(?:\/(?:pl|ur))?\/(?:young-people\/(5-10|11-15|16-17)|(parents|professionals))\//
    .exec(path)
    ?.slice(1)
    .find(Boolean) ?? '';

/** One page's row: path, title, excerpt, audience, then its words in four tiers. */
export function pageRow(path, html) {
  const main = /<main\b[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '';
  const title = all(main, 'h1')[0] ?? '';
  const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
  const excerpt = description ? text(description) : (all(main, 'p')[0] ?? '').slice(0, 200);
  const counts = new Map();
  for (const word of words(text(main))) counts.set(word, (counts.get(word) ?? 0) + 1);
  const taken = new Set();
  const tier = (list) => {
    const fresh = [...new Set(list)].filter((w) => !taken.has(w)).sort();
    for (const w of fresh) taken.add(w);
    return fresh.join(' ');
  };
  const heads = [excerpt, ...all(main, 'h2'), ...all(main, 'h3')].join(' ');
  return [
    path,
    title,
    excerpt,
    audienceOf(path),
    tier(words(title)),
    tier(words(heads)),
    tier([...counts].filter(([, n]) => n >= 3).map(([w]) => w)),
    tier([...counts.keys()]),
  ];
}

const localeOf = (path) => /^\/(pl|ur)\//.exec(path)?.[1] ?? 'en';
const searchPath = (locale) => (locale === 'en' ? '/search/' : `/${locale}/search/`);

/** Builds every language's index from a built site. */
export function buildIndexes(dist, root) {
  const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (m) => new URL(/** @type {string} */ (m[1])).pathname,
  );
  const sizes = {};
  for (const locale of ['en', 'pl', 'ur']) {
    const common = JSON.parse(
      readFileSync(join(root, 'src', 'i18n', 'locales', locale, 'common.json'), 'utf8'),
    );
    const labels = Object.fromEntries(
      ['5-10', '11-15', '16-17', 'parents', 'professionals'].map((a) => [
        a,
        common[`audience.${a}`],
      ]),
    );
    const pages = paths
      .filter((p) => localeOf(p) === locale && p !== searchPath(locale))
      .map((p) => pageRow(p, readFileSync(join(dist, p, 'index.html'), 'utf8')));
    const json = JSON.stringify({ labels, pages });
    writeFileSync(join(dist, searchPath(locale), 'index.json'), json);
    sizes[locale] = json.length;
  }
  return sizes;
}

export function searchIndex() {
  let root = '';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const sizes = buildIndexes(fileURLToPath(dir), root);
        logger.info(`search index written: ${JSON.stringify(sizes)} characters`);
      },
    },
  };
}
