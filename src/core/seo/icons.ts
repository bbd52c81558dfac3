/** The site's icons: favicon.svg, and PNGs of these sizes drawn from it at build time. */
import { COLOURS } from '../design-tokens';
import type { Routes } from '../routes';

/** PNG icon sizes: 180 for Apple's home screen, 192 and 512 for the web manifest. */
export const ICON_SIZES = [180, 192, 512] as const;

/** The favicon's accent, filled behind its rounded corners (home screens show no transparency). */
export const ICON_BACKGROUND = COLOURS.light.accent;

/** Returns /favicon.svg: a map pin, in the light scheme's accent (tabs show it on light and dark alike). */
export function faviconSvg(): string {
  const { accent, accentFg } = COLOURS.light;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="${accent}"/>` +
    `<circle cx="16" cy="13" r="6" fill="none" stroke="${accentFg}" stroke-width="3"/>` +
    `<path d="M16 19v7" stroke="${accentFg}" stroke-width="3" stroke-linecap="round"/></svg>\n`
  );
}

/** Returns the manifest entries of the icons. */
export function manifestIcons(routes: Pick<Routes, 'faviconPath' | 'iconPath'>): { src: string; sizes: string; type: string }[] {
  return [
    { src: routes.faviconPath(), sizes: 'any', type: 'image/svg+xml' },
    ...ICON_SIZES.filter((s) => s !== 180).map((s) => ({ src: routes.iconPath(s), sizes: `${s}x${s}`, type: 'image/png' })),
  ];
}
