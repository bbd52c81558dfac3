/** ESLint's rules: the recommended sets of ESLint, typescript-eslint and eslint-plugin-astro. */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Generated or copied files (ESLint does not read .gitignore, so its folders are named here too).
  {
    ignores: [
      'dist/',
      'tests/fixture-site/dist/',
      'tests/fixture-site/dist-sub/',
      '.astro/',
      'content/',
      'tests/fixture-site/content/',
      'test-results/',
      'screenshots/',
      '.scratch/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    rules: {
      // `const { pieces: _pieces, ...profile } = …` is how the code leaves a key out of an object.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  // Browser scripts, bundled by Astro (an .astro file's <script> gets browser globals from eslint-plugin-astro).
  { files: ['src/client/**'], languageOptions: { globals: globals.browser } },
  // Node: build code, CLI entry points, measuring, tests and config files.
  { files: ['src/build/**', 'scripts/**', 'bench/**', 'tests/**', '*.mjs'], languageOptions: { globals: globals.node } },
  // Browser tests pass callbacks to page.evaluate, which run in the page.
  { files: ['tests/**'], languageOptions: { globals: globals.browser } },
);
