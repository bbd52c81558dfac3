/**
 * The preview image of every profession, `/og/<slug>.png`. In `astro build` the images are rendered
 * in child processes (../preview-image/pool.ts) from the moment the config is done, beside Astro's
 * content sync and page rendering, into a cache in Astro's cacheDir; when the build is done they
 * are copied into the output. An image whose card has not changed since the last build is not
 * rendered again. In `astro dev` a route renders each image on request instead.
 */
import type { AstroIntegration } from 'astro';
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { CardNode } from '../../core/preview-card';
import { PREVIEW_IMAGE_ROUTE, previewImageFile } from '../../core/routes';
import { cardCacheName } from '../preview-image/cache';
import { renderCardFiles } from '../preview-image/pool';

/** One preview image: written to `/og/<slug>.png`. */
export interface PreviewImage {
  slug: string;
  card: CardNode;
}

/** The integration; `images` lists every profession's card (read from the generated content). */
export function previewImages(images: readonly PreviewImage[]): AstroIntegration {
  let command = '';
  let rendering: Promise<{ cache: string; names: Map<string, string>; rendered: number; seconds: number }> | undefined;

  return {
    name: 'peta-profesi:preview-images',
    hooks: {
      'astro:config:setup': ({ command: current, injectRoute }) => {
        command = current;
        if (command === 'dev') injectRoute({ pattern: PREVIEW_IMAGE_ROUTE, entrypoint: new URL('./preview-image-route.ts', import.meta.url), prerender: true });
      },
      'astro:config:done': ({ config }) => {
        if (command !== 'build') return;
        const cache = fileURLToPath(new URL('preview-images/', config.cacheDir));
        rendering = (async () => {
          const start = performance.now();
          await mkdir(cache, { recursive: true });
          const names = new Map(images.map(({ slug, card }) => [slug, cardCacheName(card)]));
          const cached = new Set(await readdir(cache));
          const jobs = images.filter(({ slug }) => !cached.has(names.get(slug)!)).map(({ slug, card }) => ({ card, file: `${cache}${names.get(slug)}` }));
          await renderCardFiles(jobs);
          return { cache, names, rendered: jobs.length, seconds: (performance.now() - start) / 1000 };
        })();
        // Awaited in astro:build:done; until then a failure must not count as unhandled.
        rendering.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!rendering) return;
        const { cache, names, rendered, seconds } = await rendering;
        await Promise.all(
          [...names].map(async ([slug, name]) => {
            const file = new URL(previewImageFile(slug), dir);
            await mkdir(new URL('.', file), { recursive: true });
            await copyFile(`${cache}${name}`, file);
          }),
        );
        // The cache keeps exactly this build's images, so it never grows past the site.
        const used = new Set(names.values());
        await Promise.all((await readdir(cache)).filter((file) => !used.has(file)).map((file) => rm(`${cache}${file}`, { force: true })));
        logger.info(`${names.size} preview images (${rendered} rendered in ${seconds.toFixed(1)} s, ${names.size - rendered} from the cache)`);
      },
    },
  };
}
