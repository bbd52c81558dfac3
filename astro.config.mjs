// @ts-check
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import rehypeSlug from 'rehype-slug';
import { t } from './src/i18n/id';
import rehypeExpectationPairs from './src/lib/rehype-expectation-pairs';

export default defineConfig({
  // Every absolute URL derives from this; set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  server: { port: 4321 },
  markdown: {
    // rehype-slug is the one source of heading ids; Astro keeps ids that already exist.
    rehypePlugins: [
      rehypeSlug,
      [rehypeExpectationPairs, { expectationLabel: t.expectationLabel, realityLabel: t.realityLabel }],
    ],
  },
  vite: { plugins: [tailwindcss()] },
});
