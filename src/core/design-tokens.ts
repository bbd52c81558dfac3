/**
 * The site's colours: the one place they are written. Everything that shows a colour reads it from
 * here — the stylesheets, the link-preview card, the favicon and home-screen icons, the web
 * manifest and the browser's theme-color.
 *
 * How the CSS gets them: src/build/design-tokens-css.ts, a small Vite plugin, serves
 * `virtual:design-tokens.css` (the custom properties written by `tokensCss` below), which
 * BaseLayout imports before global.css. Vite bundles it into the page's stylesheet file like any
 * other CSS, so the strict Content-Security-Policy (no inline <style>) still holds; and the dev
 * server reloads it when this file changes. It is not an `@import` inside global.css because
 * Tailwind resolves its `@import`s itself and reads them from disk, where a virtual module is not
 * (tailwindlabs/tailwindcss#15047); global.css's `@theme inline` only refers to the properties
 * (`--color-bg: var(--bg)`), so Tailwind never needs their values. A generated file checked in
 * would have worked too, at the price of a second copy to keep in step.
 *
 * Font stack and radii are not here: each lives in one place already (global.css, the card).
 */

/** A colour scheme: what each CSS custom property (`--bg`, `--accent-fg`, …) holds. */
export interface Palette {
  /** Page background. */
  bg: string;
  /** Cards, chips and the header: a step off the background. */
  surface: string;
  /** Body text. */
  fg: string;
  /** Secondary text: excerpts, labels, dates. */
  muted: string;
  /** Hairlines between and around things. */
  border: string;
  /** Links, focus rings, buttons: the one brand colour. */
  accent: string;
  /** Text on an accent background. */
  accentFg: string;
  /** Background of a search highlight (`<mark>`), under body text. */
  mark: string;
}

/** Light and dark follow the reader's prefers-color-scheme; every text pair meets WCAG AA (a test checks). */
export const COLOURS: { light: Palette; dark: Palette } = {
  light: {
    bg: '#ffffff',
    surface: '#f4f6f8',
    fg: '#16191d',
    muted: '#4d5560',
    border: '#dde2e8',
    accent: '#0b57d0',
    accentFg: '#ffffff',
    mark: '#fff0a8',
  },
  dark: {
    bg: '#101317',
    surface: '#1a1f26',
    fg: '#e9ecef',
    muted: '#aab3bd',
    border: '#2d343d',
    accent: '#8ab4f8',
    accentFg: '#0b1a33',
    mark: '#5c4d00',
  },
};

/** Paper: dark ink on white, whatever the screen's scheme. Highlights keep the screen's colour. */
export const PRINT_COLOURS: Omit<Palette, 'mark'> = {
  bg: '#fff',
  surface: '#fff',
  fg: '#000',
  muted: '#333',
  border: '#bbb',
  accent: '#000',
  accentFg: '#fff',
};

/** Returns a palette as CSS declarations: `accentFg` → `--accent-fg: …;`. */
function declarations(palette: Partial<Palette>): string {
  return Object.entries(palette)
    .map(([name, value]) => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${value};`)
    .join(' ');
}

/** Returns the stylesheet of the custom properties: light by default, dark on request, ink on paper. */
export function tokensCss(colours = COLOURS, print = PRINT_COLOURS): string {
  return [
    `:root { ${declarations(colours.light)} color-scheme: light dark; }`,
    `@media (prefers-color-scheme: dark) { :root { ${declarations(colours.dark)} } }`,
    `@media print { :root { ${declarations(print)} } }`,
    '',
  ].join('\n');
}
