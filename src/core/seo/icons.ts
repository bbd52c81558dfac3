/** The site's icons: favicon.svg, and PNGs of these sizes drawn from it at build time. */
import { faviconPath, iconPath } from '../routes';

/** PNG icon sizes: 180 for Apple's home screen, 192 and 512 for the web manifest. */
export const ICON_SIZES = [180, 192, 512] as const;

/** The favicon's accent, filled behind its rounded corners (home screens show no transparency). */
export const ICON_BACKGROUND = '#0b57d0';

/** Returns the manifest entries of the icons. */
export function manifestIcons(): { src: string; sizes: string; type: string }[] {
  return [
    { src: faviconPath(), sizes: 'any', type: 'image/svg+xml' },
    ...ICON_SIZES.filter((s) => s !== 180).map((s) => ({ src: iconPath(s), sizes: `${s}x${s}`, type: 'image/png' })),
  ];
}
