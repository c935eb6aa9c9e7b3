// Lint rules for the whole project (`npm run lint`, part of `npm test`): the
// recommended sets for JavaScript, TypeScript, React, React hooks, Astro, and
// accessibility in JSX and Astro templates. Kept under tests/ so the top level
// holds only what the portal is made of; run it with --config.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

// The plugin's types index its flat configs by any name; these two it always has.
const reactFlat =
  /** @type {Record<'recommended' | 'jsx-runtime', (typeof react.configs.flat)[string]>} */ (
    react.configs.flat
  );

export default tseslint.config(
  {
    ignores: ['dist/', '.astro/', '.data/', 'node_modules/', 'test-results/', 'playwright-report/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,ts,tsx}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/**/*.tsx'],
    ...reactFlat.recommended,
    ...reactFlat['jsx-runtime'],
    rules: { ...reactFlat.recommended.rules, ...reactFlat['jsx-runtime'].rules },
    settings: { react: { version: 'detect' } },
  },
  { files: ['src/**/*.{ts,tsx}'], ...reactHooks.configs.flat['recommended-latest'] },
  // Astro's accessibility set is jsx-a11y's recommended rules, registered for every
  // file; the islands take the same rules from it.
  astro.configs['flat/jsx-a11y-recommended'],
  { files: ['src/**/*.tsx'], rules: jsxA11y.flatConfigs.recommended.rules },
  {
    rules: {
      // `_name` marks an argument a signature needs but the body does not use.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
);
