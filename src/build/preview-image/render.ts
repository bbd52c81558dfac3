/** Rendering preview cards and icons to PNG at build time (satori lays out, sharp rasterises). */
import sharp from 'sharp';
import { CARD_SIZE, type CardNode } from '../../core/preview-card';
import { cardToPng } from './rasterise.mjs';

/** Returns the card as a 1200×630 PNG. */
export function renderCardPng(card: CardNode): Promise<Buffer> {
  return cardToPng(card, CARD_SIZE);
}

/** Returns an SVG icon as a square PNG of `size` pixels on a solid background (no transparent corners). */
export function renderIconPng(svg: string, size: number, background: string): Promise<Buffer> {
  return sharp(Buffer.from(svg), { density: 72 * Math.ceil(size / 32) })
    .resize(size, size)
    .flatten({ background })
    .png()
    .toBuffer();
}
