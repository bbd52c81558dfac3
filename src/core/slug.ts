import { foldAccents } from './text/words';

/**
 * Returns a stable, lower-case ASCII slug for a title:
 * "Koordinator Pertemuan Politik" → "koordinator-pertemuan-politik", "Café & Co." → "cafe-co".
 */
export function slugify(title: string): string {
  return foldAccents(title)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
