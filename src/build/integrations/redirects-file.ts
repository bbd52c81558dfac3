/**
 * Writes dist/_redirects for static hosts that read it (Netlify, Cloudflare Pages): one
 * `/profesi/<old>/ /profesi/<new>/ 301` line per old address of a renamed profession, from the
 * content set's slug history. An HTTP 301 keeps the link's #section by itself. The build's own
 * page at each old address (src/components/RedirectPage.astro) serves hosts that do not read it.
 * A `_redirects` in public/ is kept: these lines come after its own.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { createRoutes, type Routes } from '../../core/routes';

/** Returns the `_redirects` lines of old slug → current slug, both under the site's base path. */
export function redirectLines(redirects: ReadonlyMap<string, string>, routes: Pick<Routes, 'professionPath'> = createRoutes()): string[] {
  return [...redirects].map(([from, to]) => `${routes.professionPath(from)} ${routes.professionPath(to)} 301`);
}

/** The integration; `redirects` maps each old slug to the current one. */
export function redirectsFile(redirects: ReadonlyMap<string, string>): AstroIntegration {
  let routes = createRoutes();
  return {
    name: 'peta-profesi:redirects-file',
    hooks: {
      'astro:config:done': ({ config }) => {
        routes = createRoutes(config.base);
      },
      'astro:build:done': ({ dir }) => {
        const file = new URL('_redirects', dir);
        const own = existsSync(file) ? readFileSync(file, 'utf8').replace(/\n*$/, '\n\n') : '';
        const header = '# Old addresses of renamed professions (slug-history.json of the content set, kept by the ingest).';
        writeFileSync(file, `${own}${[header, ...redirectLines(redirects, routes)].join('\n')}\n`);
      },
    },
  };
}
