/**
 * Writes dist/sw.js, the service worker for offline reading: src/client/service-worker.ts bundled
 * with esbuild and given its plan (src/core/offline/plan.ts): the shell's addresses from the routes
 * module, every fingerprinted file Astro wrote, and a version hashed from the whole build, so each
 * deploy that changes anything is a new worker that browsers install on the reader's next visit.
 * Pagefind runs after `astro build`, so its files are named at install time by its entry file.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { SLUG_MARK, type OfflinePlan } from '../../core/offline/plan';
import { createRoutes, type Routes } from '../../core/routes';
import { WORD_DATA_LETTERS } from '../../core/search/word-data';
import { ICON_SIZES } from '../../core/seo/icons';
import { installedVersion } from '../installed-version';

const WORKER_SOURCE = fileURLToPath(new URL('../../client/service-worker.ts', import.meta.url));
// Preview images are for link previews, never shown on a page: neither kept nor part of the version.
// Pagefind's folder is written after this hook (it indexes these pages, so it changes only with them),
// and leaving it out lets anyone recompute the version from the finished build.
const NOT_HASHED = /^(og\/|pagefind\/|sw\.js$)/;

/** Returns every file below `dir`, as paths relative to it with "/" separators, sorted. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join(posix.sep))
    .sort();
}

/** Returns the worker's plan for the build in `dir` served with `routes`; the version hashes every file and Pagefind's version. */
export function offlinePlan(dir: string, routes: Routes = createRoutes()): OfflinePlan {
  const {
    bundledAssetsPath,
    homePath,
    searchPath,
    comparePath,
    offlinePath,
    faviconPath,
    iconPath,
    manifestPath,
    pagefindPath,
    professionPath,
    professionDataPath,
    wordDataPath,
  } = routes;
  const files = filesBelow(dir);
  const hash = createHash('sha256').update(`pagefind ${installedVersion('pagefind')}\n`);
  for (const file of files.filter((f) => !NOT_HASHED.test(f))) hash.update(`${file}\n`).update(readFileSync(`${dir}/${file}`));
  const assetsFolder = bundledAssetsPath();
  return {
    version: hash.digest('hex').slice(0, 16),
    // The word-form and English-term files are small (26 of them, under half a kilobyte each
    // compressed): kept with the shell, a search offline still knows the other forms of its words.
    shell: [
      homePath(),
      searchPath(),
      comparePath(),
      offlinePath(),
      faviconPath(),
      ...ICON_SIZES.map(iconPath),
      manifestPath(),
      ...WORD_DATA_LETTERS.map(wordDataPath),
    ],
    assets: files.filter((f) => f.startsWith('_astro/')).map((f) => assetsFolder + f.slice('_astro/'.length)),
    assetsFolder,
    pagefindFolder: pagefindPath(),
    offlinePage: offlinePath(),
    professionPage: professionPath(SLUG_MARK),
    professionData: professionDataPath(SLUG_MARK),
  };
}

/** Returns the worker's source for this plan: the bundled, minified worker. */
export async function serviceWorkerSource(plan: OfflinePlan): Promise<string> {
  const result = await build({
    entryPoints: [WORKER_SOURCE],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    define: { __OFFLINE_PLAN__: JSON.stringify(plan) },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** The integration: after the build, writes the worker beside the pages. */
export function serviceWorker(): AstroIntegration {
  let routes = createRoutes();
  return {
    name: 'peta-profesi:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        routes = createRoutes(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir).replace(/\/$/, '');
        // Files do not carry the base path: the host serves the output folder under it.
        const file = routes.serviceWorkerPath().slice(routes.homePath().length);
        const plan = offlinePlan(out, routes);
        const source = await serviceWorkerSource(plan);
        writeFileSync(`${out}/${file}`, source);
        logger.info(`${file}: ${source.length} bytes, ${plan.shell.length + plan.assets.length} files kept on install, version ${plan.version}`);
      },
    },
  };
}
