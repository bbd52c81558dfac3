/**
 * Every address of the site under its base path: src/core/routes.ts bound to Astro's `base`
 * (astro.config.mjs, from the path of SITE_URL). Pages, components and browser scripts import
 * addresses from here; Vite writes the base into the bundles at build time, so browser scripts
 * know it without an inline script.
 */
import { createRoutes } from './core/routes';

export { PREVIEW_IMAGE_ROUTE, previewImageFile, SEARCH_PARAM, withHighlight } from './core/routes';

/** The site's routes, under the base path it is built for ("/" unless SITE_URL has a path). */
export const routes = createRoutes(import.meta.env.BASE_URL);

/** Each address of `routes` by name (documented on `Routes` in src/core/routes.ts). */
export const {
  sitePath,
  homePath,
  searchPath,
  comparePath,
  professionPath,
  isProfessionPath,
  previewImagePath,
  professionDataPath,
  sitePreviewImagePath,
  faviconPath,
  iconPath,
  manifestPath,
  sitemapPath,
  pagefindPath,
  wordDataPath,
  offlinePath,
  serviceWorkerPath,
  bundledAssetsPath,
} = routes;
