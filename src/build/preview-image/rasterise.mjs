/**
 * Rasterising a preview card: satori lays the element tree out as SVG with the Inter font shipped by
 * @fontsource/inter (no network), sharp turns the SVG into a PNG. Plain JavaScript, not TypeScript,
 * because it also runs in the pool's child processes (./worker.mjs), plain Node 20, which cannot load
 * TypeScript.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';

const require = createRequire(import.meta.url);

// One libvips thread per image: cards are rendered many at a time, and libvips splitting each small
// image across threads only adds work on a machine that is already busy (measured: a third more CPU).
sharp.concurrency(1);

/** The packages whose version changes the pixels; part of the cache key of a rendered card. */
export const RENDERER_PACKAGES = ['satori', 'sharp', '@fontsource/inter'];

/** PNG options: level 3 encodes a card in 8 ms instead of 13 (level 6) for about 10% more bytes (~65 KB). */
const PNG = { compressionLevel: 3 };

/** @type {Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined} */
let fonts;

/** Loads the two Inter weights once per process (satori reads .woff, not .woff2). */
function loadFonts() {
  fonts ??= Promise.all(
    /** @type {const} */ ([400, 700]).map(async (weight) => ({
      name: 'Inter',
      data: await readFile(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
      weight,
      style: /** @type {const} */ ('normal'),
    })),
  );
  return fonts;
}

/**
 * Returns a card (a satori element tree: `{ type, props: { style, children } }`) as a PNG.
 * @param {unknown} card
 * @param {{ width: number; height: number }} size
 * @returns {Promise<Buffer>}
 */
export async function cardToPng(card, size) {
  // satori's types expect React elements; a plain { type, props } tree is what it reads.
  const svg = await satori(/** @type {any} */ (card), { ...size, fonts: await loadFonts() });
  return sharp(Buffer.from(svg)).png(PNG).toBuffer();
}
