// @ts-check
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import rehypeSlug from 'rehype-slug';
import { OTHER_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/security/csp';

export default defineConfig({
  // Every absolute URL derives from this; set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  server: { port: 4321 },
  markdown: {
    // rehype-slug is the one source of heading ids; Astro keeps ids that already exist.
    rehypePlugins: [rehypeSlug],
  },
  // Scripts and styles stay files, never inlined: the same policy then works as a <meta> tag and
  // as the header in public/_headers, which cannot know the hashes of inline code.
  build: { inlineStylesheets: 'never' },
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  experimental: {
    // A strict Content-Security-Policy in every page's <meta>; see src/lib/security/csp.ts.
    csp: {
      directives: [...OTHER_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
});
