// The provider's settings in the build: the guides' placeholders are filled in as
// their Markdown is rendered, and a production build says, loudly, which
// promises the provider has not confirmed yet (the pages show a safe wording
// meanwhile, so the build still succeeds and the tests still pass).
import { createHash } from 'node:crypto';
import type { AstroIntegration } from 'astro';
import { providerSettings, unconfirmed } from '../../lib/provider-settings';
import { placeholdersPlugin, pluginName } from './markdown';

/** The warning, one line per setting: what to ask the provider. */
export function unconfirmedWarning(): string | undefined {
  const waiting = unconfirmed();
  if (waiting.length === 0) return undefined;
  return [
    `${waiting.length} of the provider's settings are not confirmed yet; pages show a safe wording instead:`,
    ...waiting.map((name) => {
      const status = providerSettings[name].status;
      return `  - ${name}: ${'waiting' in status ? status.waiting.ask : ''}`;
    }),
    'Confirm them in src/lib/provider-settings.ts (src/content/guides/README.md); /editors/settings/ lists the pages each one is on.',
  ].join('\n');
}

export function providerSettingsIntegration(): AstroIntegration {
  const version = createHash('sha256')
    .update(JSON.stringify(providerSettings))
    .digest('hex')
    .slice(0, 12);
  return {
    name: 'provider-settings',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const processor = config.markdown.processor as {
          name: string;
          options: { mdastPlugins?: unknown[] };
        };
        if (processor.name !== 'satteri' || !Array.isArray(processor.options.mdastPlugins))
          throw new Error(
            `provider-settings: the guides' placeholders need Astro's Sätteri Markdown processor, not "${processor.name}"`,
          );
        // A restarted dev server runs this again: one copy of the plugin, the newest.
        processor.options.mdastPlugins = processor.options.mdastPlugins.filter(
          (plugin) => !(plugin as { name?: string }).name?.startsWith(pluginName),
        );
        processor.options.mdastPlugins.push(placeholdersPlugin(version));
      },
      'astro:build:done': ({ logger }) => {
        const warning = unconfirmedWarning();
        if (warning) logger.warn(warning);
      },
    },
  };
}
