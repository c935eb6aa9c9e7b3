// Static site: every page is HTML built ahead of time; only form pages opt in to
// React islands. The site URL is only used for canonical links and the sitemap.
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { securityHeaders } from './src/headers/integration.mjs';
import { providerSettingsIntegration } from './src/content/placeholders/integration.ts';
import { searchIndex } from './src/components/search/index.mjs';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  output: 'static',
  trailingSlash: 'always',
  integrations: [
    react(),
    // Fills the provider's settings into the guides, and warns while any is unconfirmed.
    providerSettingsIntegration(),
    searchIndex(),
    // Last: its rules are drawn from every file the build holds, the search
    // index included, which must not get the pages' headers.
    securityHeaders({ supabaseUrl: process.env.PUBLIC_SUPABASE_URL }),
  ],
  build: {
    format: 'directory',
    // One stylesheet inlined per page: the first round trip carries everything
    // a content page needs, and no request is left to fail on a poor network.
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
});
