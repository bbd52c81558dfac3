/**
 * The preview-images integration, driven through its hooks as `astro build` calls them: images are
 * written into the output, a second build takes unchanged cards from the cache, and the cache keeps
 * only the current build's images.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import { previewImages } from '../../../src/build/integrations/preview-images';
import { professionCard } from '../../../src/core/preview-card';
import { pngSize } from '../../support/png';
import { tempDir } from '../../support/temp-dir';

type Hooks = Required<AstroIntegration['hooks']>;

/** Runs the build hooks of the integration; returns what it logged. */
async function build(images: { slug: string; title: string }[], cacheDir: URL, outDir: string): Promise<string[]> {
  const logged: string[] = [];
  const hooks = previewImages(images.map(({ slug, title }) => ({ slug, card: professionCard({ title, summary: `${title}: ringkasan.` }) }))).hooks as Hooks;
  const logger = { info: (message: string) => logged.push(message) };
  await hooks['astro:config:setup']({ command: 'build', injectRoute: () => {} } as never);
  await hooks['astro:config:done']({ config: { cacheDir } } as never);
  await hooks['astro:build:done']({ dir: pathToFileURL(`${outDir}/`), logger } as never);
  return logged;
}

describe('previewImages', () => {
  it('writes /og/<slug>.png for every profession and renders again only the cards that changed', async () => {
    const cacheRoot = tempDir('astro-cache');
    const cacheDir = pathToFileURL(`${cacheRoot}/`);
    const [first, second] = [tempDir('dist'), tempDir('dist')];

    const before = [
      { slug: 'diplomat', title: 'Diplomat' },
      { slug: 'analis-kebijakan', title: 'Analis Kebijakan' },
    ];
    expect(await build(before, cacheDir, first)).toEqual([expect.stringMatching(/^2 preview images \(2 rendered in [\d.]+ s, 0 from the cache\)$/)]);
    expect(readdirSync(join(first, 'og')).sort()).toEqual(['analis-kebijakan.png', 'diplomat.png']);
    for (const file of readdirSync(join(first, 'og'))) expect(pngSize(join(first, 'og', file))).toEqual({ png: true, width: 1200, height: 630 });

    // One title changed, one profession added: two cards to render, one from the cache.
    const after = [
      { slug: 'diplomat', title: 'Diplomat' },
      { slug: 'analis-kebijakan', title: 'Analis Kebijakan Publik' },
      { slug: 'konsultan-politik', title: 'Konsultan Politik' },
    ];
    expect(await build(after, cacheDir, second)).toEqual([expect.stringMatching(/^3 preview images \(2 rendered in [\d.]+ s, 1 from the cache\)$/)]);
    expect(readdirSync(join(second, 'og')).sort()).toEqual(['analis-kebijakan.png', 'diplomat.png', 'konsultan-politik.png']);
    expect(readFileSync(join(second, 'og', 'diplomat.png'))).toEqual(readFileSync(join(first, 'og', 'diplomat.png')));
    expect(readFileSync(join(second, 'og', 'analis-kebijakan.png'))).not.toEqual(readFileSync(join(first, 'og', 'analis-kebijakan.png')));
    // The old "Analis Kebijakan" card is gone from the cache: it holds this build's three.
    expect(readdirSync(join(cacheRoot, 'preview-images'))).toHaveLength(3);
  });
});
