/**
 * The cache of rendered preview cards: a card's PNG is stored under a hash of everything that
 * decides its pixels (the element tree, the size, the rasteriser's code and its packages'
 * versions), so a rebuild renders only the cards whose title or summary changed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { installedVersion } from '../installed-version';
import { CARD_SIZE, type CardNode } from '../../core/preview-card';
import { RENDERER_PACKAGES } from './rasterise.mjs';

let renderer: string | undefined;

/** Returns what identifies the renderer: the rasteriser's source and its packages' versions. */
export function rendererFingerprint(): string {
  renderer ??= [
    readFileSync(new URL('./rasterise.mjs', import.meta.url), 'utf8'),
    ...RENDERER_PACKAGES.map((name) => `${name}@${installedVersion(name)}`),
  ].join('\n');
  return renderer;
}

/** Returns the cache file name of a card: a SHA-256 of the card, its size and the renderer. */
export function cardCacheName(card: CardNode, renderer = rendererFingerprint()): string {
  return `${createHash('sha256')
    .update(JSON.stringify({ card, size: CARD_SIZE }))
    .update(renderer)
    .digest('hex')
    .slice(0, 32)}.png`;
}
