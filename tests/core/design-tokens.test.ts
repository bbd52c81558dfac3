import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLOURS, PRINT_COLOURS, tokensCss, type Palette } from '../../src/core/design-tokens';
import { ROOT } from '../support/paths';

/** Returns the WCAG relative luminance of a `#rgb` or `#rrggbb` colour. */
function luminance(hex: string): number {
  const digits = hex.slice(1).length === 3 ? [...hex.slice(1)].map((d) => d + d).join('') : hex.slice(1);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(digits.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Returns the WCAG contrast ratio of two colours (1 to 21). */
function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Text on a background, as the stylesheets pair them. */
const TEXT_PAIRS: [text: keyof Palette, background: keyof Palette, where: string][] = [
  ['fg', 'bg', 'body text'],
  ['fg', 'surface', 'text on cards, chips and the header'],
  ['muted', 'bg', 'excerpts and labels'],
  ['muted', 'surface', 'labels on cards (expectation vs reality)'],
  ['accent', 'bg', 'links'],
  ['accent', 'surface', 'links and the reality label on cards'],
  ['accentFg', 'accent', 'buttons and the skip link'],
  ['fg', 'mark', 'search highlights'],
];

describe('design tokens', () => {
  // WCAG 2.2 AA, 1.4.3: 4.5:1 for body-size text. A colour changed here is checked before anyone reads it.
  describe.each([
    ['light', COLOURS.light],
    ['dark', COLOURS.dark],
    ['print', { ...PRINT_COLOURS, mark: COLOURS.light.mark }],
  ] as const)('%s colours', (_scheme, palette) => {
    it.each(TEXT_PAIRS)('gives %s on %s at least 4.5:1 (%s)', (text, background) => {
      expect(contrast(palette[text], palette[background])).toBeGreaterThanOrEqual(4.5);
    });
  });

  it('writes every colour as a custom property, light by default, dark on request and ink for print', () => {
    const css = tokensCss();
    expect(css).toContain(':root { --bg: #ffffff;');
    expect(css).toContain('--accent-fg: #ffffff;');
    expect(css).toContain('@media (prefers-color-scheme: dark) { :root { --bg: #101317;');
    expect(css).toContain('@media print { :root { --bg: #fff;');
    expect(css.match(/--[a-z-]+:/g)).toHaveLength(Object.keys(COLOURS.light).length + Object.keys(COLOURS.dark).length + Object.keys(PRINT_COLOURS).length);
  });

  // A stylesheet that names a property the tokens do not write (a typo, a token renamed) silently
  // falls back to nothing: text in the browser's default colour.
  it('defines every custom property the stylesheets and components use', () => {
    const defined = new Set([...tokensCss().matchAll(/(--[a-z-]+):/g)].map((m) => m[1]));
    const used = sourceFiles('src', /\.(css|astro|ts)$/).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/var\((--[a-z0-9-]+)/g)].map((m) => `${m[1]} (${relative(ROOT, file)})`),
    );
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((use) => !defined.has(use.split(' ')[0]!))).toEqual([]);
  });
});

/** Hex colours written elsewhere on purpose, each with why (none are colours of the site). */
const NOT_COLOURS = [{ file: 'src/core/search/synonyms.ts', text: '#777', why: 'an issue number in a comment' }];

describe('one owner of the colours', () => {
  it('writes no hex colour in src/, astro.config.mjs or public/ outside src/core/design-tokens.ts', () => {
    const files = [
      ...sourceFiles('src', /\.(ts|mjs|astro|css|svg|json)$/),
      ...sourceFiles('public', /\.(svg|css|json|webmanifest)$|_headers$/),
      join(ROOT, 'astro.config.mjs'),
    ];
    const found = files
      .filter((file) => relative(ROOT, file) !== 'src/core/design-tokens.ts')
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})\b/gi)].map((m) => ({ file: relative(ROOT, file), text: m[0] })),
      )
      .filter((hit) => !NOT_COLOURS.some((known) => known.file === hit.file && known.text === hit.text));
    expect(found).toEqual([]);
  });
});

/** Returns the files under a folder of the repository whose names match. */
function sourceFiles(folder: string, name: RegExp): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && name.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}
