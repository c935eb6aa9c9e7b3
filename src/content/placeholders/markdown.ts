// The guides' placeholders (`{{contactTime}}`, `{{phone}}`, …) filled in from the
// provider's settings while Astro renders the Markdown: a Sätteri mdast plugin,
// Astro's Markdown processor's counterpart of a remark plugin. It reads text and
// link addresses only, so a placeholder in code stays as written. An unknown
// placeholder stops the build with the guide's file name.
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { isolateNumbers } from '../../i18n/bidi';
import { localeInfo, locales, type Locale } from '../../i18n/locales';
import { fill } from '../../lib/provider-settings';

function localeOf(ctx: MdastVisitorContext): Locale {
  const data = ctx.data as { astro?: { frontmatter?: { locale?: unknown } } };
  const fromFrontMatter = data.astro?.frontmatter?.locale;
  const fromPath = ctx.fileURL && /\/guides\/([a-z]{2})\//.exec(ctx.fileURL.pathname)?.[1];
  const locale = typeof fromFrontMatter === 'string' ? fromFrontMatter : fromPath;
  if (!locales.includes(locale as Locale))
    throw new Error(`${where(ctx)}: placeholders need the page's locale in its front matter`);
  return locale as Locale;
}

const where = (ctx: MdastVisitorContext) => ctx.fileURL?.pathname ?? 'a Markdown page';

function filled(text: string, ctx: MdastVisitorContext): string {
  const locale = localeOf(ctx);
  // In right-to-left text a phone number's digit groups would swap places.
  const shape = localeInfo[locale].dir === 'rtl' ? isolateNumbers : undefined;
  return fill(text, locale, where(ctx), shape);
}

export const pluginName = 'provider-settings-placeholders';

/**
 * `version` goes into the plugin's name, which Astro hashes with its config:
 * when a setting changes, guides rendered with the old value are not reused.
 */
export function placeholdersPlugin(version: string): MdastPluginDefinition {
  return {
    name: `${pluginName}-${version}`,
    text(node, ctx) {
      if (node.value.includes('{{')) ctx.setProperty(node, 'value', filled(node.value, ctx));
    },
    link(node, ctx) {
      if (node.url.includes('{{')) {
        // A link address must not carry the bidi marks a right-to-left text needs.
        ctx.setProperty(node, 'url', fill(node.url, localeOf(ctx), where(ctx)));
      }
    },
  };
}
