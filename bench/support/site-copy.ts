/**
 * A throw-away copy of the site for benchmarks: its own content folder and caches, so a build there
 * starts cold and leaves the working tree's dist/, content cache and preview images alone.
 */
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { childEnv } from './child-env';

/**
 * Copies the site's code from `root` into `site` (dependencies shared through a link) with a config
 * that keeps its Astro cache in the copy. Returns the environment that points the ingest and the
 * build at `site/content`, whose `sources/` the caller fills.
 */
export function copySite(root: string, site: string): NodeJS.ProcessEnv {
  mkdirSync(join(site, 'content/sources'), { recursive: true });
  mkdirSync(join(site, 'content/professions'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(site, 'node_modules'));
  for (const entry of ['src', 'public', 'package.json', 'tsconfig.json']) cpSync(join(root, entry), join(site, entry), { recursive: true });
  writeFileSync(
    join(site, 'astro.config.mjs'),
    `import config from ${JSON.stringify(join(root, 'astro.config.mjs'))};\nexport default { ...config, cacheDir: './.astro-cache' };\n`,
  );
  // The config is imported from `root`, so without CONTENT_DIR it would read root's content/.
  return childEnv({ CONTENT_DIR: join(site, 'content') });
}
