// @ts-check
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import rehypeSlug from 'rehype-slug';
import { professionTitles } from './scripts/support/profession-titles.ts';
import { t } from './src/i18n/id.ts';
import rehypeExpectationPairs from './src/lib/rehype-expectation-pairs.ts';
import { rehypeHeadingLinks } from './src/lib/rehype/heading-links.ts';
import { rehypeLinkMentions } from './src/lib/rehype/link-mentions.ts';
import { OTHER_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/security/csp.ts';

// The one place of the site's public URL: every absolute URL (canonical, previews, sitemap,
// structured data) derives from it. Set SITE_URL when deploying.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const professionPage = (/** @type {unknown} */ slug) => `/profesi/${slug}/`;
// The titles are part of the config, so adding a profession changes Astro's config digest and
// re-renders every page (Astro caches rendered Markdown until the config changes).
const mentionTargets = professionTitles('./content/professions').map(({ title, slug }) => ({
  title,
  href: professionPage(slug),
  printHref: new URL(professionPage(slug), site).href,
}));

export default defineConfig({
  site,
  server: { port: 4321 },
  markdown: {
    // Profile text is shown as written: no curly quotes or dashes the writer did not type.
    smartypants: false,
    rehypePlugins: [
      // rehype-slug is the one source of heading ids; Astro keeps ids that already exist.
      rehypeSlug,
      [rehypeExpectationPairs, { expectationLabel: t.expectationLabel, realityLabel: t.realityLabel }],
      [rehypeHeadingLinks, { label: t.sectionLink }],
      [rehypeLinkMentions, { targets: mentionTargets, selfHref: (/** @type {any} */ fm) => (fm.slug ? professionPage(fm.slug) : undefined) }],
    ],
  },
  // Scripts and styles stay files, never inlined: the same policy then works as a <meta> tag and
  // as the header in public/_headers, which cannot know the hashes of inline code.
  // Two pages at a time: while one waits on sharp (native threads) for its preview image, the other
  // renders (measured: 16 s instead of 19 s for 100 professions; 4 is no faster on two cores).
  build: { inlineStylesheets: 'never', concurrency: 2 },
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
