// @ts-check
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import rehypeSlug from 'rehype-slug';
import { professionIndex } from './src/build/profession-index.ts';
import { contentPaths } from './src/build/content-paths.ts';
import { designTokensCss } from './src/build/design-tokens-css.ts';
import { readSlugRedirects } from './src/build/slug-history-file.ts';
import { t } from './src/i18n/id.ts';
import { previewImages } from './src/build/integrations/preview-images.ts';
import { redirectsFile } from './src/build/integrations/redirects-file.ts';
import { serviceWorker } from './src/build/integrations/service-worker.ts';
import { sourceWatch } from './src/build/integrations/source-watch.ts';
import { professionCard } from './src/core/preview-card.ts';
import { createRoutes } from './src/core/routes.ts';
import { rehypeExpectationPairs } from './src/markdown/expectation-pairs.ts';
import { rehypeHeadingLinks } from './src/markdown/heading-links.ts';
import { rehypeLinkMentions } from './src/markdown/link-mentions.ts';
import { rehypeSections } from './src/markdown/sections.ts';
import { OTHER_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/core/security/csp.ts';

// The one place of the site's public URL: every absolute URL (canonical, previews, sitemap,
// structured data) derives from it. Set SITE_URL when deploying. A path in it
// (https://user.github.io/peta-profesi/) is the base path every address is served under.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const routes = createRoutes(new URL(site).pathname);
/** A folder path as one file name: "/work/tests/fixture-site/content" → "work-tests-fixture-site-content". */
const slugOf = (/** @type {string} */ path) => path.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
// The titles are part of the config, so adding a profession changes Astro's config digest and
// re-renders every page (Astro caches rendered Markdown until the config changes).
const content = contentPaths();
const cacheKey = [process.env.CONTENT_DIR ? slugOf(content.dir) : '', slugOf(routes.base)].filter(Boolean).join('-');
const professions = professionIndex(content.professions);
const mentionTargets = professions.map(({ title, slug }) => ({
  title,
  href: routes.professionPath(slug),
  printHref: new URL(routes.professionPath(slug), site).href,
}));
// Old addresses of renamed professions (old slug → current slug), from the ingest's slug history.
// Not Astro's `redirects` option: its static pages have no lang, no CSP and no icons, and their
// meta refresh drops the link's #section; the [slug] route renders its own (RedirectPage.astro).
// Only to a profession that has a page, and never from one: the same filter as the [slug] route's.
const liveSlugs = new Set(professions.map(({ slug }) => slug));
const redirects = new Map([...readSlugRedirects(content.slugHistory)].filter(([from, to]) => liveSlugs.has(to) && !liveSlugs.has(from)));

export default defineConfig({
  site,
  base: routes.base,
  // Another content set (CONTENT_DIR, e.g. the tests' fixture site) or base path keeps its own
  // caches, so building both does not throw away each other's rendered Markdown and preview images.
  ...(cacheKey ? { cacheDir: `./node_modules/.astro-content/${cacheKey}` } : {}),
  server: { port: 4321 },
  integrations: [
    // `astro dev`: texts are ingested as they are saved (live preview for writers).
    sourceWatch(content),
    previewImages(professions.map(({ slug, title, summary }) => ({ slug, card: professionCard({ title, summary }) }))),
    redirectsFile(redirects),
    // Last: the worker's version hashes every file the build wrote.
    serviceWorker(),
  ],
  markdown: {
    // Profile text is shown as written: no curly quotes or dashes the writer did not type, and no
    // GitHub-flavoured extensions: the ingest escapes text for CommonMark, so under GFM a writer's
    // "~~" became strikethrough and a bare www.… a link (tests/site/inert-markup.test.ts). Parsing
    // without them is also a quarter faster at a thousand professions.
    smartypants: false,
    gfm: false,
    // Profiles have no code: no highlighter to load (Shiki's start-up is most of a second).
    syntaxHighlight: false,
    rehypePlugins: [
      // rehype-slug is the one source of heading ids; Astro keeps ids that already exist.
      rehypeSlug,
      [rehypeExpectationPairs, { expectationLabel: t.expectationLabel, realityLabel: t.realityLabel }],
      [rehypeHeadingLinks, { label: t.sectionLink }],
      [rehypeLinkMentions, { targets: mentionTargets, selfHref: (/** @type {any} */ fm) => (fm.slug ? routes.professionPath(fm.slug) : undefined) }],
      // Last, so the sections it records for pages and the comparison data are the page's own HTML.
      rehypeSections,
    ],
  },
  // Scripts and styles stay files, never inlined: the same policy then works as a <meta> tag and
  // as the header in public/_headers, which cannot know the hashes of inline code.
  build: { inlineStylesheets: 'never' },
  vite: { plugins: [designTokensCss(), tailwindcss()], build: { assetsInlineLimit: 0 } },
  experimental: {
    // A strict Content-Security-Policy in every page's <meta>; see src/core/security/csp.ts.
    csp: {
      directives: [...OTHER_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
});
